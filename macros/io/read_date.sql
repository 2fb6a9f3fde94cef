{#- A date as a drop file writes it: YYYY-MM-DD (a time after it allowed, `2026-10-07 14:03:00`,
    `2026-10-07T14:03:00Z`: a CRM's timestamp export), YYYY/MM/DD, or YYYYMMDD (the eight digits
    of a bureau's or a mainframe's file, as USPS's own files write dates); NULL for anything else.
    A date written month first (`11/20/2026`) is not guessed at: day and month cannot be told apart
    in every such date, so the file's test (written_in_form) stops the build naming it. -#}
{% macro read_date(text) -%}
    case
        when {{ matches_whole_pattern('trim(' ~ text ~ ')', '[0-9]{8}') }}
            then {{ date_of_eight_digits('trim(' ~ text ~ ')') }}
        else try_cast(trim({{ text }}) as date)
    end
{%- endmacro %}

{#- The date of eight digits YYYYMMDD, NULL when they are no date (20261332): each engine has its
    own parser. -#}
{% macro date_of_eight_digits(digits) -%}
    {{ return(adapter.dispatch('date_of_eight_digits', 'drop_hygiene')(digits)) }}
{%- endmacro %}

{% macro default__date_of_eight_digits(digits) -%}
    cast(try_strptime({{ digits }}, '%Y%m%d') as date)
{%- endmacro %}

{% macro spark__date_of_eight_digits(digits) -%}
    cast(try_to_timestamp({{ digits }}, 'yyyyMMdd') as date)
{%- endmacro %}

{#- A date as read_date reads it, and also one written with slashes and the year last (`11/20/2026`,
    `3/5/2026`, as US CRM and spreadsheet exports write dates) in the order `month_first` (a boolean
    expression: true month first, false day first, NULL not known, and then NULL: such a date is not
    guessed at). slash_dates_month_first() gives the order a column's own dates show. -#}
{% macro read_date_in_order(text, month_first) -%}
    case
        when {{ matches_whole_pattern('trim(' ~ text ~ ')', '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}') }}
            then case
                when {{ month_first }} then {{ date_of_slashed_digits('trim(' ~ text ~ ')', true) }}
                when not {{ month_first }} then {{ date_of_slashed_digits('trim(' ~ text ~ ')', false) }}
            end
        else {{ read_date(text) }}
    end
{%- endmacro %}

{#- A window expression over a whole drop file: whether its column `text`'s dates written with
    slashes and the year last are month first (true), day first (false) or cannot be told (NULL).
    A first part over 12 in some date, and no second part over 12 in any, is day first; the other
    way round, month first; neither or both, NULL. One date of a day after the 12th tells the
    order of the whole column, which a file of more than a few dates nearly always has. -#}
{% macro slash_dates_month_first(text) -%}
    {%- set slashed = '^([0-9]{1,2})/([0-9]{1,2})/[0-9]{4}$' -%}
    {%- set first_part = "try_cast(regexp_extract(trim(" ~ text ~ "), " ~ sql_string(slashed) ~ ", 1) as integer)" -%}
    {%- set second_part = "try_cast(regexp_extract(trim(" ~ text ~ "), " ~ sql_string(slashed) ~ ", 2) as integer)" -%}
    {%- set first_over_12 = "coalesce(bool_or(" ~ first_part ~ " > 12) over (), false)" -%}
    {%- set second_over_12 = "coalesce(bool_or(" ~ second_part ~ " > 12) over (), false)" %}
    case
        when {{ second_over_12 }} and not {{ first_over_12 }} then true
        when {{ first_over_12 }} and not {{ second_over_12 }} then false
    end
{%- endmacro %}

{#- The date of digits written D/M/YYYY or M/D/YYYY (one or two digits each), NULL when they are no
    date (2/30/2026): each engine has its own parser. -#}
{% macro date_of_slashed_digits(text, month_first) -%}
    {{ return(adapter.dispatch('date_of_slashed_digits', 'drop_hygiene')(text, month_first)) }}
{%- endmacro %}

{% macro default__date_of_slashed_digits(text, month_first) -%}
    cast(try_strptime({{ text }}, {{ "'%m/%d/%Y'" if month_first else "'%d/%m/%Y'" }}) as date)
{%- endmacro %}

{% macro spark__date_of_slashed_digits(text, month_first) -%}
    cast(try_to_timestamp({{ text }}, {{ "'M/d/yyyy'" if month_first else "'d/M/yyyy'" }}) as date)
{%- endmacro %}
