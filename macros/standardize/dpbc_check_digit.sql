{#- The delivery point barcode check digit of the 11 digits ZIP5 + ZIP4 + delivery point:
    the digit that brings the sum of all digits to a multiple of 10,
    (10 - digit sum mod 10) mod 10. NULL unless given exactly 11 digits. -#}
{% macro dpbc_check_digit(digits) -%}
    {{ return(adapter.dispatch('dpbc_check_digit', 'drop_hygiene')(digits)) }}
{%- endmacro %}

{% macro default__dpbc_check_digit(digits) -%}
    case
        when {{ matches_whole_pattern("coalesce(" ~ digits ~ ", '')", '[0-9]{11}') }}
            then cast((10 - {{ digit_sum(digits, 11) }} % 10) % 10 as string)
    end
{%- endmacro %}

{#- The sum of the first `count` digits of a text of digits, each read at its position (plain
    SQL that every engine runs; the text is known to hold digits). -#}
{% macro digit_sum(digits, count) -%}
    (
        {%- for position in range(1, count + 1) %}
        cast(substr({{ digits }}, {{ position }}, 1) as integer){{ ' +' if not loop.last }}
        {%- endfor %}
    )
{%- endmacro %}
