{#- The intake spine: one row per physical line of mail_list, nothing filtered. Every later
    checklist step adds flags to this spine; int_mail_list__outcomes picks the reason. -#}
with mail_list_lines as (
    select * from {{ ref('stg_drop__mail_list') }}
),

identified_lines as (
    select
        *,
        nullif(trim(record_id), '') as clean_record_id
    from mail_list_lines
),

intake_flags as (
    select
        *,
        not is_malformed_row and clean_record_id is null as is_missing_record_id,
        not is_malformed_row
        and clean_record_id is not null
        and row_number() over (
            partition by (not is_malformed_row and clean_record_id is not null), clean_record_id
            order by source_line
        ) > 1 as is_duplicate_record_id
    from identified_lines
),

final as (
    select
        * exclude (record_id, clean_record_id),
        clean_record_id as record_id,
        is_malformed_row as fails_intake_malformed_row,
        is_missing_record_id as fails_intake_missing_record_id,
        is_duplicate_record_id as fails_intake_duplicate_record_id
    from intake_flags
)

select * from final
