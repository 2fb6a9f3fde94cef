{#- The text of a value from a floating-point or decimal column of a Parquet file, as the file's
    writer meant it: a whole number without its decimal point (60034.0 -> 60034, 7.00 -> 7), so that
    a ZIP, a house number or a delivery point written as a float reads as the digits it is; any
    other number (12.5, NaN) as the engine writes it. -#}
{% macro write_number_as_text(column) -%}
    {{ return(adapter.dispatch('write_number_as_text', 'drop_hygiene')(column)) }}
{%- endmacro %}

{% macro default__write_number_as_text(column) -%}
    case
        when {{ column }} = floor({{ column }}) and abs({{ column }}) < 1e15
            then cast(cast({{ column }} as bigint) as string)
        else cast({{ column }} as string)
    end
{%- endmacro %}
