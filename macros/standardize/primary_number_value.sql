{#- The numeric value of a primary (house or box) number for range and parity checks: its
    leading digits (123A -> 123, 12-34 -> 12, 123 1/2 -> 123). NULL when it has none. -#}
{% macro primary_number_value(primary_number) -%}
    {{ return(adapter.dispatch('primary_number_value', 'drop_hygiene')(primary_number)) }}
{%- endmacro %}

{% macro default__primary_number_value(primary_number) -%}
    try_cast(nullif(regexp_extract({{ primary_number }}, '^[0-9]+', 0), '') as bigint)
{%- endmacro %}

{#- True when a number fits a ZIP+4 range's parity (O odd, E even, B both). -#}
{% macro fits_parity(number, parity) -%}
    (coalesce({{ parity }}, 'B') = 'B' or ({{ parity }} = 'O') = ({{ number }} % 2 = 1))
{%- endmacro %}
