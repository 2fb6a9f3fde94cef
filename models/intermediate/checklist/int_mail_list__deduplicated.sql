{#- De-duplication with window functions, over the records that passed every earlier step
    (a record already removed cannot be anyone's survivor). The key at dedupe_level:
      household   delivery point + last name (or company): Smith, John and Smith, Jane -> one piece
      individual  delivery point + first and last name
      address     delivery point
    (delivery point = delivery_point_key of the address the piece goes to, names folded).
    The survivor is the most complete record (most non-empty list fields among names, company,
    address lines, city, state, ZIP, list source, customer id), then the lowest record_id; every
    other record of the key is a duplicate and names its survivor. -#}
{%- set level = get_drop_setting('dedupe_level') %}
with list_lines as {{ inline_cte() }} (
    select * from {{ ref('int_mail_list__cass_dpv') }}
),

external_suppression as (
    select
        source_line,
        fails_suppress_dma,
        fails_suppress_deceased,
        fails_suppress_prison
    from {{ ref('int_mail_list__external_suppression') }}
),

internal_suppression as (
    select
        source_line,
        fails_suppress_recent_converter,
        fails_suppress_frequency_cap
    from {{ ref('int_mail_list__internal_suppression') }}
),

list_names as (
    select
        source_key,
        first_key,
        last_key,
        company_key
    from {{ ref('int_addresses__match_keys') }}
    where address_source = 'mail_list'
),

spine as (
    select
        list_lines.source_line,
        list_lines.record_id,
        list_lines.delivery_point_key,
        list_names.first_key,
        list_names.last_key,
        list_names.company_key,
        list_lines.first_name,
        list_lines.middle_name,
        list_lines.last_name,
        list_lines.name_suffix,
        list_lines.company,
        list_lines.address_line_1,
        list_lines.address_line_2,
        list_lines.city,
        list_lines.state,
        list_lines.zip,
        list_lines.list_source,
        list_lines.customer_id,
        list_lines.fails_intake_malformed_row,
        list_lines.fails_intake_missing_record_id,
        list_lines.fails_intake_duplicate_record_id,
        list_lines.fails_ncoa_moved_no_forward,
        list_lines.fails_ncoa_forwarding_expired,
        list_lines.fails_cass_unparseable,
        list_lines.fails_cass_invalid_zip,
        list_lines.fails_cass_not_coded,
        list_lines.fails_dpv_not_confirmed,
        list_lines.fails_dpv_secondary_unconfirmed,
        list_lines.fails_dpv_vacant,
        list_lines.fails_dpv_cmra,
        external_suppression.fails_suppress_dma,
        external_suppression.fails_suppress_deceased,
        external_suppression.fails_suppress_prison,
        internal_suppression.fails_suppress_recent_converter,
        internal_suppression.fails_suppress_frequency_cap
    from list_lines
    inner join external_suppression
        on list_lines.source_line = external_suppression.source_line
    inner join internal_suppression
        on list_lines.source_line = internal_suppression.source_line
    left join list_names
        on cast(list_lines.source_line as varchar) = list_names.source_key
),

keyed as (
    select
        source_line,
        record_id,
        (
            fails_intake_malformed_row or fails_intake_missing_record_id or fails_intake_duplicate_record_id
            or fails_ncoa_moved_no_forward or fails_ncoa_forwarding_expired
            or fails_cass_unparseable or fails_cass_invalid_zip or fails_cass_not_coded
            or fails_dpv_not_confirmed or fails_dpv_secondary_unconfirmed or fails_dpv_vacant or fails_dpv_cmra
            or fails_suppress_dma or fails_suppress_deceased or fails_suppress_prison
            or fails_suppress_recent_converter or fails_suppress_frequency_cap
        ) as is_already_removed,
        delivery_point_key || '|'
        {%- if level == 'household' %}
            || coalesce(last_key, company_key, '')
        {%- elif level == 'individual' %}
        || coalesce(first_key, '') || '|' || coalesce(last_key, company_key, '')
        {%- endif %} as household_key,
        cast(first_name is not null as integer)
        + cast(middle_name is not null as integer)
        + cast(last_name is not null as integer)
        + cast(name_suffix is not null as integer)
        + cast(company is not null as integer)
        + cast(address_line_1 is not null as integer)
        + cast(address_line_2 is not null as integer)
        + cast(city is not null as integer)
        + cast(state is not null as integer)
        + cast(zip is not null as integer)
        + cast(list_source is not null as integer)
        + cast(customer_id is not null as integer)
            as completeness
    from spine
),

ranked as (
    select
        source_line,
        row_number() over survivors > 1 as is_duplicate,
        first_value(record_id) over survivors as survivor_record_id
    from keyed
    where not is_already_removed and household_key is not null
    window survivors as (partition by household_key order by completeness desc, record_id asc)
),

final as (
    select
        keyed.source_line,
        keyed.household_key,
        keyed.completeness,
        case when ranked.is_duplicate then ranked.survivor_record_id end as survivor_record_id,
        coalesce(ranked.is_duplicate, false) as fails_dedupe
    from keyed
    left join ranked
        on keyed.source_line = ranked.source_line
)

select * from final
