{#- The numeric value of a primary (house or box) number for range and parity checks: its
    leading digits (123A -> 123, 123 1/2 -> 123), and a hyphenated number's two parts together
    (71-12 -> 7112: Queens numbers its houses so, the part after the hyphen counting along the
    street, so that its parity is the side of the street and its last two digits the default
    delivery point). Read the same way for the addresses, the ZIP+4 ranges and the delivery
    points. NULL when it has no leading digit (a grid number, N64W23810). -#}
{% macro primary_number_value(primary_number) -%}
    {{ return(adapter.dispatch('primary_number_value', 'drop_hygiene')(primary_number)) }}
{%- endmacro %}

{% macro default__primary_number_value(primary_number) -%}
    try_cast(nullif(replace(regexp_extract({{ primary_number }}, '^[0-9]+(-[0-9]+)?', 0), '-', ''), '') as bigint)
{%- endmacro %}

{#- True when a number fits a ZIP+4 range's parity (O odd, E even, B both). -#}
{% macro fits_parity(number, parity) -%}
    (coalesce({{ parity }}, 'B') = 'B' or ({{ parity }} = 'O') = ({{ number }} % 2 = 1))
{%- endmacro %}
