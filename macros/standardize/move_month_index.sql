{#- A month as a whole number of months (year * 12 + month - 1), so month arithmetic is exact:
    the months between two dates are the difference of their indexes. Takes a move month
    written YYYY-MM or YYYYMM (NULL for anything else) or, with date_month_index, a date. -#}
{% macro move_month_index(text) -%}
    {{ return(adapter.dispatch('move_month_index', 'drop_hygiene')(text)) }}
{%- endmacro %}

{#- The forms of a move month the checklist reads (YYYY-MM, YYYYMM), as a regular expression: the
    coa_moves file's test (written_in_form) holds the file to the same forms. -#}
{% macro move_month_pattern() -%}
    [0-9]{4}-?(0[1-9]|1[0-2])
{%- endmacro %}

{% macro default__move_month_index(text) -%}
    case
        when {{ matches_whole_pattern('trim(' ~ text ~ ')', move_month_pattern()) }}
            then cast(left(trim({{ text }}), 4) as integer) * 12 + cast(right(trim({{ text }}), 2) as integer) - 1
    end
{%- endmacro %}

{% macro date_month_index(date_expression) -%}
    (year({{ date_expression }}) * 12 + month({{ date_expression }}) - 1)
{%- endmacro %}
