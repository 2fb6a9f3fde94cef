{#- The CASS and DPV steps on the spine: every line of the list with its coded address from
    the address pass and the flags of SPEC section 5 (cass and dpv rows). The DPV policy
    switches decide which partial, vacant and CMRA results fail. Nothing is filtered. -#}
with spine as (
    select * from {{ ref('int_mail_list__intake') }}
),

list_addresses as (
    select * from {{ ref('int_addresses__dpv_checked') }}
    where address_source = 'mail_list'
),

final as (
    select
        spine.source_line,
        spine.raw_line,
        spine.record_id,
        spine.first_name,
        spine.middle_name,
        spine.last_name,
        spine.name_suffix,
        spine.company,
        spine.address_line_1,
        spine.address_line_2,
        spine.city,
        spine.state,
        spine.zip,
        spine.list_source,
        spine.customer_id,
        spine.fails_intake_malformed_row,
        spine.fails_intake_missing_record_id,
        spine.fails_intake_duplicate_record_id,
        list_addresses.first_name as first_name_standardized,
        list_addresses.last_name as last_name_standardized,
        list_addresses.company as company_standardized,
        list_addresses.address_kind,
        list_addresses.delivery_line,
        list_addresses.city_standardized,
        list_addresses.state_standardized,
        list_addresses.zip5,
        list_addresses.zip4,
        list_addresses.delivery_point,
        list_addresses.carrier_route,
        list_addresses.dpv_code,
        list_addresses.is_vacant,
        list_addresses.is_cmra,
        list_addresses.is_no_stat,
        list_addresses.suggested_correction,
        coalesce(list_addresses.is_zip_corrected, false) as is_zip_corrected,
        coalesce(list_addresses.is_street_corrected, false) as is_street_corrected,
        coalesce(list_addresses.is_analyst_corrected, false) as is_analyst_corrected,
        coalesce(list_addresses.is_unparseable, false) as fails_cass_unparseable,
        coalesce(list_addresses.is_zip_invalid, false) as fails_cass_invalid_zip,
        coalesce(list_addresses.is_not_coded, false) as fails_cass_not_coded,
        coalesce(list_addresses.dpv_code = 'N', false) as fails_dpv_not_confirmed,
        coalesce(list_addresses.dpv_code in ('S', 'D'), false)
        and {{ get_drop_setting('reject_dpv_partial') }} as fails_dpv_secondary_unconfirmed,
        coalesce(list_addresses.is_vacant, false) and {{ get_drop_setting('reject_vacant') }} as fails_dpv_vacant,
        coalesce(list_addresses.is_cmra, false) and {{ get_drop_setting('reject_cmra') }} as fails_dpv_cmra
    from spine
    left join list_addresses
        on cast(spine.source_line as varchar) = list_addresses.source_key
)

select * from final
