{{ config(severity='error') }}
{#- The files handed to the printer and the data owner say what the tables say:
    mail_ready.parquet holds exactly the record_ids of mail_ready, rejected_records.csv exactly
    the lines and reason codes of rejected_records, read back from the files (pending while the
    build runs, in output_dir once released). mail_ready.csv is read back once, by
    assert_mail_file_in_mail_order, which checks its records and their order together. -#}
with mail_parquet as (
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

rejection_table as (
    select
        source_line,
        reason_code
    from {{ ref('rejected_records') }}
),

problems as (
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
