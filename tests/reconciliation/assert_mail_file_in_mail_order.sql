{{ config(severity='error') }}
{#- The mail file handed to the printer is in mail-file order (ZIP, carrier route, ZIP+4, delivery
    point, record id: mail_file_order()), read back from the exported mail_ready.csv line by line.
    Returns each line whose record is not the one that order puts there. (A parallel COPY of the
    mail_ready table once wrote a 1M-record file in 2,048-row blocks out of order.) -#}
with file_lines as (
    {{ exported_rows_in_file_order('mail_ready.csv', ref('mail_ready')) }}
),

ordered_records as (
    select
        record_id,
        row_number() over (order by {{ mail_file_order() }}) as mail_position
    from {{ ref('mail_ready') }}
),

final as (
    select
        file_lines.file_row,
        file_lines.record_id as record_in_file,
        ordered_records.record_id as record_in_order
    from file_lines
    left join ordered_records
        on file_lines.file_row = ordered_records.mail_position
    where file_lines.record_id is distinct from {{ neutralize_csv_formula('ordered_records.record_id') }}
)

select * from final
