{#- Text folded to ASCII letters for matching: accents stripped (José -> Jose), and the letters
    that carry no separable accent written as a reader of the name would (Ł -> L, Ø -> O,
    Đ -> D, ß -> SS, Æ -> AE, Œ -> OE, Þ -> TH), so that Łukasz and LUKASZ are one name, and
    fullwidth letters their ASCII selves (ＭＡＲＹ -> MARY, fold_compatibility_forms). ASCII text
    (nearly every name) is returned as it is. -#}
{% macro fold_to_ascii(text) -%}
    {{ return(adapter.dispatch('fold_to_ascii', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__fold_to_ascii(text) -%}
    {%- set letters_folded -%}
        replace(replace(replace(replace(replace(replace(replace(
            translate({{ fold_compatibility_forms(text) }}, 'ŁłØøĐđĦħıĿŀŦŧ', 'LlOoDdHhiLlTt'),
            'ß', 'ss'), 'Æ', 'AE'), 'æ', 'ae'), 'Œ', 'OE'), 'œ', 'oe'), 'Þ', 'TH'), 'þ', 'th')
    {%- endset -%}
    case
        when {{ byte_length(text) }} = length({{ text }}) then {{ text }}
        else {{ remove_accents(letters_folded) }}
    end
{%- endmacro %}
