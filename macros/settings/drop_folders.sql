{#- Where a build writes its files. Exports go first to the drop's pending folder, a sibling of
    output_dir (`<parent>/.<name>.pending`, so that publishing is a rename on one file system);
    drop_release moves them into output_dir only when every check upstream of it passed. -#}
{% macro drop_pending_dir() -%}
    {%- set output_dir = get_drop_setting('output_dir') -%}
    {%- set parts = output_dir.rsplit('/', 1) -%}
    {%- if parts | length == 2 -%}
        {{ return((parts[0] or '') ~ '/.' ~ parts[1] ~ '.pending') }}
    {%- else -%}
        {{ return('.' ~ output_dir ~ '.pending') }}
    {%- endif -%}
{%- endmacro %}

{#- The path of an exported file as the checks should read it: in the pending folder while a
    build has not released it yet, in output_dir once released. -#}
{% macro drop_export_path(file_name) -%}
    {{ return(adapter.dispatch('drop_export_path', 'drop_hygiene')(file_name)) }}
{%- endmacro %}

{% macro default__drop_export_path(file_name) -%}
    {%- set pending = drop_pending_dir() ~ '/' ~ file_name -%}
    {%- if execute and pending in files_in_folder(drop_pending_dir()) -%}
        {{ return(pending) }}
    {%- endif -%}
    {{ return(get_drop_setting('output_dir') ~ '/' ~ file_name) }}
{%- endmacro %}

{#- Spark: released files are in output_dir (the folder the build prepared); until then the
    export is the folder of part files Spark wrote in the pending folder (`<file>.parts`). -#}
{% macro spark__drop_export_path(file_name) -%}
    {%- set released = get_drop_setting('output_dir') ~ '/' ~ file_name -%}
    {%- if execute and released not in files_in_folder(get_drop_setting('output_dir')) -%}
        {{ return(drop_pending_dir() ~ '/' ~ file_name ~ '.parts') }}
    {%- endif -%}
    {{ return(released) }}
{%- endmacro %}

{#- An exported file read back, every column text (CSV) or as written (Parquet): the file as a
    relation to select from. `relation` is the model it was exported from, whose columns name
    the fields of Spark's header-less part files. -#}
{% macro exported_file_scan(file_name, relation) -%}
    {{ return(adapter.dispatch('exported_file_scan', 'drop_hygiene')(file_name, relation)) }}
{%- endmacro %}

{% macro default__exported_file_scan(file_name, relation) -%}
    {%- set path = drop_export_path(file_name) -%}
    {%- if file_name.endswith('.parquet') -%}
    read_parquet({{ sql_string(path) }})
    {%- else -%}
    {#- a rejected record keeps its line as written, however long (a damaged line of megabytes is
        rejected whole): the reader takes lines past its default of 2,000,000 bytes -#}
    read_csv({{ sql_string(path) }}, all_varchar = true, header = true
        {%- if file_name == 'rejected_records.csv' %}, max_line_size = {{ long_line_bytes() }}{% endif %})
    {%- endif -%}
{%- endmacro %}

{#- The longest line a CSV reader of a file we wrote is given (1 GiB): rejected_records.csv keeps a
    rejected line whole. Given only where such a line can be: at 1M records DuckDB read the mail
    file in 0.62 s with it against 0.35 s without. -#}
{% macro long_line_bytes() -%}
    {{ return(1073741824) }}
{%- endmacro %}

{% macro spark__exported_file_scan(file_name, relation) -%}
    {%- set path = drop_export_path(file_name) -%}
    {%- if file_name.endswith('.parquet') -%}
    parquet.`{{ path | replace('`', '``') }}`
    {%- else -%}
    {%- set view = 'exported_' ~ local_md5(path) -%}
    {%- set columns = [] -%}
    {%- if execute -%}
        {%- for column in adapter.get_columns_in_relation(relation) -%}
            {%- do columns.append('`' ~ column.name | replace('`', '``') ~ '` string') -%}
        {%- endfor -%}
        {%- do run_query("create or replace temporary view " ~ view ~ " (" ~ columns | join(', ') ~ ") using csv "
            ~ "options (path " ~ sql_string(path) ~ ", header '" ~ ('false' if path.endswith('.parts') else 'true')
            ~ "', sep ',', quote '\"', escape '\"', multiLine 'true', enforceSchema 'true', inferSchema 'false')") -%}
    {%- endif -%}
    {{ view }}
    {%- endif -%}
{%- endmacro %}

{#- The `record_id` of each row of an exported CSV (its first column) or Parquet file, with
    `file_row`, its place in the file (1 for the first row after a CSV's header). -#}
{% macro exported_rows_in_file_order(file_name, relation) -%}
    {{ return(adapter.dispatch('exported_rows_in_file_order', 'drop_hygiene')(file_name, relation)) }}
{%- endmacro %}

{#- DuckDB's CSV and Parquet readers give the rows in file order (insertion order is kept for a
    plain scan). -#}
{% macro default__exported_rows_in_file_order(file_name, relation) -%}
    select
        row_number() over () as file_row,
        exported.record_id
    from {{ exported_file_scan(file_name, relation) }} as exported
{%- endmacro %}

{#- Spark: each physical line of a CSV, or of its part files in the order of their names (Spark
    numbers them in sort order), then of the lines in each part as read; the first field is
    unquoted from the line. A released CSV's first line is its header. A Parquet file's rows (or
    its parts') are numbered the same way, and carry record_id as a column. -#}
{% macro spark__exported_rows_in_file_order(file_name, relation) -%}
    {%- set path = drop_export_path(file_name) | replace('`', '``') -%}
    {%- if file_name.endswith('.parquet') -%}
        {%- set rows_read = 'parquet.`' ~ path ~ '`' -%}
        {%- set record_id = 'record_id' -%}
        {%- set header_lines = 0 -%}
    {%- else -%}
        {%- set rows_read = 'text.`' ~ path ~ '`' -%}
        {%- set record_id = "replace(regexp_extract(value, " ~ sql_string('^"((?:[^"]|"")*)"') ~ ", 1), '\"\"', '\"')" -%}
        {%- set header_lines = 0 if path.endswith('.parts') else 1 -%}
    {%- endif %}
    select
        file_row - {{ header_lines }} as file_row,
        record_id
    from (
        select
            row_number() over (order by part_name, part_block, place_in_part) as file_row,
            record_id
        from (
            select
                _metadata.file_name as part_name,
                _metadata.file_block_start as part_block,
                monotonically_increasing_id() as place_in_part,
                {{ record_id }} as record_id
            from {{ rows_read }}
        ) as file_rows
    ) as numbered_rows
    where file_row > {{ header_lines }}
{%- endmacro %}
