{#- De-duplication with window functions, over the records that passed every earlier step
    (a record already removed cannot be anyone's survivor). The key at dedupe_level:
      household   delivery point + surname key: Smith, John and Smith, Jane -> one piece (match
                  kind SURNAME); a company-only record, delivery point + firm name: one piece per
                  firm (FIRM)
      individual  delivery point + person: records that are the same person by match_people
                  (EXACT, NICKNAME, INITIAL: BILL and WILLIAM HARPER; M and MARTIN NOVAK when M
                  can only be MARTIN there), never two generational suffixes (PAUL OLSEN JR and
                  SR are two people); company-only records, one per firm (FIRM)
      address     delivery point (ADDRESS)
    (delivery point = delivery_point_key of the address the piece goes to, names folded). A
    person named at a firm (a name and a company) is a person at every level but address: the
    piece to the person and a piece to the firm itself are both kept.
    At individual level a person is found in two hops, so that matching needs no pairwise
    comparison over the list: each record points at the best record it matches at its delivery
    point (a record with a suffix first, then the survivor order), and takes that record's
    pointer; the records that end on one record are one person. A record with a surname but no
    given name is one person per surname there, as before.
    The survivor is the most complete record (most non-empty list fields among names, company,
    address lines, city, state, ZIP, list source, customer id), then the lowest record_id (9 before
    10, R9 before R10: record_id_order); every
    other record of the key is a duplicate and names its survivor and how it matched it
    (dedupe_match_kind; LINKED when the two are one person through a third record). -#}
-- the person match at individual level reads the nickname table and the initials:
-- depends_on: {{ ref('given_name_forms') }}
-- depends_on: {{ ref('int_addresses__given_initials') }}
{%- set level = get_drop_setting('dedupe_level') %}
{#- the part of the key after the delivery point, and how records with one key are the same -#}
{%- if level == 'household' %}
    {%- set person_key = "coalesce(checked.last_key, checked.company_key, '')" %}
    {%- set key_match_kind %}
        case
            when checked.last_key is not null then 'SURNAME'
            when checked.company_key is not null then 'FIRM'
            else 'ADDRESS'
        end
    {%- endset %}
{%- elif level == 'individual' %}
    {%- set person_key %}
        case
            when person_records.match_id is null
                then coalesce(checked.first_key, '') || '|' || coalesce(checked.last_key, checked.company_key, '')
            when person_records.is_firm_only then '|' || person_records.company_key
            else person_records.first_key || '|' || person_records.last_key
                || coalesce('|' || person_records.suffix_key, '')
        end
    {%- endset %}
    {%- set key_match_kind %}
        case
            when checked.is_firm_only then 'FIRM'
            when person_records.match_id is null then 'EXACT'
            else 'LINKED'
        end
    {%- endset %}
{%- else %}
    {%- set person_key = "''" %}
    {%- set key_match_kind = "'ADDRESS'" %}
{%- endif %}
with list_lines as {{ inline_cte() }} (
    select * from {{ ref('int_mail_list__cass_dpv') }}
),

list_records as (
    -- the list's own fields, for the completeness of a record
    select
        source_line,
        first_name,
        middle_name,
        last_name,
        name_suffix,
        company,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        list_source,
        customer_id
    from {{ ref('int_mail_list__intake') }}
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
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only
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
        list_names.suffix_key,
        list_names.middle_initial,
        list_names.company_key,
        list_names.is_firm_only,
        list_records.first_name,
        list_records.middle_name,
        list_records.last_name,
        list_records.name_suffix,
        list_records.company,
        list_records.address_line_1,
        list_records.address_line_2,
        list_records.city,
        list_records.state,
        list_records.zip,
        list_records.list_source,
        list_records.customer_id,
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
    inner join list_records
        on list_lines.source_line = list_records.source_line
    inner join external_suppression
        on list_lines.source_line = external_suppression.source_line
    inner join internal_suppression
        on list_lines.source_line = internal_suppression.source_line
    left join list_names
        on cast(list_lines.source_line as string) = list_names.source_key
),

checked as (
    select
        source_line,
        record_id,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only,
        (
            fails_intake_malformed_row or fails_intake_missing_record_id or fails_intake_duplicate_record_id
            or fails_ncoa_moved_no_forward or fails_ncoa_forwarding_expired
            or fails_cass_unparseable or fails_cass_invalid_zip or fails_cass_not_coded
            or fails_dpv_not_confirmed or fails_dpv_secondary_unconfirmed or fails_dpv_vacant or fails_dpv_cmra
            or fails_suppress_dma or fails_suppress_deceased or fails_suppress_prison
            or fails_suppress_recent_converter or fails_suppress_frequency_cap
        ) as is_already_removed,
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
{%- if level == 'individual' %}

eligible as (
    select
        source_line as match_id,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only,
        -- the record a person's other records point at: one with a suffix, then the survivor order
        row_number() over (
            order by suffix_key is null, completeness desc, {{ record_id_order('record_id') }}
        ) as preference
    from checked
    where not is_already_removed and delivery_point_key is not null
),

same_people as (
    {{ match_people('eligible', 'eligible') }}
),

first_hops as (
    select
        same_people.left_id as match_id,
        min(eligible.preference) as pointer
    from same_people
    inner join eligible
        on same_people.right_id = eligible.match_id
    group by 1
),

people as (
    -- the pointer of the record pointed at: the person's record
    select
        first_hops.match_id,
        coalesce(second_hops.pointer, first_hops.pointer) as person_preference
    from first_hops
    inner join eligible as pointed
        on first_hops.pointer = pointed.preference
    left join first_hops as second_hops
        on pointed.match_id = second_hops.match_id
),

person_records as (
    select
        people.match_id,
        eligible.first_key,
        eligible.last_key,
        eligible.suffix_key,
        eligible.company_key,
        eligible.is_firm_only
    from people
    inner join eligible
        on people.person_preference = eligible.preference
),
{%- endif %}

keyed as (
    select
        checked.source_line,
        checked.record_id,
        checked.is_already_removed,
        checked.completeness,
        checked.delivery_point_key || '|' || {{ person_key }} as household_key,
        {{ key_match_kind }} as key_match_kind
    from checked
    {%- if level == 'individual' %}
    left join person_records
        on checked.source_line = person_records.match_id
    {%- endif %}
),

ranked as (
    select
        source_line,
        row_number() over survivors > 1 as is_duplicate,
        first_value(record_id) over survivors as survivor_record_id,
        first_value(source_line) over survivors as survivor_source_line
    from keyed
    where not is_already_removed and household_key is not null
    window survivors as (partition by household_key order by completeness desc, {{ record_id_order('record_id') }})
),

final as (
    select
        keyed.source_line,
        keyed.household_key,
        keyed.completeness,
        case when ranked.is_duplicate then ranked.survivor_record_id end as survivor_record_id,
        coalesce(ranked.is_duplicate, false) as fails_dedupe,
        case
            when ranked.is_duplicate
                then {{ 'coalesce(survivor_pairs.match_kind, keyed.key_match_kind)' if level == 'individual'
                    else 'keyed.key_match_kind' }}
        end as dedupe_match_kind
    from keyed
    left join ranked
        on keyed.source_line = ranked.source_line
    {%- if level == 'individual' %}
    left join same_people as survivor_pairs
        on
            ranked.source_line = survivor_pairs.left_id
            and ranked.survivor_source_line = survivor_pairs.right_id
    {%- endif %}
)

select * from final
