{#- The data line numbers of mail_list, from its physical line count taken from the file's bytes
    alone (stg_drop__mail_list_line_count: no code shared with the line reader that intake reads
    through), so that reconciliation tests check the pipeline against the file itself: one row
    per line after the header (`source_line`, the header being line 1). For a Parquet list, its
    rows numbered from 2. -#}
{% macro drop_file_line_numbers(table_name) -%}
    select {{ unnest_list(integer_range(2, 'physical_lines + 1')) }} as source_line
    from {{ ref('stg_drop__' ~ table_name ~ '_line_count') }}
{%- endmacro %}

{#- The size in bytes of a drop file as it is now (one row, `file_bytes`; no row when it is gone),
    read without reading its content. -#}
{% macro drop_file_size(table_name) -%}
    {{ return(adapter.dispatch('drop_file_size', 'drop_hygiene')(table_name)) }}
{%- endmacro %}

{% macro default__drop_file_size(table_name) -%}
    {%- set location = drop_file_location(table_name) if execute else none -%}
    {%- if location is none -%}
    select cast(null as bigint) as file_bytes where false
    {%- else -%}
    select size as file_bytes from read_blob('{{ location['path'] }}')
    {%- endif -%}
{%- endmacro %}

{#- Spark's binaryFile source gives a file's length without reading its content. -#}
{% macro spark__drop_file_size(table_name) -%}
    {%- set location = drop_file_location(table_name) if execute else none -%}
    {%- if location is none -%}
    select cast(null as bigint) as file_bytes where false
    {%- else -%}
    select length as file_bytes from binaryFile.`{{ location['path'] | replace("''", "'") | replace('`', '``') }}`
    {%- endif -%}
{%- endmacro %}
