{{ config(severity='warn') }}
{#- Not a failure: the list sources flagged in source_quality, whose share of addresses that do
    not exist (DPV_NOT_CONFIRMED) is above source_dpv_failure_threshold. The build goes on and the
    rejection report names the lines; the warning says which sources, so the analyst sends each
    owner its lines. When every source is flagged, the list is rarely to blame: the reference files
    may cover other ZIPs or be read other than they were written, and the warning says so. -#}
with sources as (
    select
        list_source,
        records,
        dpv_not_confirmed_rate,
        is_flagged,
        -- the sources with an address that DPV looked at (not those removed before it, at intake)
        count(*) filter (where mailed > 0 or dpv_failure_rate > 0) over () as sources_checked,
        count(*) filter (where is_flagged) over () as sources_flagged
    from {{ ref('source_quality') }}
),

final as (
    select
        list_source,
        records,
        dpv_not_confirmed_rate,
        case
            when sources_flagged = sources_checked
                then 'every source is flagged: check the reference files (their ZIPs, how they were read)'
            else 'send the source''s owner its lines of rejected_records'
        end as what_to_do
    from sources
    where is_flagged
)

select * from final
order by 3 desc, 1 asc
