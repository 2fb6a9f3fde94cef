{#- The drop's settings as this build resolved them (SPEC section 3, derived defaults filled in):
    one row, read by the steps that need them as data rather than as compiled SQL (the Python
    models that prepare the output folder and release the drop). Resolved when the build runs,
    not when dbt parses the project, so a parsed project serves any drop. -#}
{%- set mail_list = drop_file_location('mail_list') if execute else none %}
{%- set mail_list_path = (mail_list['path'] | replace("''", "'")) if mail_list else '' %}
with final as (
    select
        {{ sql_string(get_drop_setting('drop_id')) }} as drop_id,
        upper({{ sql_string(get_drop_setting('offer_code')) }}) as offer_code,
        {{ drop_date('mailing_date') }} as mailing_date,
        {{ drop_date('coding_date') }} as coding_date,
        {{ sql_string(get_drop_setting('input_dir')) }} as input_dir,
        {{ sql_string(get_drop_setting('output_dir')) }} as output_dir,
        {{ sql_string(drop_pending_dir()) }} as pending_dir,
        {{ sql_string(invocation_args_dict.get('which', '')) }} as dbt_command,
        {{ sql_string(project_name ~ ' ' ~ drop_hygiene_version()) }} as project_version,
        {{ get_drop_setting('log_drop') }} as log_drop,
        {{ sql_string(get_drop_setting('list_encoding')) }} as list_encoding,
        cast({{ get_drop_setting('piece_cost_usd') }} as decimal(12, 4)) as piece_cost_usd,
        cast({{ get_drop_setting('source_dpv_failure_threshold') }} as double) as source_dpv_failure_threshold,
        {{ sql_string(mail_list_path if mail_list and mail_list['format'] == 'csv' else '') }} as mail_list_csv,
        {{ sql_string(mail_list_path if mail_list and mail_list['format'] == 'parquet' else '') }} as mail_list_parquet
)

select * from final
