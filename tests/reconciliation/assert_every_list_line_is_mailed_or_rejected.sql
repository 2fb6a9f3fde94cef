{{ config(severity='error') }}
{#- Rows read = rows in mail_ready + rows in rejected_records, and each line of the list is in
    exactly one of them. Lines are counted from mail_list itself, not from the models. A
    mailed record is traced to its line through its record_id, unique in mail_ready; a record
    whose quoted field holds a line break covers its lines source_line to last_line. Returns
    the lines that are missing or counted twice (and mailed ids that match no line). -#}
with file_lines as (
    {{ drop_file_line_numbers('mail_list') }}
),

-- the lines after the first of each record whose quoted field holds a line break, by its first
continued_lines as (
    select
        source_line as first_line,
        {{ unnest_list(integer_range('source_line + 1', 'last_line + 1')) }} as source_line
    from {{ ref('int_mail_list__intake') }}
    where last_line > source_line
),

mailed_records as (
    select intake.source_line
    from {{ ref('mail_ready') }} as mail_ready
    left join {{ ref('int_mail_list__intake') }} as intake
        on
            mail_ready.record_id = intake.record_id
            and not intake.fails_intake_duplicate_record_id
),

output_records as (
    select
        source_line,
        'mail_ready' as output
    from mailed_records
    union all
    select
        source_line,
        'rejected_records' as output
    from {{ ref('rejected_records') }}
),

-- each output record as its lines
output_lines as (
    select
        source_line,
        output
    from output_records
    union all
    select
        continued_lines.source_line,
        output_records.output
    from output_records
    inner join continued_lines
        on output_records.source_line = continued_lines.first_line
),

appearances as (
    select
        coalesce(file_lines.source_line, output_lines.source_line) as source_line,
        count(output_lines.output) as times_output,
        count(file_lines.source_line) > 0 as is_in_file,
        string_agg(output_lines.output, ', ') as outputs
    from file_lines
    full outer join output_lines
        on file_lines.source_line = output_lines.source_line
    group by 1
),

file_now as (
    -- the count is the file's as the build read it: a file changed since then (a line added,
    -- say) is reported as such, with the sizes
    {{ drop_file_size('mail_list') }}
),

changed_file as (
    select
        cast(null as bigint) as source_line,
        cast(null as bigint) as times_output,
        false as is_in_file,
        'mail_list changed since the build: ' || counted.file_bytes || ' bytes then, '
        || coalesce(cast(file_now.file_bytes as string), 'no file') || ' now' as outputs
    from {{ ref('stg_drop__mail_list_line_count') }} as counted
    left join file_now on true
    where file_now.file_bytes is distinct from counted.file_bytes
),

final as (
    select
        source_line,
        times_output,
        is_in_file,
        outputs
    from appearances
    where times_output != 1 or not is_in_file or source_line is null
    union all
    select
        source_line,
        times_output,
        is_in_file,
        outputs
    from changed_file
)

select * from final
