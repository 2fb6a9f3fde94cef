{#- Pre-hook of drop_log: on an incremental build, delete the rows the log holds for this
    drop_id, so that the rows inserted next replace them (a re-run never doubles a drop). A proof
    run (log_drop: false) deletes nothing. -#}
{% macro delete_drop_from_log() -%}
    {%- if is_incremental() and get_drop_setting('log_drop') -%}
    delete from {{ this }} where drop_id = {{ sql_string(get_drop_setting('drop_id')) }}
    {%- else -%}
    select 1 as nothing_to_delete
    {%- endif -%}
{%- endmacro %}
