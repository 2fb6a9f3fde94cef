{#- External suppression: one row per line of the list with its three flags. DMA Mail
    Preference Service and the deceased file match on name and address: the same delivery
    point and the same first and last name keys (int_addresses__match_keys: case, accents,
    punctuation, a middle name or initial on one side only and a suffix (JR, III) do not hide a
    match). A record is checked at its listed address and, for a re-routed mover, at the new
    one too. The prison file matches on the address alone (a facility), only when
    suppress_prison. -#}
with list_lines as (
    select
        source_line,
        listed_delivery_point_key,
        delivery_point_key
    from {{ ref('int_mail_list__cass_dpv') }}
),

match_keys as (
    select
        address_source,
        source_key,
        delivery_point_key,
        first_key,
        last_key
    from {{ ref('int_addresses__match_keys') }}
    where address_source in ('mail_list', 'suppress_dma', 'suppress_deceased', 'suppress_prison')
),

record_names as (
    select
        list_lines.source_line,
        list_lines.listed_delivery_point_key,
        list_lines.delivery_point_key,
        match_keys.first_key,
        match_keys.last_key
    from list_lines
    left join match_keys
        on
            match_keys.address_source = 'mail_list'
            and cast(list_lines.source_line as varchar) = match_keys.source_key
),

record_addresses as (
    select
        source_line,
        listed_delivery_point_key as delivery_point_key,
        first_key,
        last_key
    from record_names
    where listed_delivery_point_key is not null
    union
    select
        source_line,
        delivery_point_key,
        first_key,
        last_key
    from record_names
    where delivery_point_key is not null
),

suppression_entries as (
    select
        address_source,
        delivery_point_key,
        first_key,
        last_key
    from match_keys
    where address_source != 'mail_list' and delivery_point_key is not null
),

hits as (
    select
        record_addresses.source_line,
        bool_or(suppression_entries.address_source = 'suppress_dma') as is_on_dma,
        bool_or(suppression_entries.address_source = 'suppress_deceased') as is_deceased,
        bool_or(suppression_entries.address_source = 'suppress_prison') as is_prison_address
    from record_addresses
    inner join suppression_entries
        on record_addresses.delivery_point_key = suppression_entries.delivery_point_key
    where
        suppression_entries.address_source = 'suppress_prison'
        or (
            record_addresses.first_key = suppression_entries.first_key
            and record_addresses.last_key = suppression_entries.last_key
        )
    group by 1
),

final as (
    select
        list_lines.source_line,
        coalesce(hits.is_on_dma, false) as fails_suppress_dma,
        coalesce(hits.is_deceased, false) as fails_suppress_deceased,
        coalesce(hits.is_prison_address, false) and {{ get_drop_setting('suppress_prison') }} as fails_suppress_prison
    from list_lines
    left join hits
        on list_lines.source_line = hits.source_line
)

select * from final
