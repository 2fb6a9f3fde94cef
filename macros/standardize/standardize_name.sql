{#- A person or company name as Pub 28 writes it: upper case, trimmed, punctuation removed
    (letters of any alphabet, digits, spaces and hyphens kept; O'Neil -> ONEIL), a run of spaces,
    tabs or line breaks one space (a cell with Alt+Enter in it, MARY<LF>ANN -> MARY ANN), read as
    it shows (as_plain_text: a no-break space a space, a soft hyphen or zero-width space nothing).
    Accents are kept in the name as printed; match keys fold them (name_match_key). -#}
{% macro standardize_name(name) -%}
    {{ return(adapter.dispatch('standardize_name', 'drop_hygiene')(name)) }}
{%- endmacro %}

{% macro default__standardize_name(name) -%}
    nullif(
        case
            -- nearly every name: ASCII letters, digits, hyphens and single spaces, nothing to remove
            when not {{ regexp_contains(name, '[^A-Za-z0-9 -]|  |^ | $') }} then upper({{ name }})
            else trim({{ regexp_replace_all(regexp_replace_all('upper(' ~ as_plain_text(name) ~ ')', '[^\\pL\\pN\\s-]', ''), '\\s+', ' ') }})
        end,
        ''
    )
{%- endmacro %}

{#- A generational suffix in its standard form (JR, SR, II, III, IV, V), or NULL. -#}
{% macro standardize_name_suffix(suffix) -%}
    {{ return(adapter.dispatch('standardize_name_suffix', 'drop_hygiene')(suffix)) }}
{%- endmacro %}

{% macro default__standardize_name_suffix(suffix) -%}
    case {{ regexp_replace_all("upper(coalesce(" ~ suffix ~ ", ''))", '[^A-Z]', '') }}
        when 'JR' then 'JR' when 'JUNIOR' then 'JR'
        when 'SR' then 'SR' when 'SENIOR' then 'SR'
        when 'II' then 'II' when 'III' then 'III' when 'IV' then 'IV' when 'V' then 'V'
        when '2ND' then 'II' when '3RD' then 'III'
    end
{%- endmacro %}

{#- A name folded for matching: to ASCII (fold_to_ascii: José, Łukasz), letters only, and SAINT or
    SAINTE written as a word of their own at its start read as ST and STE, as lists abbreviate them
    (`Saint John`, `St. John` and `ST JOHN` are STJOHN; `Sainte-Marie` and `Ste. Marie` STEMARIE).
    A name that only begins with the letters (SAINTSBURY) is not touched. -#}
{% macro name_match_key(name) -%}
    {{ return(adapter.dispatch('name_match_key', 'drop_hygiene')(name)) }}
{%- endmacro %}

{% macro default__name_match_key(name) -%}
    {%- set saints_abbreviated = regexp_replace_first(
        regexp_replace_first('upper(' ~ fold_to_ascii(name) ~ ')', '^SAINTE[^A-Z]+', 'STE'), '^SAINT[^A-Z]+', 'ST'
    ) -%}
    {#- nearly every name is upper-case ASCII letters only: the key is the name as it is (the SAINT
        rule needs a character after the word that is not a letter, so it cannot apply), and no
        regular expression rewrites it (at 10M records the match keys' query took 4.2 to 4.5 s
        against 5.0 to 6.1 s) -#}
    case
        when not {{ regexp_contains(name, '[^A-Z]') }} then nullif({{ name }}, '')
        else nullif({{ regexp_replace_all(saints_abbreviated, '[^A-Z]', '') }}, '')
    end
{%- endmacro %}

{#- The last word of a standardized name (SMITH JR -> JR), where a generational suffix hides; NULL
    for a name of one word. -#}
{% macro trailing_name_word(name) -%}
    {{ return(adapter.dispatch('trailing_name_word', 'drop_hygiene')(name)) }}
{%- endmacro %}

{% macro default__trailing_name_word(name) -%}
    {#- a name of one word (nearly all) has no word after a space: no regular expression for it -#}
    case when {{ name }} like '% %' then regexp_extract({{ name }}, ' ([A-Z0-9]+)$', 1) end
{%- endmacro %}
