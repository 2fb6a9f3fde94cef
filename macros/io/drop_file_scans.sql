{#- Engine-specific table functions that read a drop file. Models and macros call these
    through adapter.dispatch, so another engine only needs its own implementations. -#}

{#- A CSV drop file with the columns its header names, every value text. The dialect is given,
    not sniffed, and the reader is strict: a line with an unbalanced quote or the wrong number of
    fields stops the build with DuckDB's "CSV Error on Line: N" and the line itself. -#}
{% macro csv_scan(path, header_names) -%}
    {{ return(adapter.dispatch('csv_scan', 'drop_hygiene')(path, header_names)) }}
{%- endmacro %}

{% macro default__csv_scan(path, header_names) -%}
    read_csv('{{ path }}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {
            {%- for name in header_names %}
            {{ sql_string(name) }}: 'VARCHAR'{{ ',' if not loop.last }}
            {%- endfor %}
        },
        null_padding = false, strict_mode = true)
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
