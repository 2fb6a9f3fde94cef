{#- A month as a whole number of months (year * 12 + month - 1), so month arithmetic is exact:
    the months between two dates are the difference of their indexes. Takes a move month
    written YYYY-MM or YYYYMM, or a whole date YYYY-MM-DD (with a time after it or not: what a
    Parquet file's DATE or TIMESTAMP column reads as, or a file that keys the first of the
    month) or YYYYMMDD, which is read as its month; NULL for anything else. With
    date_month_index, a date. -#}
{% macro move_month_index(text) -%}
    {{ return(adapter.dispatch('move_month_index', 'drop_hygiene')(text)) }}
{%- endmacro %}

{#- The forms of a move month the checklist reads, as a regular expression: the coa_moves file's
    test (written_in_form) holds the file to the same forms. -#}
{% macro move_month_pattern() -%}
    [0-9]{4}(-?(0[1-9]|1[0-2])|(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])|-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?)?)
{%- endmacro %}

{% macro default__move_month_index(text) -%}
    case
        when {{ matches_whole_pattern('trim(' ~ text ~ ')', move_month_pattern()) }}
            then cast(left(trim({{ text }}), 4) as integer) * 12
            + cast(
                case
                    when substr(trim({{ text }}), 5, 1) = '-' then substr(trim({{ text }}), 6, 2)
                    else substr(trim({{ text }}), 5, 2)
                end as integer
            )
            - 1
    end
{%- endmacro %}

{% macro date_month_index(date_expression) -%}
    (year({{ date_expression }}) * 12 + month({{ date_expression }}) - 1)
{%- endmacro %}
