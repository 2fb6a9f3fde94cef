{#- The character of a Unicode code point, as a SQL expression. Spark's chr() takes the code
    point modulo 256 (chr(65279) is not the byte-order mark there): a `\uXXXX` escape in a
    string literal is the character on Spark (code points of the Basic Multilingual Plane). -#}
{% macro unicode_character(code_point) -%}
    {{ return(adapter.dispatch('unicode_character', 'drop_hygiene')(code_point)) }}
{%- endmacro %}

{% macro default__unicode_character(code_point) -%}
    chr({{ code_point }})
{%- endmacro %}

{% macro spark__unicode_character(code_point) -%}
    '\u{{ '%04X' % code_point }}'
{%- endmacro %}
