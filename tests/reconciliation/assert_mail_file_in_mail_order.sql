{{ config(severity='error') }}
{#- The mail files handed to the printer hold exactly the records of mail_ready, in mail-file
    order (ZIP, carrier route, ZIP+4, delivery point, record id: mail_file_order()), read back
    from the exported mail_ready.csv line by line and from mail_ready.parquet row by row. Returns
    each place where a file's record is not the one that order puts there: a record out of place,
    a record the file lacks (a place with no row) or adds (a row past the table's records). The
    CSV's cells are compared as the export writes them, with a would-be spreadsheet formula
    neutralized; the Parquet's as they are. Each file is read once, here, for both checks; a
    returned row names the place and what the order, the CSV and the Parquet have there. (A
    parallel COPY of the mail_ready table once wrote a 1M-record file in 2,048-row blocks out of
    order; the exports now write the table's stored order as it is, without sorting again.) -#}
with csv_rows as (
    {{ exported_rows_in_file_order('mail_ready.csv', ref('mail_ready')) }}
),

parquet_rows as (
    {{ exported_rows_in_file_order('mail_ready.parquet', ref('mail_ready')) }}
),

ordered_records as (
    select
        record_id,
        row_number() over (order by {{ mail_file_order() }}) as mail_position
    from {{ ref('mail_ready') }}
),

-- each place in mail-file order, with the record each file has there
compared as (
    select
        coalesce(ordered_records.mail_position, csv_rows.file_row, parquet_rows.file_row) as file_row,
        ordered_records.record_id as record_in_order,
        csv_rows.record_id as record_in_csv,
        parquet_rows.record_id as record_in_parquet,
        {{ neutralize_csv_formula('ordered_records.record_id') }} as record_in_order_as_csv
    from ordered_records
    full outer join csv_rows
        on ordered_records.mail_position = csv_rows.file_row
    full outer join parquet_rows
        on coalesce(ordered_records.mail_position, csv_rows.file_row) = parquet_rows.file_row
),

final as (
    select
        file_row,
        record_in_order,
        record_in_csv,
        record_in_parquet
    from compared
    where
        record_in_csv is distinct from record_in_order_as_csv
        or record_in_parquet is distinct from record_in_order
)

select * from final
