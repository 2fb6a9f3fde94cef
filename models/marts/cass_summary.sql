{# The drop's CASS summary in the shape of PS Form 3553: the software, the reference dates,
   the date the list was processed (block B2 = coding_date), and the counts of the records the
   address steps saw. Counts are over the list records that reached CASS (past intake and NCOA);
   ZIP+4 coded, DPV confirmed and carrier-route coded are counted before any policy rejection. #}
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
        ) as mailed
    from coded
)

select * from final
