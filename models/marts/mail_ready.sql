{# The records that go to the press, in the column order the printer's file relies on:
   SPEC section 6, then the columns the list carried that we do not use. #}
{{ config(
    post_hook=[
        "{{ export_to_output_dir('mail_ready.csv', 'csv', 'record_id') }}",
        "{{ export_to_output_dir('mail_ready.parquet', 'parquet', 'record_id') }}"
    ]
) }}
-- depends_on: {{ ref('int_drop__output_directory') }}
with mailed as (
    select * from {{ ref('int_mail_list__outcomes') }}
    where reason_code is null
),

mail_list_lines as (
    select * from {{ ref('stg_drop__mail_list') }}
),

final as (
    select
        mailed.record_id,
        mailed.first_name,
        mailed.last_name,
        mailed.company,
        cast(null as varchar) as delivery_line,
        mailed.city,
        mailed.state,
        cast(null as varchar) as zip5,
        cast(null as varchar) as zip4,
        cast(null as varchar) as delivery_point,
        cast(null as varchar) as check_digit,
        cast(null as varchar) as carrier_route,
        cast(null as varchar) as dpv_code,
        false as ncoa_rerouted,
        cast(null as varchar) as household_key{{ carried_columns('mail_list_lines') }}
    from mailed
    inner join mail_list_lines
        on mailed.source_line = mail_list_lines.source_line
)

select * from final
