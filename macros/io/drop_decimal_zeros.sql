{#- A whole number written with a decimal point and only zeros after it (7100.0, 06282.00: a
    floating-point column written out as text by pandas, R or a spreadsheet) as its digits; any
    other text as it is (71-00, 4B, 12.5). The reference files' number columns (meta whole_number
    in _drop__sources.yml) and the list's ZIP are read through it. Only a value with a period in
    it is matched against the pattern: the reference files run to tens of millions of rows. -#}
{% macro drop_decimal_zeros(text) -%}
    case
        when {{ text }} like '%.%' then {{ regexp_replace_all(text, '^ *([0-9]+)[.]0+ *$', '\\1') }}
        else {{ text }}
    end
{%- endmacro %}
