{# The records that go to the press, in the column order the printer's file relies on:
    SPEC section 6, then the columns the list carried that we do not use. #}
{{ config(
    post_hook=[
        "{{ export_to_output_dir('mail_ready.csv', 'csv', 'record_id') }}",
        "{{ export_to_output_dir('mail_ready.parquet', 'parquet', 'record_id') }}"
    ]
) }}
-- depends_on: {{ ref('int_drop__output_directory') }}
with outcomes as (
    select * from {{ ref('int_mail_list__outcomes') }}
),

mailed as (
    select * from outcomes
    where reason_code is null
),

final as (
    select
        record_id,
        first_name,
        last_name,
        company,
        cast(null as varchar) as delivery_line,
        city,
        state,
        cast(null as varchar) as zip5,
        cast(null as varchar) as zip4,
        cast(null as varchar) as delivery_point,
        cast(null as varchar) as check_digit,
        cast(null as varchar) as carrier_route,
        cast(null as varchar) as dpv_code,
        false as ncoa_rerouted,
        cast(null as varchar) as household_key
        {%- for name in drop_extra_columns('mail_list') %},
        {{ adapter.quote(name) }}
        {%- endfor %}
    from mailed
)

select * from final
