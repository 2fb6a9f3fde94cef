{#- A primary number spelled out at the start of a cleaned delivery line, written in figures:
    ONE MICROSOFT WAY -> 1 MICROSOFT WAY, TWO PENN PLZ -> 2 PENN PLZ, TWENTY-ONE JUMP ST and
    TWENTY ONE JUMP ST -> 21 JUMP ST. Firms and landmarks are often addressed so, and the ZIP+4 and
    delivery-point files hold the number in figures. One to ninety-nine; a number word followed by
    HUNDRED or THOUSAND (ONE HUNDRED OAKS DR, a name or a number too large to read safely) and a
    number word alone on the line are left as written. Ordinals (FIRST AVE) are street names, not
    numbers, and are not touched here. `text` is upper case with single spaces
    (clean_address_text). -#}
{% macro write_number_words_as_figures(text) -%}
    {{ return(adapter.dispatch('write_number_words_as_figures', 'drop_hygiene')(text)) }}
{%- endmacro %}

{#- The words and their values, and the pattern of a line that opens with one (group 1 the number
    words, group 4 the units word of a compound, group 5 the rest of the line, which has a letter). -#}
{% macro number_word_values() -%}
    {{ return({
        'units': ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN',
                  'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN'],
        'tens': ['TWENTY', 'THIRTY', 'FORTY', 'FIFTY', 'SIXTY', 'SEVENTY', 'EIGHTY', 'NINETY']
    }) }}
{%- endmacro %}

{% macro number_words_pattern() -%}
    {%- set words = number_word_values() -%}
    {{ return('^((' ~ words['tens'] | join('|') ~ ')([ -](' ~ words['units'][:9] | join('|') ~ '))?|'
        ~ words['units'] | join('|') ~ ') (.*[A-Z].*)$') }}
{%- endmacro %}

{#- True when the line opens with a spelled-out number that write_number_words_as_figures writes in
    figures (for choosing the delivery line of two). -#}
{% macro opens_with_number_words(text) -%}
    (
        {{ regexp_contains(text, number_words_pattern()) }}
        and not {{ regexp_contains(text, '^[A-Z -]+ (HUNDRED|THOUSAND)( |$)') }}
    )
{%- endmacro %}

{% macro default__write_number_words_as_figures(text) -%}
    {%- set words = number_word_values() -%}
    {%- set pattern = number_words_pattern() -%}
    {%- set first_word = "regexp_extract(" ~ text ~ ", '^([A-Z]+)', 1)" -%}
    {%- set second_word = "regexp_extract(" ~ text ~ ", " ~ sql_string(pattern) ~ ", 4)" -%}
    case
        -- nearly every line starts with a figure: the words are looked for in the others only
        when left({{ text }}, 1) between 'A' and 'Z' and {{ opens_with_number_words(text) }}
            then cast(
                case {{ first_word }}
                    {%- for word in words['units'] %}
                    when '{{ word }}' then {{ loop.index }}
                    {%- endfor %}
                    {%- for word in words['tens'] %}
                    when '{{ word }}' then {{ (loop.index + 1) * 10 }}
                    {%- endfor %}
                end
                + case {{ second_word }}
                    {%- for word in words['units'][:9] %}
                    when '{{ word }}' then {{ loop.index }}
                    {%- endfor %}
                    else 0
                end
            as string) || ' ' || regexp_extract({{ text }}, {{ sql_string(pattern) }}, 5)
        else {{ text }}
    end
{%- endmacro %}
