{#- `dbt run-operation remove_drop_from_log --args '{drop_id: SAMPLE-2026-12}'`: take a drop out
    of drop_log (a trial run, a drop that was never mailed after all), so that it caps no later
    drop. Says how many rows it removed. -#}
{% macro remove_drop_from_log(drop_id) -%}
    {%- set log_table = adapter.get_relation(database=target.database, schema='marts', identifier='drop_log') -%}
    {%- if log_table is none -%}
        {{ log("drop_log does not exist yet: nothing to remove", info=true) }}
        {{ return(none) }}
    {%- endif -%}
    {%- set condition = "drop_id = " ~ sql_string(drop_id) -%}
    {%- set rows = run_query("select count(*) from " ~ log_table ~ " where " ~ condition).columns[0].values()[0] -%}
    {%- do run_query("delete from " ~ log_table ~ " where " ~ condition) -%}
    {%- do adapter.commit() -%}
    {{ log("removed " ~ rows ~ " rows of drop '" ~ drop_id ~ "' from " ~ log_table, info=true) }}
{%- endmacro %}
