{#- The intake spine: one row per record of mail_list (a physical line, or the lines of a record
    whose quoted field holds a line break: source_line to last_line), nothing filtered. Every later
    checklist step adds flags to this spine; int_mail_list__outcomes picks the reason. The
    list's extra columns (those the spec does not declare) come last, as written: the marts take
    them from here, so the list is split into fields once. The line as written is not copied
    here (rejected_records reads it from stg_drop__mail_list_lines, for the lines it holds),
    except a record that spans lines, whose lines the reader has already joined. A name or
    company field that only marks a value as missing (`N/A`, `NULL`, `#N/A`, `-`:
    without_placeholder) is empty here, so no piece prints it and no match joins on it; the
    rejection report's line as written keeps it. -#}
with mail_list_lines as (
    select
        source_line,
        last_line,
        raw_line,
        is_malformed_row,
        nullif(trim(record_id), '') as record_id,
        {{ name_fields_without_placeholders() }},
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        list_source,
        customer_id{{ carried_columns() }}
    from {{ ref('stg_drop__mail_list') }}
),

record_id_occurrences as (
    select
        source_line,
        row_number() over (partition by record_id order by source_line) as occurrence
    from mail_list_lines
    where not is_malformed_row and record_id is not null
),

final as (
    select
        mail_list_lines.source_line,
        mail_list_lines.last_line,
        -- the record as written when it spans lines (rejected_records reports it); a one-line
        -- record's line is read from stg_drop__mail_list_lines where it is needed
        case
            when mail_list_lines.last_line > mail_list_lines.source_line then mail_list_lines.raw_line
        end as record_across_lines,
        mail_list_lines.record_id,
        mail_list_lines.first_name,
        mail_list_lines.middle_name,
        mail_list_lines.last_name,
        mail_list_lines.name_suffix,
        mail_list_lines.company,
        mail_list_lines.address_line_1,
        mail_list_lines.address_line_2,
        mail_list_lines.city,
        mail_list_lines.state,
        mail_list_lines.zip,
        mail_list_lines.list_source,
        mail_list_lines.customer_id,
        mail_list_lines.is_malformed_row as fails_intake_malformed_row,
        not mail_list_lines.is_malformed_row
        and mail_list_lines.record_id is null as fails_intake_missing_record_id,
        coalesce(record_id_occurrences.occurrence > 1, false) as fails_intake_duplicate_record_id
        {{- carried_columns('mail_list_lines') }}
    from mail_list_lines
    left join record_id_occurrences
        on mail_list_lines.source_line = record_id_occurrences.source_line
)

select * from final
