{# One row per checklist step in order, and a total: records in, removed (in all and by reason
   code), records out, and what the removed pieces would have cost at piece_cost_usd. Each
   step's out is the next step's in; the last out is what goes to the press. The reason-code
   columns come from the reason_codes seed, one column per code. #}
{{ config(post_hook=["{{ export_to_output_dir('drop_manifest.csv', 'csv', 'step_order') }}"]) }}
-- depends_on: {{ ref('int_drop__output_directory') }}
{%- set codes = [] %}
{%- if execute %}
    {%- set code_query = "select reason_code from " ~ ref('reason_codes') ~ " order by check_order" %}
    {%- set codes = run_query(code_query).columns[0].values() %}
{%- endif %}
{%- set code_counts, code_columns, code_sums = [], [], [] %}
{%- for code in codes %}
    {%- do code_counts.append("cast(count(*) filter (where outcomes.reason_code = '" ~ code ~ "') as bigint) as "
                              ~ code | lower) %}
    {%- do code_columns.append(code | lower) %}
    {%- do code_sums.append("cast(sum(step_rows." ~ code | lower ~ ") as bigint) as " ~ code | lower) %}
{%- endfor %}
with steps as (
    select distinct
        step,
        step_order
    from {{ ref('reason_codes') }}
),

outcomes as (
    select
        reason_code,
        step_order
    from {{ ref('int_mail_list__outcomes') }}
),

records_read as (
    select count(*) as records_read from outcomes
),

removed_by_step as (
    select
        steps.step,
        steps.step_order,
        cast(count(outcomes.reason_code) as bigint) as removed
        {%- for code in codes %}
            ,
            cast(count(*) filter (where outcomes.reason_code = '{{ code }}') as bigint) as {{ code | lower }}
    
        {%- endfor %}
    from steps
    left join outcomes
        on steps.step_order = outcomes.step_order
    group by 1, 2
),

flowing as (
    select
        removed_by_step.*,
        records_read.records_read
        - cast(coalesce(sum(removed_by_step.removed) over (
            order by removed_by_step.step_order rows between unbounded preceding and 1 preceding
        ), 0) as bigint) as records_in
    from removed_by_step
    cross join records_read
),

step_rows as (
    select
        step,
        step_order,
        records_in,
        removed,
        records_in - removed as records_out,
        round(removed * {{ get_drop_setting('piece_cost_usd') }}, 2) as removed_cost_usd
        {%- for code in codes %}
            ,
            {{ code | lower }}
    
        {%- endfor %}
    from flowing
),

total_row as (
    select
        'total' as step,
        8 as step_order,
        (select records_read.records_read from records_read) as records_in,
        cast(sum(step_rows.removed) as bigint) as removed,
        (select records_read.records_read from records_read) - cast(sum(step_rows.removed) as bigint) as records_out,
        round(sum(step_rows.removed) * {{ get_drop_setting('piece_cost_usd') }}, 2) as removed_cost_usd
        {%- for code in codes %}
            ,
            cast(sum({{ code | lower }}) as bigint) as {{ code | lower }}
    
        {%- endfor %}
    from step_rows
),

final as (
    select * from step_rows
    union all
    select * from total_row
)

select * from final  -- noqa: AM04 -- one column per reason code of the seed, listed above
