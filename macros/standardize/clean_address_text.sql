{#- Pub 28 clean-up of one address text field: upper case, accents folded to ASCII, periods
    and apostrophes dropped (P.O. -> PO, O'NEIL -> ONEIL) but a period between two digits, which
    a grid-style street's name holds (39.2 RD, Pub 28 Appendix D2), `#` made a token of its own, every
    other punctuation mark a space, a hyphen or slash kept only inside a word or number
    (12-34, 1/2), runs of spaces collapsed. Every Unicode dash and the minus sign are a hyphen
    (71–12 -> 71-12, Pub 28 Appendix D1), the vulgar fractions a fraction of their own
    (123½ -> 123 1/2), and fullwidth letters, digits and signs their ASCII selves
    (１２３ ＭＡＩＮ -> 123 MAIN, fold_compatibility_forms). NULL stays NULL; an empty result is NULL.
    It runs on four fields of every address, so it is written for speed: text that is already
    only letters, digits and single spaces (nearly all) is just put in upper case; the Unicode
    work is done only for text that is not ASCII (its byte and character lengths differ); the
    deletions and the `#` are plain replacements; one regular expression turns every run of other
    characters and spaces into one space, and one more drops a hyphen or slash that is not inside
    a word. (translate() and a chain of five regular expressions on every field cost five times
    as much.) -#}
{% macro clean_address_text(text) -%}
    {{ return(adapter.dispatch('clean_address_text', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__clean_address_text(text) -%}
    {%- set dashes_and_fractions -%}
        replace(replace(replace(
            -- the hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus
            translate({{ fold_compatibility_forms(text) }}, {{ unicode_character(8208) }} || {{ unicode_character(8209) }}
                || {{ unicode_character(8210) }} || {{ unicode_character(8211) }} || {{ unicode_character(8212) }}
                || {{ unicode_character(8213) }} || {{ unicode_character(8722) }}, '-------'),
            -- one half, one quarter, three quarters
            {{ unicode_character(189) }}, ' 1/2'), {{ unicode_character(188) }}, ' 1/4'),
            {{ unicode_character(190) }}, ' 3/4')
    {%- endset -%}
    {%- set upper_ascii -%}
        upper(
            case
                when {{ byte_length(text) }} = length({{ text }}) then {{ text }}
                else {{ remove_accents(dashes_and_fractions) }}
            end
        )
    {%- endset -%}
    {#- a period between two digits is the grid's (39.2 RD, Pub 28 Appendix D2) and stays; any other
        is dropped -#}
    {%- set punctuation_removed -%}
        replace(replace(
            case
                when {{ upper_ascii }} like '%.%'
                    then {{ regexp_replace_all(upper_ascii, '([^0-9.])[.]+|^[.]+|[.]+([^0-9]|$)', '\\1\\2') }}
                else {{ upper_ascii }}
            end,
            {{ sql_string("'") }}, ''), '#', ' # ')
    {%- endset -%}
    nullif(
        case
            -- nearly every field: letters, digits and single spaces only
            when not {{ regexp_contains(upper_ascii, '[^A-Z0-9 ]|  |^ | $') }} then {{ upper_ascii }}
            else trim(replace(replace(
                {{ regexp_replace_all(regexp_replace_all(punctuation_removed, '[^A-Z0-9/#.-]+', ' '),
                                      '(^| )[-/]+( |$)|(^| )[-/]+|[-/]+( |$)', ' ') }},
                '  ', ' '), '  ', ' '))
        end,
        ''
    )
{%- endmacro %}
