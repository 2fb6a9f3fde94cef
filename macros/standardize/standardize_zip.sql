{#- The ZIP code of a free-text ZIP field, with the leading zeros a spreadsheet or an integer
    column dropped put back:
      3 or 4 digits                 a ZIP5 (6282 -> 06282)
      7 or 8 digits and nothing else   a ZIP+4 stored as a number (62821234 -> 06282-1234)
      3 or 4 digits, hyphen, 4 digits  a ZIP+4 whose ZIP5 lost its zeros (6282-1234 -> 06282-1234)
    zip_nine_digits() gives the digits so restored (else the field's digits); zip5_of() the five
    digits, zip4_of() the add-on when there are nine; NULL otherwise. zip_zero_restored() is true
    when zeros were put back. A field such as 00901-12 is not a ZIP+4 and gives no ZIP.
    A ZIP held in a floating-point column (a Parquet DOUBLE, a spreadsheet's number) reads with a
    decimal point and zeros after it (60034.0, 6282.0, 561751119.0): zip_as_written() drops them
    first (drop_decimal_zeros). Any other decimal (60034.5) is no ZIP. -#}
{% macro zip_digits(zip) -%}
    {{ return(adapter.dispatch('zip_digits', 'drop_hygiene')(zip)) }}
{%- endmacro %}

{% macro default__zip_digits(zip) -%}
    {{ regexp_replace_all(zip_as_written(zip), '[^0-9]', '') }}
{%- endmacro %}

{% macro zip_as_written(zip) -%}
    {{ drop_decimal_zeros("trim(coalesce(" ~ zip ~ ", ''))") }}
{%- endmacro %}

{% macro zip_nine_digits(zip) -%}
    case
        when {{ matches_whole_pattern(zip_as_written(zip), '[0-9]{7,8}') }}
            then lpad({{ zip_digits(zip) }}, 9, '0')
        when {{ matches_whole_pattern(zip_as_written(zip), '[0-9]{3,4}-[0-9]{4}') }}
            then lpad({{ zip_digits(zip) }}, 9, '0')
        when length({{ zip_digits(zip) }}) in (3, 4) then lpad({{ zip_digits(zip) }}, 5, '0')
        else {{ zip_digits(zip) }}
    end
{%- endmacro %}

{% macro zip5_of(zip) -%}
    case when length({{ zip_nine_digits(zip) }}) in (5, 9) then left({{ zip_nine_digits(zip) }}, 5) end
{%- endmacro %}

{% macro zip4_of(zip) -%}
    case when length({{ zip_nine_digits(zip) }}) = 9 then right({{ zip_nine_digits(zip) }}, 4) end
{%- endmacro %}

{% macro zip_zero_restored(zip) -%}
    ({{ zip_nine_digits(zip) }} != {{ zip_digits(zip) }})
{%- endmacro %}
