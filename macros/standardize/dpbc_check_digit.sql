{#- The delivery point barcode check digit of the 11 digits ZIP5 + ZIP4 + delivery point:
    the digit that brings the sum of all digits to a multiple of 10,
    (10 - digit sum mod 10) mod 10. NULL unless given exactly 11 digits. -#}
{% macro dpbc_check_digit(digits) -%}
    {{ return(adapter.dispatch('dpbc_check_digit', 'drop_hygiene')(digits)) }}
{%- endmacro %}

{% macro default__dpbc_check_digit(digits) -%}
    case
        when regexp_full_match(coalesce({{ digits }}, ''), '[0-9]{11}')
            then cast((10 - list_sum(list_transform(string_split({{ digits }}, ''), lambda d: cast(d as integer))) % 10)
                % 10 as string)
    end
{%- endmacro %}
