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
with spine as (
    select * from {{ ref('int_mail_list__internal_suppression') }}
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
            || coalesce(
                {{ name_match_key('last_name_standardized') }}, {{ name_match_key('company_standardized') }}, ''
            )
        {%- elif level == 'individual' %}
        || coalesce({{ name_match_key('first_name_standardized') }}, '') || '|'
        || coalesce(
            {{ name_match_key('last_name_standardized') }}, {{ name_match_key('company_standardized') }}, ''
        )
        {%- endif %} as household_key,
        (first_name is not null)::int + (middle_name is not null)::int + (last_name is not null)::int
        + (name_suffix is not null)::int + (company is not null)::int + (address_line_1 is not null)::int
        + (address_line_2 is not null)::int + (city is not null)::int + (state is not null)::int
        + (zip is not null)::int + (list_source is not null)::int + (customer_id is not null)::int
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
        spine.*,
        keyed.household_key,
        keyed.completeness,
        case when ranked.is_duplicate then ranked.survivor_record_id end as survivor_record_id,
        coalesce(ranked.is_duplicate, false) as fails_dedupe
    from spine
    inner join keyed
        on spine.source_line = keyed.source_line
    left join ranked
        on spine.source_line = ranked.source_line
)

-- the spine passes through (spine.*) and this step adds its flags; the columns are in yml
select * from final  -- noqa: AM04
