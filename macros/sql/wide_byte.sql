{#- The byte of a non-negative wide integer (wide_integer_type) that starts `bits` bits up:
    (value >> bits) & 255. On DuckDB a shift of the 128-bit hugeint, much cheaper than a
    division. Spark has no 128-bit integer (its wide type is decimal(38, 0), which it cannot
    shift): the remainder below the byte's top is divided by the byte's bottom, both exact in
    decimal, and the quotient is below 256. -#}
{% macro wide_byte(value, bits) -%}
    {{ return(adapter.dispatch('wide_byte', 'drop_hygiene')(value, bits)) }}
{%- endmacro %}

{% macro default__wide_byte(value, bits) -%}
    ((({{ value }}) >> {{ bits }}) & 255)
{%- endmacro %}

{% macro spark__wide_byte(value, bits) -%}
    ((({{ value }}) % cast('{{ 2 ** (bits + 8) }}' as {{ wide_integer_type() }})) div cast('{{ 2 ** bits }}' as {{ wide_integer_type() }}))
{%- endmacro %}
