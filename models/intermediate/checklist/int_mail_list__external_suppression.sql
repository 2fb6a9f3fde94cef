{#- External suppression: one row per line of the list with its three flags and how each name
    match was made. DMA Mail Preference Service and the deceased file match a person on name and
    address (match_people): the same delivery point, the same surname key and a shared given-name
    form (as written, a nickname: BILL for WILLIAM, or an initial that can only be one name
    there), with suffixes that do not differ (a deceased SR never suppresses his son the JR). A
    record is checked at its listed address and, for a re-routed mover, at the new one too. The
    prison file matches on the address alone (a facility), only when suppress_prison. -#}
with list_lines as (
    select
        source_line,
        listed_delivery_point_key,
        delivery_point_key
    from {{ ref('int_mail_list__cass_dpv') }}
),

match_keys as {{ inline_cte() }} (
    select
        address_source,
        source_key,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only
    from {{ ref('int_addresses__match_keys') }}
    where address_source in ('mail_list', 'suppress_dma', 'suppress_deceased', 'suppress_prison')
),

record_names as (
    select
        list_lines.source_line,
        list_lines.listed_delivery_point_key,
        list_lines.delivery_point_key,
        match_keys.first_key,
        match_keys.last_key,
        match_keys.suffix_key,
        match_keys.middle_initial,
        match_keys.company_key,
        match_keys.is_firm_only
    from list_lines
    left join match_keys
        on
            match_keys.address_source = 'mail_list'
            and cast(list_lines.source_line as string) = match_keys.source_key
),

record_addresses as (
    select
        source_line as match_id,
        listed_delivery_point_key as delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only
    from record_names
    where listed_delivery_point_key is not null
    -- the new address of a re-routed mover; one row per line, so `union all` where the keys
    -- differ is the union without deduplicating every line's eight keys (which spilled at 10M)
    union all
    select
        source_line as match_id,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only
    from record_names
    where delivery_point_key is not null and delivery_point_key is distinct from listed_delivery_point_key
),

dma_entries as (
    select
        source_key as match_id,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only
    from match_keys
    where address_source = 'suppress_dma' and delivery_point_key is not null
),

deceased_entries as (
    select
        source_key as match_id,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only
    from match_keys
    where address_source = 'suppress_deceased' and delivery_point_key is not null
),

dma_matches as (
    {{ match_people('record_addresses', 'dma_entries') }}
),

deceased_matches as (
    {{ match_people('record_addresses', 'deceased_entries') }}
),

dma_hits as (
    select
        left_id as source_line,
        {{ match_kind_of('min(match_rank)') }} as match_kind
    from dma_matches
    group by 1
),

deceased_hits as (
    select
        left_id as source_line,
        {{ match_kind_of('min(match_rank)') }} as match_kind
    from deceased_matches
    group by 1
),

prison_hits as (
    select distinct record_addresses.match_id as source_line
    from record_addresses
    inner join match_keys as prisons
        on
            record_addresses.delivery_point_key = prisons.delivery_point_key
            and prisons.address_source = 'suppress_prison'
),

final as (
    select
        list_lines.source_line,
        dma_hits.source_line is not null as fails_suppress_dma,
        deceased_hits.source_line is not null as fails_suppress_deceased,
        prison_hits.source_line is not null and {{ get_drop_setting('suppress_prison') }} as fails_suppress_prison,
        dma_hits.match_kind as dma_match_kind,
        deceased_hits.match_kind as deceased_match_kind
    from list_lines
    left join dma_hits
        on list_lines.source_line = dma_hits.source_line
    left join deceased_hits
        on list_lines.source_line = deceased_hits.source_line
    left join prison_hits
        on list_lines.source_line = prison_hits.source_line
)

select * from final
