{{ config(severity='error') }}
{#- The manifest reconciles: for every step, in - removed = out; each step's out is the next
    step's in; the first in is every line of mail_list (counted from the file); the last out is
    the number of rows of mail_ready; the total row agrees. Returns each broken equation. -#}
with manifest as (
    select * from {{ ref('drop_manifest') }}
),

file_lines as (
    select count(*) as lines from ({{ drop_file_line_numbers('mail_list') }}) as lines_of_file
),

steps as (
    select
        step,
        step_order,
        records_in,
        removed,
        records_out,
        lead(records_in) over (order by step_order) as next_in
    from manifest
    where step != 'total'
),

problems as (
    select step, 'in - removed != out' as problem from steps where records_in - removed != records_out
    union all
    select step, 'out != next step in' as problem from steps where next_in is not null and records_out != next_in
    union all
    select step, 'first in != lines of mail_list' as problem
    from steps
    where step_order = (select min(step_order) from steps) and records_in != (select lines from file_lines)
    union all
    select step, 'last out != rows of mail_ready' as problem
    from steps
    where
        step_order = (select max(step_order) from steps)
        and records_out != (select count(*) from {{ ref('mail_ready') }})
    union all
    select 'total', 'total removed != rows of rejected_records' as problem
    from manifest
    where step = 'total' and removed != (select count(*) from {{ ref('rejected_records') }})
)

select * from problems
