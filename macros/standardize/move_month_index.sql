{#- A month as a whole number of months (year * 12 + month - 1), so month arithmetic is exact:
    the months between two dates are the difference of their indexes. Takes a move month
    written YYYY-MM or YYYYMM, the year first with a slash or a one-digit month (2025/03, 2025-3,
    2025/3), the month first with a four-digit year (03/2025, 3/2025, 03-2025: a month and a year
    cannot be taken for each other), or a whole date YYYY-MM-DD (with a time after it or not: what
    a Parquet file's DATE or TIMESTAMP column reads as, or a file that keys the first of the month),
    YYYY/MM/DD or YYYYMMDD, which is read as its month; NULL for anything else (a whole date written
    month first, 03/15/2025, is not guessed at). With date_month_index, a date. -#}
{% macro move_month_index(text) -%}
    {{ return(adapter.dispatch('move_month_index', 'drop_hygiene')(text)) }}
{%- endmacro %}

{#- The forms of a move month the checklist reads, as a regular expression: the coa_moves file's
    test (written_in_form) holds the file to the same forms. -#}
{% macro move_month_pattern() -%}
    [0-9]{4}([-/]?(0[1-9]|1[0-2])|[-/][1-9]|(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])|([-/])(0[1-9]|1[0-2])[-/](0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?)?)|(0?[1-9]|1[0-2])[-/][0-9]{4}
{%- endmacro %}

{% macro default__move_month_index(text) -%}
    {%- set written = 'trim(' ~ text ~ ')' -%}
    case
        when {{ matches_whole_pattern(written, move_month_pattern()) }}
            then case
                -- the year first: its month after a separator (one or two digits), or right after it
                when {{ regexp_contains(written, '^[0-9]{4}') }}
                    then cast(left({{ written }}, 4) as integer) * 12
                    + cast(
                        case
                            when substr({{ written }}, 5, 1) in ('-', '/')
                                then regexp_extract({{ written }}, '^[0-9]{4}[-/]([0-9]{1,2})', 1)
                            else substr({{ written }}, 5, 2)
                        end as integer
                    )
                    - 1
                -- the month first, the year after it
                else cast(right({{ written }}, 4) as integer) * 12
                    + cast(regexp_extract({{ written }}, '^([0-9]{1,2})', 1) as integer)
                    - 1
            end
    end
{%- endmacro %}

{% macro date_month_index(date_expression) -%}
    (year({{ date_expression }}) * 12 + month({{ date_expression }}) - 1)
{%- endmacro %}
