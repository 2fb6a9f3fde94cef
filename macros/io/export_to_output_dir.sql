{#- Post-hook: write the model to output_dir as CSV (header-only when empty) or Parquet.
    Our own COPY, not dbt-duckdb's `external` materialization, which writes a row of NULLs
    for an empty result. The folder is made by the int_drop__output_directory model. -#}
{% macro export_to_output_dir(file_name, file_format='csv', order_by=none) -%}
    {{ return(adapter.dispatch('export_to_output_dir', 'drop_hygiene')(file_name, file_format, order_by)) }}
{%- endmacro %}

{% macro default__export_to_output_dir(file_name, file_format, order_by) -%}
    {%- set path = get_drop_setting('output_dir') ~ '/' ~ file_name -%}
    copy (
        select * from {{ this }}
        {% if order_by %}order by {{ order_by }}{% endif %}
    ) to '{{ path }}'
    {%- if file_format == 'parquet' %} (format parquet)
    {%- else %} (format csv, header true, delimiter ',', quote '"', force_quote *)
    {%- endif %}
{%- endmacro %}
