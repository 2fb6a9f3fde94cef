{# One row per removed record of the list, with the one reason it was removed for, every flag
   it raised, its original address, and what we can suggest. #}
{{ config(
    post_hook=["{{ export_to_output_dir('rejected_records.csv', 'csv', 'source_line') }}"]
) }}
-- depends_on: {{ ref('int_drop__output_directory') }}
with rejected as (
    select * from {{ ref('int_mail_list__outcomes') }}
    where reason_code is not null
),

mail_list_lines as (
    -- the record's names and address as written, a record that spans lines as written, and the
    -- list's extra columns, from the intake spine
    select
        source_line,
        first_name,
        last_name,
        company,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        record_across_lines{{ carried_columns() }}
    from {{ ref('int_mail_list__intake') }}
),

rejected_lines as (
    select source_line
    from {{ ref('int_mail_list__outcomes') }}
    where reason_code is not null
),

physical_lines as (
    -- the line as written (none for a Parquet list), of the rejected lines only: joined to every
    -- line of the list, the join hashed them all (at 10M records, 1.3 GB more memory and a
    -- second more of processor time for the model)
    select
        source_line,
        nullif(line, '') as raw_line
    from {{ ref('stg_drop__mail_list_lines') }}
    where source_line in (select rejected_lines.source_line from rejected_lines)
),

codes as (
    select
        source_line,
        dpv_match_code,
        dpv_footnotes,
        dpv_vacant,
        dpv_cmra,
        dpv_no_stat,
        rdi,
        ncoa_return_code,
        ncoa_move_type,
        ncoa_move_effective_date
    from {{ ref('int_mail_list__return_codes') }}
),

final as (
    select
        rejected.record_id,
        rejected.source_line,
        rejected.reason_code,
        rejected.step,
        {{ list_join('rejected.flags', '|') }} as flags,
        nullif({{ list_join('rejected.match_kinds', '|') }}, '') as match_kinds,
        mail_list_lines.first_name,
        mail_list_lines.last_name,
        mail_list_lines.company,
        mail_list_lines.address_line_1,
        mail_list_lines.address_line_2,
        mail_list_lines.city,
        mail_list_lines.state,
        mail_list_lines.zip,
        rejected.list_source,
        rejected.delivery_line,
        rejected.suggested_correction,
        rejected.survivor_record_id,
        codes.dpv_match_code,
        codes.dpv_footnotes,
        codes.dpv_vacant,
        codes.dpv_cmra,
        codes.dpv_no_stat,
        codes.rdi,
        codes.ncoa_return_code,
        codes.ncoa_move_type,
        codes.ncoa_move_effective_date,
        coalesce(mail_list_lines.record_across_lines, physical_lines.raw_line) as raw_line
        {{- carried_columns('mail_list_lines') }}
    from rejected
    inner join mail_list_lines
        on rejected.source_line = mail_list_lines.source_line
    inner join codes
        on rejected.source_line = codes.source_line
    left join physical_lines
        on rejected.source_line = physical_lines.source_line
)

select * from final
