{# The NCOA update file for the CRM: one row per list record that matched a move, re-routed to
   the new address or dropped, with the old and the new standardized address, the move and its
   NCOALink return code, so the CRM can update or retire the customer's address. Also written to
   output_dir as ncoa_updates.csv and ncoa_updates.parquet. #}
{{ config(
    post_hook=[
        "{{ export_to_output_dir('ncoa_updates.csv', 'csv', 'source_line') }}",
        "{{ export_to_output_dir('ncoa_updates.parquet', 'parquet', 'source_line') }}"
    ]
) }}
-- depends_on: {{ ref('int_drop__output_directory') }}
with matched as (
    select
        source_line,
        record_id,
        ncoa_coa_id,
        ncoa_rerouted,
        reason_code
    from {{ ref('int_mail_list__outcomes') }}
    where ncoa_coa_id is not null
),

customers as (
    -- the CRM's key for the record, as the list gave it, from the intake spine
    select
        source_line,
        customer_id
    from {{ ref('int_mail_list__intake') }}
),

codes as (
    select
        source_line,
        ncoa_return_code,
        ncoa_move_type,
        ncoa_move_effective_date
    from {{ ref('int_mail_list__return_codes') }}
),

addresses as (
    -- the matched records' old addresses and the movers' new ones, and no others: kept whole for
    -- its two readers, every address of the list took 3.4 GB of memory at 10M records (now 1.0 GB)
    -- and 1.7 times the processor time
    select
        address_source,
        source_key,
        delivery_line,
        city_standardized,
        state_standardized,
        zip5,
        zip4
    from {{ ref('int_addresses__dpv_checked') }}
    where
        address_source = 'coa_new'
        or (
            address_source = 'mail_list'
            and source_key in (select cast(matched.source_line as {{ dbt.type_string() }}) from matched)
        )
),

final as (
    select
        matched.record_id,
        matched.source_line,
        customers.customer_id,
        matched.ncoa_coa_id as coa_id,
        codes.ncoa_move_type as move_type,
        codes.ncoa_move_effective_date as move_effective_date,
        codes.ncoa_return_code as return_code,
        case
            when matched.ncoa_rerouted then 'REROUTED'
            when matched.reason_code like 'NCOA_%' then matched.reason_code
            else 'MATCHED'
        end as ncoa_action,
        old_address.delivery_line as old_delivery_line,
        old_address.city_standardized as old_city,
        old_address.state_standardized as old_state,
        old_address.zip5 as old_zip5,
        old_address.zip4 as old_zip4,
        new_address.delivery_line as new_delivery_line,
        new_address.city_standardized as new_city,
        new_address.state_standardized as new_state,
        new_address.zip5 as new_zip5,
        new_address.zip4 as new_zip4
    from matched
    inner join customers
        on matched.source_line = customers.source_line
    inner join codes
        on matched.source_line = codes.source_line
    left join addresses as old_address
        on
            old_address.address_source = 'mail_list'
            and cast(matched.source_line as {{ dbt.type_string() }}) = old_address.source_key
    left join addresses as new_address
        on
            new_address.address_source = 'coa_new'
            and matched.ncoa_coa_id = new_address.source_key
)

select * from final
