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
