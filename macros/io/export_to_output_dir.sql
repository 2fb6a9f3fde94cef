{#- Post-hook: write the model to the drop's pending folder (drop_pending_dir) as CSV
    (header-only when empty) or Parquet. drop_release publishes the folder's files to output_dir
    when the build's checks pass. Our own COPY, not dbt-duckdb's `external` materialization, which
    writes a row of NULLs for an empty result. The folder is made by int_drop__output_directory.
    CSV cells are made safe to open in a spreadsheet (neutralize_csv_formula); Parquet keeps the
    values as they are. -#}
{% macro export_to_output_dir(file_name, file_format='csv', order_by=none) -%}
    {{ return(adapter.dispatch('export_to_output_dir', 'drop_hygiene')(file_name, file_format, order_by)) }}
{%- endmacro %}

{% macro default__export_to_output_dir(file_name, file_format, order_by) -%}
    {%- set path = drop_pending_dir() ~ '/' ~ file_name -%}
    {%- if file_format == 'parquet' %}
    copy (
        select * from {{ this }}
        {% if order_by %}order by {{ order_by }}{% endif %}
    ) to {{ sql_string(path) }} (format parquet)
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
    ) to {{ sql_string(path) }} (format csv, header true, delimiter ',', quote '"', force_quote *)
    {%- endif %}
{%- endmacro %}
