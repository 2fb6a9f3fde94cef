{#- One outcome per physical line of the list: reason_code is the first failing check in
    checklist order (SPEC section 5), step is the step it belongs to, and flags holds every
    check the line failed. A NULL reason_code means the record goes to the press. -#}
with checked_lines as (
    select * from {{ ref('int_mail_list__intake') }}
),

raised_flags as (
    select
        source_line,
        list_filter(
            [
                case when fails_intake_malformed_row then 'INTAKE_MALFORMED_ROW' end,
                case when fails_intake_missing_record_id then 'INTAKE_MISSING_RECORD_ID' end,
                case when fails_intake_duplicate_record_id then 'INTAKE_DUPLICATE_RECORD_ID' end
            ],
            lambda code: code is not null
        ) as flags
    from checked_lines
),

final as (
    select
        checked_lines.source_line,
        checked_lines.raw_line,
        checked_lines.record_id,
        checked_lines.first_name,
        checked_lines.middle_name,
        checked_lines.last_name,
        checked_lines.name_suffix,
        checked_lines.company,
        checked_lines.address_line_1,
        checked_lines.address_line_2,
        checked_lines.city,
        checked_lines.state,
        checked_lines.zip,
        checked_lines.list_source,
        checked_lines.customer_id,
        raised_flags.flags,
        raised_flags.flags[1] as reason_code,
        reason_codes.step,
        reason_codes.step_order
    from checked_lines
    inner join raised_flags
        on checked_lines.source_line = raised_flags.source_line
    left join {{ ref('reason_codes') }} as reason_codes
        on raised_flags.flags[1] = reason_codes.reason_code
)

select * from final
