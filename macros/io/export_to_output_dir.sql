{#- Post-hook: write the model to the drop's pending folder (drop_pending_dir) as CSV
    (header-only when empty) or Parquet. drop_release publishes the folder's files to output_dir
    when the build's checks pass. Our own COPY, not dbt-duckdb's `external` materialization, which
    writes a row of NULLs for an empty result. The folder is made by int_drop__output_directory.
    CSV cells are made safe to open in a spreadsheet (neutralize_csv_formula); Parquet keeps the
    values as they are. `order_by` is the file's order, sorted by; `stored_order` is the order the
    table was written in (mail_ready's, the mail-file order), which the file must also have.
    DuckDB writes a stored order as it is, without sorting again, with COPY's PRESERVE_ORDER: a
    parallel CSV COPY without it wrote the 1M mail file in 2,048-row blocks out of order (seen by
    comparing it with Spark's), and sorting the 10M mail file again took 42.3 s for the CSV and
    28.0 s for the Parquet against 36.1 s and 17.4 s written in stored order (the same CSV bytes, the
    same Parquet rows in the same order).
    assert_mail_file_in_mail_order checks both files' order on every build. -#}
{% macro export_to_output_dir(file_name, file_format='csv', order_by=none, stored_order=none) -%}
    {{ return(adapter.dispatch('export_to_output_dir', 'drop_hygiene')(file_name, file_format, order_by, stored_order)) }}
{%- endmacro %}

{% macro default__export_to_output_dir(file_name, file_format, order_by, stored_order) -%}
    {%- set path = drop_pending_dir() ~ '/' ~ file_name -%}
    {#- the table's own order, kept: no sort unless the file wants another order -#}
    {%- set keep_order = ', preserve_order true' if stored_order and not order_by else '' -%}
    {%- if file_format == 'parquet' %}
    copy (
        select * from {{ this }}
        {% if order_by %}order by {{ order_by }}{% endif %}
    ) to {{ sql_string(path) }} (format parquet{{ keep_order }})
    {%- else %}
    {%- set columns = adapter.get_columns_in_relation(this) %}
    copy (
        select
            {%- for column in columns %}
            {% if column.is_string() -%}
            {{ neutralize_csv_formula(adapter.quote(column.name)) }} as {{ adapter.quote(column.name) }}
            {%- else -%}
            {{ adapter.quote(column.name) }}
            {%- endif %}{{ ',' if not loop.last }}
            {%- endfor %}
        from {{ this }}
        {% if order_by %}order by {{ order_by }}{% endif %}
    ) to {{ sql_string(path) }} (format csv, header true, delimiter ',', quote '"', force_quote *{{ keep_order }})
    {%- endif %}
{%- endmacro %}

{#- Spark writes a folder of part files, not one named file: the rows go to
    `<file_name>.parts` in the pending folder, the CSV header line to `<file_name>.header`, and
    drop_release joins them into the one file named as on DuckDB (assemble_spark_exports) before
    it publishes. Each CSV line is made here, as DuckDB's COPY writes it (every value quoted, a
    quote doubled, NULL an empty unquoted cell; Spark's CSV writer would quote the NULLs too), and
    written as text; a global sort keeps the parts in order. Parquet is written as one part. -#}
{% macro spark__export_to_output_dir(file_name, file_format, order_by, stored_order) -%}
    {%- set path = drop_pending_dir() ~ '/' ~ file_name -%}
    {%- set sort_keys = order_by or stored_order -%}
    {%- set columns = adapter.get_columns_in_relation(this) -%}
    {%- if file_format == 'parquet' %}
    insert overwrite directory {{ sql_string(path ~ '.parts') }} using parquet
    select /*+ REPARTITION(1) */ * from {{ this }}
    {% if sort_keys %}sort by {{ sort_keys }}{% endif %}
    {%- else %}
    {%- set names = [] -%}
    {%- for column in columns -%}{%- do names.append('"' ~ column.name | replace('"', '""') ~ '"') -%}{%- endfor -%}
    {%- if execute -%}
    {%- do run_query("insert overwrite directory " ~ sql_string(path ~ '.header') ~ " using text select "
                     ~ sql_string(names | join(',')) ~ " as header_line") -%}
    {%- endif %}
    insert overwrite directory {{ sql_string(path ~ '.parts') }} using text
    select
        concat_ws(
            ','
            {%- for column in columns %}
            {%- set value = neutralize_csv_formula(adapter.quote(column.name)) if column.is_string()
                else 'cast(' ~ adapter.quote(column.name) ~ ' as string)' %},
            case
                when {{ adapter.quote(column.name) }} is null then ''
                else '"' || replace({{ value }}, '"', '""') || '"'
            end
            {%- endfor %}
        ) as csv_line
    from {{ this }}
    {% if sort_keys %}order by {{ sort_keys }}{% endif %}
    {%- endif %}
{%- endmacro %}
