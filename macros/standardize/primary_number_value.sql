{#- The numeric value of a primary (house or box) number for range and parity checks: its
    leading digits (123A -> 123, 123 1/2 -> 123), and a hyphenated number's two parts together
    (71-12 -> 7112: Queens numbers its houses so, the part after the hyphen counting along the
    street, so that its parity is the side of the street and its last two digits the default
    delivery point). Read the same way for the addresses, the ZIP+4 ranges and the delivery
    points. A number that starts with a letter (a Wisconsin grid number, N64W23810, or W1234) is
    read as its prefix up to its last letter (N64W, up to six characters) and its last digits
    (23810, up to nine): the prefix written as a number in base 37 is put before the digits
    (prefix × 10^9 + digits), so that a range such as N64W23801-N64W23899 holds exactly the
    numbers of that prefix between those digits, the parity is the last digits' and the default
    delivery point their last two. NULL for any other number. -#}
{% macro primary_number_value(primary_number) -%}
    {{ return(adapter.dispatch('primary_number_value', 'drop_hygiene')(primary_number)) }}
{%- endmacro %}

{% macro default__primary_number_value(primary_number) -%}
    {%- set grid = '^([A-Z]|[A-Z][0-9A-Z]{0,4}[A-Z])([0-9]{1,9})$' -%}
    {%- set written = 'upper(' ~ primary_number ~ ')' -%}
    {%- set prefix = "regexp_extract(" ~ written ~ ", " ~ sql_string(grid) ~ ", 1)" -%}
    case
        -- nearly every number starts with a digit
        when not {{ regexp_contains(primary_number, '^[A-Za-z]') }}
            then try_cast(nullif(replace(regexp_extract({{ primary_number }}, '^[0-9]+(-[0-9]+)?', 0), '-', ''), '') as bigint)
        when {{ regexp_contains(written, grid) }}
            then (
                {%- for position in range(1, 7) %}
                instr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', substr({{ prefix }}, {{ position }}, 1))
                * {{ 37 ** (6 - position) }}{{ ' +' if not loop.last }}
                {%- endfor %}
            ) * 1000000000 + cast(regexp_extract({{ written }}, {{ sql_string(grid) }}, 2) as bigint)
    end
{%- endmacro %}

{#- True when a number fits a ZIP+4 range's parity (O odd, E even, B both). -#}
{% macro fits_parity(number, parity) -%}
    (coalesce({{ parity }}, 'B') = 'B' or ({{ parity }} = 'O') = ({{ number }} % 2 = 1))
{%- endmacro %}
