{{ config(severity='error') }}
{#- The files handed to the printer and the data owner say what the tables say: mail_ready.csv
    and mail_ready.parquet hold exactly the record_ids of mail_ready, rejected_records.csv exactly
    the lines and reason codes of rejected_records, read back from the files (pending while the
    build runs, in output_dir once released). The CSV's text cells are compared as the export
    writes them, with a would-be spreadsheet formula neutralized. -#}
with mail_file as (
    select record_id
    from {{ exported_file_scan('mail_ready.csv', ref('mail_ready')) }}
),

mail_parquet as (
    select record_id from {{ exported_file_scan('mail_ready.parquet', ref('mail_ready')) }}
),

rejection_file as (
    select
        cast(source_line as bigint) as source_line,
        reason_code
    from {{ exported_file_scan('rejected_records.csv', ref('rejected_records')) }}
),

mail_table as (
    select record_id from {{ ref('mail_ready') }}
),

mail_table_as_csv as (
    select {{ neutralize_csv_formula('record_id') }} as record_id from mail_table
),

rejection_table as (
    select
        source_line,
        reason_code
    from {{ ref('rejected_records') }}
),

problems as (
    select
        'mail_ready.csv lacks' as problem,
        record_id as item
    from (
        select * from mail_table_as_csv
        except all
        select * from mail_file
    ) as difference
    union all
    select
        'mail_ready.csv adds' as problem,
        record_id as item
    from (
        select * from mail_file
        except all
        select * from mail_table_as_csv
    ) as difference
    union all
    select
        'mail_ready.parquet lacks' as problem,
        record_id as item
    from (
        select * from mail_table
        except all
        select * from mail_parquet
    ) as difference
    union all
    select
        'mail_ready.parquet adds' as problem,
        record_id as item
    from (
        select * from mail_parquet
        except all
        select * from mail_table
    ) as difference
    union all
    select
        'rejected_records.csv lacks' as problem,
        cast(source_line as string) || ' ' || reason_code as item
    from (
        select * from rejection_table
        except all
        select * from rejection_file
    ) as difference
    union all
    select
        'rejected_records.csv adds' as problem,
        cast(source_line as string) || ' ' || reason_code as item
    from (
        select * from rejection_file
        except all
        select * from rejection_table
    ) as difference
)

select * from problems
