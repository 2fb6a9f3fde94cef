{{ config(severity='warn') }}
{#- Not a failure: rows of address_corrections that the drop does not apply, so the analyst knows
    a fix did not land. A row whose record_id is on no line of the list (a typo, or another list's
    id), or has none, corrects nothing. A record corrected on more than one row gets its last
    row (int_addresses__unioned): an earlier row that differs from it is named, with the row that
    was applied. The correction goes to the first line of a record_id the list repeats, the one
    the intake goes on with. -#}
with corrections as (
    select
        source_row,
        nullif(trim(record_id), '') as record_id,
        address_line_1,
        address_line_2,
        city,
        state,
        zip
    from {{ ref('stg_drop__address_corrections') }}
),

latest as (
    select
        source_row,
        record_id,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        max(source_row) over (partition by record_id) as applied_row
    from corrections
),

list_record_ids as (
    select distinct record_id
    from {{ ref('int_mail_list__intake') }}
    where record_id in (select latest.record_id from latest)
),

final as (
    select
        latest.source_row,
        latest.record_id,
        case
            when latest.record_id is null then 'no record_id: corrects nothing'
            when list_record_ids.record_id is null then 'no line of the list has this record_id: corrects nothing'
            else 'corrected again on row ' || cast(latest.applied_row as string) || ', which is applied'
        end as not_applied_because
    from latest
    left join list_record_ids
        on latest.record_id = list_record_ids.record_id
    where
        latest.record_id is null
        or list_record_ids.record_id is null
        or (
            latest.source_row < latest.applied_row
            and exists (
                select 1
                from latest as applied
                where
                    applied.record_id = latest.record_id
                    and applied.source_row = latest.applied_row
                    and not (
                        applied.address_line_1 is not distinct from latest.address_line_1
                        and applied.address_line_2 is not distinct from latest.address_line_2
                        and applied.city is not distinct from latest.city
                        and applied.state is not distinct from latest.state
                        and applied.zip is not distinct from latest.zip
                    )
            )
        )
)

select * from final
order by 1
