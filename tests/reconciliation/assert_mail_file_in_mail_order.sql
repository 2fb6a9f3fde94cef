{{ config(severity='error') }}
{#- The mail file handed to the printer holds exactly the records of mail_ready, in mail-file
    order (ZIP, carrier route, ZIP+4, delivery point, record id: mail_file_order()), read back
    from the exported mail_ready.csv line by line. Returns each place where the file's record is
    not the one that order puts there: a record out of place, a record the file lacks (a place
    with no line) or adds (a line past the table's records). The CSV's cells are compared as the
    export writes them, with a would-be spreadsheet formula neutralized. The file is read once
    for both checks: it is the largest file a build reads back. (A parallel COPY of the
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
        coalesce(file_lines.file_row, ordered_records.mail_position) as file_row,
        file_lines.record_id as record_in_file,
        ordered_records.record_id as record_in_order
    from file_lines
    full outer join ordered_records
        on file_lines.file_row = ordered_records.mail_position
    where file_lines.record_id is distinct from {{ neutralize_csv_formula('ordered_records.record_id') }}
)

select * from final
