{#- External suppression on the spine. DMA Mail Preference Service and the deceased file match
    on name and address: the same delivery point (delivery_point_key, from the one address
    pass) and the same first and last name, folded for matching, so case, accents, punctuation,
    a middle name or initial on one side only and a suffix (JR, III) do not hide a match. A
    record is checked at its listed address and, for a re-routed mover, at the new one too.
    The prison file matches on the address alone (a facility), only when suppress_prison. -#}
with spine as {{ inline_cte() }} (
    select * from {{ ref('int_mail_list__cass_dpv') }}
),

record_addresses as (
    select
        source_line,
        listed_delivery_point_key as delivery_point_key,
        {{ name_match_key('first_name_standardized') }} as first_key,
        {{ name_match_key('last_name_standardized') }} as last_key
    from spine
    where listed_delivery_point_key is not null
    union
    select
        source_line,
        delivery_point_key,
        {{ name_match_key('first_name_standardized') }} as first_key,
        {{ name_match_key('last_name_standardized') }} as last_key
    from spine
    where delivery_point_key is not null
),

suppression_entries as (
    select
        address_source,
        delivery_point_key,
        {{ name_match_key('first_name') }} as first_key,
        {{ name_match_key('last_name') }} as last_key
    from {{ ref('int_addresses__dpv_checked') }}
    where
        address_source in ('suppress_dma', 'suppress_deceased', 'suppress_prison')
        and delivery_point_key is not null
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
        spine.*,
        coalesce(hits.is_on_dma, false) as fails_suppress_dma,
        coalesce(hits.is_deceased, false) as fails_suppress_deceased,
        coalesce(hits.is_prison_address, false) and {{ get_drop_setting('suppress_prison') }} as fails_suppress_prison
    from spine
    left join hits
        on spine.source_line = hits.source_line
)

-- the spine passes through (spine.*) and this step adds its flags; the columns are in yml
select * from final  -- noqa: AM04
