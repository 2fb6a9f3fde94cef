{#- Engine-specific table functions that read a drop file. Models and macros call these
    through adapter.dispatch, so another engine only needs its own implementations. -#}

{% macro csv_scan(path) -%}
    {{ return(adapter.dispatch('csv_scan', 'drop_hygiene')(path)) }}
{%- endmacro %}

{% macro default__csv_scan(path) -%}
    read_csv('{{ path }}', header = true, all_varchar = true, auto_detect = true, delim = ',', quote = '"',
        escape = '"', normalize_names = false, null_padding = false, strict_mode = true)
{%- endmacro %}

{% macro parquet_scan(path) -%}
    {{ return(adapter.dispatch('parquet_scan', 'drop_hygiene')(path)) }}
{%- endmacro %}

{% macro default__parquet_scan(path) -%}
    read_parquet('{{ path }}')
{%- endmacro %}

{#- Every physical line of a text file as one row (`line`, NULL for a blank line), in file
    order: no quoting, no splitting, so a line the CSV reader would choke on is still read. -#}
{% macro csv_line_scan(path) -%}
    {{ return(adapter.dispatch('csv_line_scan', 'drop_hygiene')(path)) }}
{%- endmacro %}

{% macro default__csv_line_scan(path) -%}
    read_csv('{{ path }}', columns = {'line': 'VARCHAR'}, header = false, delim = chr(30), quote = '',
        escape = '', auto_detect = false, strict_mode = false)
{%- endmacro %}

{#- The lines of a text file for reading its header, skipping lines that are not valid UTF-8
    (with `limit 1`, the header of a file whose later lines may not be UTF-8: the line reader of
    intake reads those). -#}
{% macro csv_header_scan(path) -%}
    {{ return(adapter.dispatch('csv_header_scan', 'drop_hygiene')(path)) }}
{%- endmacro %}

{% macro default__csv_header_scan(path) -%}
    read_csv('{{ path }}', columns = {'line': 'VARCHAR'}, header = false, delim = chr(30), quote = '',
        escape = '', auto_detect = false, strict_mode = false, ignore_errors = true)
{%- endmacro %}
