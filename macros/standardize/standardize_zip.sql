{#- The ZIP code of a free-text ZIP field: digits only, a 3- or 4-digit ZIP padded with the
    zeros a spreadsheet dropped (6282 -> 06282). zip5_of() gives the 5 digits, zip4_of() the
    add-on when the field holds 9 digits (12345-6789 or 123456789); NULL otherwise. -#}
{% macro zip_digits(zip) -%}
    regexp_replace(coalesce({{ zip }}, ''), '[^0-9]', '', 'g')
{%- endmacro %}

{% macro zip5_of(zip) -%}
    case
        when length({{ zip_digits(zip) }}) in (5, 9) then left({{ zip_digits(zip) }}, 5)
        when length({{ zip_digits(zip) }}) in (3, 4) then lpad({{ zip_digits(zip) }}, 5, '0')
    end
{%- endmacro %}

{% macro zip4_of(zip) -%}
    case when length({{ zip_digits(zip) }}) = 9 then right({{ zip_digits(zip) }}, 4) end
{%- endmacro %}
