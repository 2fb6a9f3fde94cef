{#- A date as a drop file writes it: YYYY-MM-DD (a time after it allowed, `2026-10-07 14:03:00`,
    `2026-10-07T14:03:00Z`: a CRM's timestamp export), YYYY/MM/DD, or YYYYMMDD (the eight digits
    of a bureau's or a mainframe's file, as USPS's own files write dates); NULL for anything else.
    A date written month first (`11/20/2026`) is not guessed at: day and month cannot be told apart
    in every such date, so the file's test (written_in_form) stops the build naming it. -#}
{% macro read_date(text) -%}
    {{ return(adapter.dispatch('read_date', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__read_date(text) -%}
    case
        when {{ matches_whole_pattern('trim(' ~ text ~ ')', '[0-9]{8}') }}
            then cast(try_strptime(trim({{ text }}), '%Y%m%d') as date)
        else try_cast(trim({{ text }}) as date)
    end
{%- endmacro %}

{% macro spark__read_date(text) -%}
    case
        when {{ matches_whole_pattern('trim(' ~ text ~ ')', '[0-9]{8}') }}
            then cast(try_to_timestamp(trim({{ text }}), 'yyyyMMdd') as date)
        else try_cast(trim({{ text }}) as date)
    end
{%- endmacro %}
