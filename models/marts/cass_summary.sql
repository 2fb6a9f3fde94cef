{# The drop's CASS summary in the shape of PS Form 3553: the software, the reference dates,
   the date the list was processed (block B2 = coding_date), the list processor, mailer and list
   name (vars), every line submitted (B6, records_submitted, equal to the manifest's lines read)
   and the number of lists (distinct list_source), and the counts of the records the address
   steps saw. Those counts are over the list records that reached CASS (past intake and NCOA);
   5-digit, ZIP+4, DPV and carrier-route coded are counted before any policy rejection.
   LACSLink, SuiteLink and eLOT are not performed, and say so. #}
{{ config(post_hook=["{{ export_to_output_dir('cass_summary.csv', 'csv') }}"]) }}
-- depends_on: {{ ref('int_drop__output_directory') }}
with outcomes as (
    select * from {{ ref('int_mail_list__outcomes') }}
),

coded as (
    select * from outcomes
    where step_order is null or step_order >= 3
),

final as (
    select
        'drop_hygiene (dbt {{ dbt_version }}, {{ target.type }} ' || {{ engine_version() }} || ')' as software,
        {{ drop_date('reference_release_date') }} as reference_release_date,
        {{ drop_date('reference_last_permissible_use') }} as reference_last_permissible_use,
        {{ drop_date('coding_date') }} as date_list_processed,
        {{ drop_date('ncoa_processed_date') }} as ncoa_processed_date,
        {{ sql_string(get_drop_setting('drop_id')) }} as drop_id,
        count(*) as total_records,
        count(*) filter (where zip4 is not null) as zip4_coded,
        count(*) filter (where dpv_code = 'Y') as dpv_confirmed,
        count(*) filter (where dpv_code in ('S', 'D')) as dpv_partial,
        count(*) filter (where dpv_code = 'N') as dpv_not_confirmed,
        count(*) filter (where carrier_route is not null) as carrier_route_coded,
        count(*) filter (where is_zip_corrected or is_street_corrected) as corrected,
        count(*) filter (where ncoa_rerouted) as ncoa_rerouted,
        count(*) filter (where step = 'cass') as rejected_cass,
        count(*) filter (where step = 'dpv') as rejected_dpv,
        (
            select count(*) from outcomes
            where outcomes.reason_code is null
        ) as mailed,
        -- PS 3553 as far as our data knows it
        (select count(*) from outcomes) as records_submitted,
        count(*) filter (where zip5 is not null) as zip5_coded,
        (select count(distinct outcomes.list_source) from outcomes) as lists_processed,
        nullif({{ sql_string(get_drop_setting('list_processor_name')) }}, '') as list_processor_name,
        nullif({{ sql_string(get_drop_setting('mailer_name')) }}, '') as mailer_name,
        coalesce(
            nullif({{ sql_string(get_drop_setting('list_name')) }}, ''), {{ sql_string(get_drop_setting('drop_id')) }}
        ) as list_name,
        'not performed' as lacslink,
        'not performed' as suitelink,
        'not performed' as elot
    from coded
)

select * from final
