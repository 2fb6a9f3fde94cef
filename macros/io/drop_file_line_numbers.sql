{#- The data line numbers of a drop file, counted straight from the file (not through the
    staging models), so that reconciliation tests check the pipeline against the file itself:
    one row per line after the header (`source_line`), numbered as read_drop_lines numbers them. -#}
{% macro drop_file_line_numbers(table_name) -%}
    {%- set location = drop_file_location(table_name) if execute else none -%}
    {%- if location is none -%}
    select cast(null as bigint) as source_line where false
    {%- elif location['format'] == 'parquet' -%}
    select row_number() over () + 1 as source_line from {{ parquet_scan(location['path']) }}
    {%- else -%}
    select source_line from (
        select row_number() over () as source_line from {{ csv_line_scan(location['path']) }}
    ) where source_line > 1
    {%- endif -%}
{%- endmacro %}
