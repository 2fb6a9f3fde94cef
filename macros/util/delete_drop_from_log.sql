{#- Pre-hook of drop_log: on an incremental build, delete the rows the log holds for this
    drop_id, so that the rows inserted next replace them (a re-run never doubles a drop). A proof
    run (log_drop: false) deletes nothing. -#}
{% macro delete_drop_from_log() -%}
    {{ return(adapter.dispatch('delete_drop_from_log', 'drop_hygiene')()) }}
{%- endmacro %}

{% macro default__delete_drop_from_log() -%}
    {%- if is_incremental() and get_drop_setting('log_drop') -%}
    delete from {{ this }} where drop_id = {{ sql_string(get_drop_setting('drop_id')) }}
    {%- else -%}
    select 1 as nothing_to_delete
    {%- endif -%}
{%- endmacro %}

{#- Spark: drop_log's insert_overwrite of the drop's partition replaces its rows; nothing to delete. -#}
{% macro spark__delete_drop_from_log() -%}
    select 1 as nothing_to_delete
{%- endmacro %}
