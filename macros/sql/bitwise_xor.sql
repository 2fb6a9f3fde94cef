{#- The bitwise exclusive or of two integers. -#}
{% macro bitwise_xor(left, right) -%}
    {{ return(adapter.dispatch('bitwise_xor', 'drop_hygiene')(left, right)) }}
{%- endmacro %}

{% macro default__bitwise_xor(left, right) -%}
    xor({{ left }}, {{ right }})
{%- endmacro %}

{% macro spark__bitwise_xor(left, right) -%}
    (({{ left }}) ^ ({{ right }}))
{%- endmacro %}
