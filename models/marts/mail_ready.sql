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
        mailed.first_name_standardized as first_name,
        mailed.last_name_standardized as last_name,
        mailed.company_standardized as company,
        mailed.delivery_line,
        mailed.city_standardized as city,
        mailed.state_standardized as state,
        mailed.zip5,
        mailed.zip4,
        mailed.delivery_point,
        mailed.check_digit,
        mailed.carrier_route,
        mailed.dpv_code,
        mailed.ncoa_rerouted,
        mailed.household_key{{ carried_columns('mail_list_lines') }}
    from mailed
    inner join mail_list_lines
        on mailed.source_line = mail_list_lines.source_line
)

select * from final
