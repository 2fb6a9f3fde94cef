{{ config(severity='error') }}
{#- The manifest reconciles: for every step, in - removed = out; each step's out is the next
    step's in; the first in is every record of mail_list (its lines counted from the file, less
    the lines that continue a record whose quoted field holds a line break); the last out is
    the number of rows of mail_ready; the total row agrees. Returns each broken equation. -#}
with manifest as (
    select * from {{ ref('drop_manifest') }}
),

file_lines as (
    select count(*) as line_count from ({{ drop_file_line_numbers('mail_list') }}) as lines_of_file
),

-- the lines after the first of a record whose quoted field holds a line break: they are read
-- with their record, not as records of their own (assert_every_list_line_is_mailed_or_rejected
-- proves each line is in one record)
continued_lines as (
    select coalesce(sum(last_line - source_line), 0) as line_count
    from {{ ref('int_mail_list__intake') }}
),

mailed as (
    select count(*) as mailed_count from {{ ref('mail_ready') }}
),

rejected as (
    select count(*) as rejected_count from {{ ref('rejected_records') }}
),

steps as (
    select
        step,
        step_order,
        records_in,
        removed,
        records_out,
        lead(records_in) over (order by step_order) as next_in,
        step_order = min(step_order) over () as is_first,
        step_order = max(step_order) over () as is_last
    from manifest
    where step != 'total'
),

problems as (
    select
        step,
        'in - removed != out' as problem
    from steps
    where records_in - removed != records_out
    union all
    select
        step,
        'out != next step in' as problem
    from steps
    where next_in is not null and records_out != next_in
    union all
    select
        steps.step,
        'first in != records of mail_list' as problem
    from steps
    cross join file_lines
    cross join continued_lines
    where steps.is_first and steps.records_in != file_lines.line_count - continued_lines.line_count
    union all
    select
        steps.step,
        'last out != rows of mail_ready' as problem
    from steps
    cross join mailed
    where steps.is_last and steps.records_out != mailed.mailed_count
    union all
    select
        manifest.step,
        'total removed != rows of rejected_records' as problem
    from manifest
    cross join rejected
    where manifest.step = 'total' and manifest.removed != rejected.rejected_count
)

select * from problems
