{#- Bit `position` (0 = the least significant) of a non-negative integer, as 0 or 1. -#}
{% macro bit_of(value, position) -%}
    {{ return(adapter.dispatch('bit_of', 'drop_hygiene')(value, position)) }}
{%- endmacro %}

{% macro default__bit_of(value, position) -%}
    ((({{ value }}) >> {{ position }}) & 1)
{%- endmacro %}
