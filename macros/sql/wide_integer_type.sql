{#- An integer type that holds the 102-bit binary data of an Intelligent Mail barcode (31
    decimal digits): DuckDB's 128-bit hugeint. -#}
{% macro wide_integer_type() -%}
    {{ return(adapter.dispatch('wide_integer_type', 'drop_hygiene')()) }}
{%- endmacro %}

{% macro default__wide_integer_type() -%}
    hugeint
{%- endmacro %}

{#- Spark has no 128-bit integer: decimal(38, 0) holds the same values. -#}
{% macro spark__wide_integer_type() -%}
    decimal(38, 0)
{%- endmacro %}
