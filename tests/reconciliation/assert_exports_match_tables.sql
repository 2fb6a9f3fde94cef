{{ config(severity='error') }}
{#- The files handed to the data owner say what the tables say: rejected_records.csv holds
    exactly the lines and reason codes of rejected_records, read back from the file (pending while
    the build runs, in output_dir once released). mail_ready.csv and mail_ready.parquet are read
    back once each, by assert_mail_file_in_mail_order, which checks their records and their order
    together. -#}
with rejection_file as (
    select
        cast(source_line as bigint) as source_line,
        reason_code
    from {{ exported_file_scan('rejected_records.csv', ref('rejected_records')) }}
),

rejection_table as (
    select
        source_line,
        reason_code
    from {{ ref('rejected_records') }}
),

problems as (
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
