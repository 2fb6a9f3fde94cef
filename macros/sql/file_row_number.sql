{#- The row's number in the file a select reads (1 for the first data row), as a window
    expression. DuckDB reads a file in order, so row_number() over () numbers its rows; Spark
    requires an ordered window, and monotonically_increasing_id() grows in the order the file's
    splits are read (one reference file, read in order of its byte offsets). -#}
{% macro file_row_number() -%}
    {{ return(adapter.dispatch('file_row_number', 'drop_hygiene')()) }}
{%- endmacro %}

{% macro default__file_row_number() -%}
    row_number() over ()
{%- endmacro %}

{% macro spark__file_row_number() -%}
    row_number() over (order by monotonically_increasing_id())
{%- endmacro %}
