{# One row per removed line of the list, with the one reason it was removed for, every
    flag it raised, its original address, and what we can suggest. #}
{{ config(
    post_hook=["{{ export_to_output_dir('rejected_records.csv', 'csv', 'source_line') }}"]
) }}
-- depends_on: {{ ref('int_drop__output_directory') }}
with outcomes as (
    select * from {{ ref('int_mail_list__outcomes') }}
),

rejected as (
    select * from outcomes
    where reason_code is not null
),

final as (
    select
        record_id,
        source_line,
        reason_code,
        step,
        array_to_string(flags, '|') as flags,
        first_name,
        last_name,
        company,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        list_source,
        cast(null as varchar) as delivery_line,
        cast(null as varchar) as suggested_correction,
        cast(null as varchar) as survivor_record_id,
        raw_line
        {%- for name in drop_extra_columns('mail_list') %},
        {{ adapter.quote(name) }}
        {%- endfor %}
    from rejected
)

select * from final
