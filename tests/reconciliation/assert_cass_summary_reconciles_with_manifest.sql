{{ config(severity='error') }}
{#- The PS 3553 summary says what the manifest says: B6 (records_submitted) is every line the
    manifest read, the pieces mailed are the manifest's records out, and the coded counts nest
    (ZIP+4 coded within 5-digit coded within the records that reached CASS). Returns a row per
    disagreement. -#}
with summary as (
    select
        records_submitted,
        total_records,
        zip5_coded,
        zip4_coded,
        dpv_confirmed,
        mailed
    from {{ ref('cass_summary') }}
),

manifest as (
    select
        records_in,
        records_out
    from {{ ref('drop_manifest') }}
    where step = 'total'
),

final as (
    select 'records_submitted ' || summary.records_submitted || ' != records read ' || manifest.records_in as problem
    from summary cross join manifest
    where summary.records_submitted != manifest.records_in
    union all
    select 'mailed ' || summary.mailed || ' != records out ' || manifest.records_out as problem
    from summary cross join manifest
    where summary.mailed != manifest.records_out
    union all
    select 'coded counts do not nest' as problem
    from summary
    where not (
            summary.zip4_coded <= summary.zip5_coded
            and summary.zip5_coded <= summary.total_records
            and summary.dpv_confirmed <= summary.zip4_coded
            and summary.total_records <= summary.records_submitted
        )
)

select * from final
