{#- Engine-specific table functions that read a drop file. Models and macros call these
    through adapter.dispatch, so another engine only needs its own implementations. -#}

{#- A CSV drop file with the columns its header names, every value text. The dialect is given,
    not sniffed, and the reader is strict: a line with an unbalanced quote or the wrong number of
    fields stops the build with DuckDB's "CSV Error on Line: N" and the line itself. A header
    field with no name (a spreadsheet's trailing commas: `...,carrier_route,,`) is read as a
    column called _unnamed_<position>, which no model reads. -#}
{% macro csv_scan(path, header_names) -%}
    {{ return(adapter.dispatch('csv_scan', 'drop_hygiene')(path, header_names)) }}
{%- endmacro %}

{% macro default__csv_scan(path, header_names) -%}
    read_csv('{{ path }}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {
            {%- for name in header_names %}
            {{ sql_string(name or '_unnamed_' ~ loop.index) }}: 'VARCHAR'{{ ',' if not loop.last }}
            {%- endfor %}
        },
        null_padding = false, strict_mode = true)
{%- endmacro %}

{#- Spark reads a CSV file through a temporary view that names the dialect (RFC 4180: a quote is
    escaped by doubling it; Spark's default escape is a backslash), every column text, and
    FAILFAST, so a malformed line stops the build as DuckDB's strict reader does. -#}
{% macro spark__csv_scan(path, header_names) -%}
    {%- set view = 'drop_file_' ~ local_md5(path) -%}
    {%- set columns = [] -%}
    {%- for name in header_names -%}
        {%- do columns.append('`' ~ (name or '_unnamed_' ~ loop.index) | replace('`', '``') ~ '` string') -%}
    {%- endfor -%}
    {%- if execute -%}
    {%- do run_query(
        "create or replace temporary view " ~ view ~ " (" ~ columns | join(', ') ~ ") "
        ~ "using csv options (path " ~ sql_string(path | replace("''", "'")) ~ ", header 'true', sep ',', "
        ~ "quote '\"', escape '\"', multiLine 'true', mode 'FAILFAST', enforceSchema 'true', "
        ~ "ignoreLeadingWhiteSpace 'false', ignoreTrailingWhiteSpace 'false', nullValue '', "
        ~ "inferSchema 'false')") -%}
    {%- endif -%}
    {{ view }}
{%- endmacro %}

{% macro parquet_scan(path) -%}
    {{ return(adapter.dispatch('parquet_scan', 'drop_hygiene')(path)) }}
{%- endmacro %}

{% macro default__parquet_scan(path) -%}
    read_parquet('{{ path }}')
{%- endmacro %}

{% macro spark__parquet_scan(path) -%}
    parquet.`{{ path | replace("''", "'") | replace('`', '``') }}`
{%- endmacro %}

{#- The raw fields of a CSV file's first line (quotes still on, a UTF-8 byte-order mark
    dropped), for reading its header. A later line that is not UTF-8 cannot stop the header
    being read: intake reads the lines themselves. -#}
{% macro csv_header_fields(path) -%}
    {{ return(adapter.dispatch('csv_header_fields', 'drop_hygiene')(path)) }}
{%- endmacro %}

{% macro default__csv_header_fields(path) -%}
    {%- set fields = run_query(
        "select unnest(fields) from (select " ~ split_csv_line("ltrim(line, chr(65279))")
        ~ " as fields from read_csv('" ~ path ~ "', columns = {'line': 'VARCHAR'}, header = false, "
        ~ "delim = chr(30), quote = '', escape = '', auto_detect = false, strict_mode = false, "
        ~ "ignore_errors = true) limit 1)").columns[0].values() -%}
    {{ return(fields | list) }}
{%- endmacro %}

{#- Spark's text source splits at LF, CRLF and CR alike: the header is its first line. -#}
{% macro spark__csv_header_fields(path) -%}
    {%- set fields = run_query(
        "select explode(" ~ split_csv_line("regexp_replace(value, '^' || " ~ unicode_character(65279) ~ ", '')")
        ~ ") from (select value from text.`" ~ path | replace("''", "'") | replace('`', '``') ~ "` limit 1)").columns[0].values() -%}
    {{ return(fields | list) }}
{%- endmacro %}

{#- The columns of a Parquet file, in order, each as [name, type] in the engine's own spelling. -#}
{% macro parquet_column_types(path) -%}
    {{ return(adapter.dispatch('parquet_column_types', 'drop_hygiene')(path)) }}
{%- endmacro %}

{% macro default__parquet_column_types(path) -%}
    {%- set described = run_query("select column_name, column_type from (describe select * from "
                                  ~ parquet_scan(path) ~ ")") -%}
    {{ return(described.rows | map('list') | list) }}
{%- endmacro %}

{% macro spark__parquet_column_types(path) -%}
    {%- set described = run_query("describe query select * from " ~ parquet_scan(path)) -%}
    {{ return(described.rows | map('list') | list) }}
{%- endmacro %}

{#- The column names of a Parquet file, in order. -#}
{% macro parquet_column_names(path) -%}
    {{ return(parquet_column_types(path) | map(attribute=0) | list) }}
{%- endmacro %}

{#- The columns of a Parquet file that hold floating-point or decimal numbers (DOUBLE, FLOAT,
    DECIMAL): a file written from a dataframe or from R types a ZIP, a house number or a delivery
    point so when the column has a gap in it (pandas) or always (R's numeric). -#}
{% macro parquet_number_columns(path) -%}
    {%- set names = [] -%}
    {%- for name, type in parquet_column_types(path)
        if (type | lower).startswith(('double', 'float', 'real', 'decimal')) -%}
        {%- do names.append(name) -%}
    {%- endfor -%}
    {{ return(names) }}
{%- endmacro %}
