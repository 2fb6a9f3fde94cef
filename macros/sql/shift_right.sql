{#- A non-negative integer shifted right by `bits` (the bits below dropped): a division by a
    power of two without a division, which for DuckDB's 128-bit hugeint is much cheaper. -#}
{% macro shift_right(value, bits) -%}
    {{ return(adapter.dispatch('shift_right', 'drop_hygiene')(value, bits)) }}
{%- endmacro %}

{% macro default__shift_right(value, bits) -%}
    (({{ value }}) >> {{ bits }})
{%- endmacro %}
