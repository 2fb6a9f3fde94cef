{{ config(severity='warn') }}
{#- Not a failure: more than half of the records that reached CASS were not coded (no ZIP, no
    ZIP+4 segment, no street) or not confirmed by DPV. A list is rarely that bad: the reference
    files are more likely another region's, or read other than they were written (numbers as
    `7100.0`, columns out of place). The build goes on, as the checks passed; the warning gives the
    numbers so the analyst looks before approving the drop. -#}
with steps as (
    select
        step,
        records_in,
        removed,
        dpv_not_confirmed
    from {{ ref('drop_manifest') }}
),

address_failures as (
    select
        max(case when step = 'cass' then records_in end) as records_reaching_cass,
        max(case when step = 'cass' then removed end) as cass_removed,
        max(case when step = 'dpv' then dpv_not_confirmed end) as dpv_not_confirmed
    from steps
),

final as (
    select
        records_reaching_cass,
        cass_removed,
        dpv_not_confirmed,
        round((cass_removed + dpv_not_confirmed) / records_reaching_cass, 4) as share_not_coded_or_confirmed,
        'check that the reference files cover the list''s ZIPs and are read as written' as what_to_do
    from address_failures
    where (cass_removed + dpv_not_confirmed) * 2 > records_reaching_cass
)

select * from final
