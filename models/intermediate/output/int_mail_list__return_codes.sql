{#- The codes that commercial CASS, DPV and NCOALink products return, for every line of the list
    (the address it is mailed to: its own, or a re-routed mover's new one):
      dpv_match_code   the DPV confirmation code, Y, S, D or N (NULL when the address was not
                       coded far enough to be looked up)
      dpv_footnotes    the USPS DPV/CASS footnotes our reference can tell, two letters each, in
                       this order: AA matched to the ZIP+4 file, A1 not matched; BB DPV
                       confirmed all components; CC secondary given but not found, not required;
                       C1 secondary given but not found, required (a building with no delivery
                       point of its own); N1 high-rise without the secondary it needs; M1 primary
                       number missing; M3 primary number not found; P1 PO Box, rural route or
                       highway contract box number missing; RR a CMRA with a private mailbox
                       number given, R1 a CMRA without one; F1 military; G1 general delivery;
                       U1 a unique ZIP (a ZIP of one organization, city_state zip_type UNIQUE)
      dpv_vacant, dpv_cmra, dpv_no_stat   Y or N for a confirmed point, NULL otherwise
      rdi              R residential or B business, from the delivery point file, for a
                       confirmed point
      ncoa_return_code NCOALink's: A a match with a new address, 00 no match, 01 foreign move,
                       02 moved left no address, 03 PO box closed, no order
      ncoa_move_type   I, F or B of the matched move; ncoa_move_effective_date its month's
                       first day. -#}
with lines as (
    select
        source_line,
        ncoa_rerouted,
        ncoa_coa_id,
        ncoa_move_type,
        ncoa_return_code
    from {{ ref('int_mail_list__cass_dpv') }}
),

addresses as (
    select
        address_source,
        source_key,
        address_kind,
        primary_number,
        unit_number,
        po_box,
        zip5,
        zip4,
        dpv_code,
        is_vacant,
        is_cmra,
        is_no_stat,
        is_residential,
        is_secondary_required
    from {{ ref('int_addresses__dpv_checked') }}
    where address_source in ('mail_list', 'coa_new')
),

-- the type of each ZIP, from its first row of the City State file (a ZIP may be listed on several)
zip_types as (
    select
        zip5,
        {{ value_at_min('zip_type', ['source_row']) }} as zip_type
    from {{ ref('stg_drop__city_state') }}
    group by 1
),

moves as (
    select
        coa_id,
        {{ move_month_index('move_effective_month') }} as move_month
    from {{ ref('stg_drop__coa_moves') }}
),

mailed_to as (
    select
        lines.source_line,
        lines.ncoa_coa_id,
        lines.ncoa_move_type,
        lines.ncoa_return_code,
        addresses.address_kind,
        addresses.primary_number,
        addresses.unit_number,
        addresses.po_box,
        addresses.zip4,
        addresses.dpv_code,
        addresses.is_vacant,
        addresses.is_cmra,
        addresses.is_no_stat,
        addresses.is_residential,
        addresses.is_secondary_required,
        zip_types.zip_type
    from lines
    left join addresses
        on
            addresses.address_source = case when lines.ncoa_rerouted then 'coa_new' else 'mail_list' end
            and addresses.source_key
            = case when lines.ncoa_rerouted then lines.ncoa_coa_id else cast(lines.source_line as string) end
    left join zip_types
        on addresses.zip5 = zip_types.zip5
),

final as (
    select
        mailed_to.source_line,
        mailed_to.dpv_code as dpv_match_code,
        nullif(concat(
            case when mailed_to.zip4 is not null then 'AA' else 'A1' end,
            case mailed_to.dpv_code
                when 'Y' then 'BB'
                when 'S' then case when mailed_to.is_secondary_required then 'C1' else 'CC' end
                when 'D' then 'N1'
                else ''
            end,
            case
                when mailed_to.address_kind in ('street', 'unparsed') and mailed_to.primary_number is null then 'M1'
                when mailed_to.dpv_code = 'N' and mailed_to.address_kind = 'street' then 'M3'
                else ''
            end,
            case
                when mailed_to.address_kind in ('po_box', 'rural_route', 'highway_contract')
                    and mailed_to.po_box is null and mailed_to.primary_number is null then 'P1'
                else ''
            end,
            case
                when mailed_to.is_cmra and mailed_to.unit_number is not null then 'RR'
                when mailed_to.is_cmra then 'R1'
                else ''
            end,
            case when mailed_to.address_kind = 'military' or mailed_to.zip_type = 'MILITARY' then 'F1' else '' end,
            case when mailed_to.address_kind = 'general_delivery' then 'G1' else '' end,
            case when mailed_to.zip_type = 'UNIQUE' then 'U1' else '' end
        ), '') as dpv_footnotes,
        case when mailed_to.dpv_code = 'Y' then case when mailed_to.is_vacant then 'Y' else 'N' end end as dpv_vacant,
        case when mailed_to.dpv_code = 'Y' then case when mailed_to.is_cmra then 'Y' else 'N' end end as dpv_cmra,
        case when mailed_to.dpv_code = 'Y' then case when mailed_to.is_no_stat then 'Y' else 'N' end end as dpv_no_stat,
        case
            when mailed_to.is_residential then 'R'
            when not mailed_to.is_residential then 'B'
        end as rdi,
        mailed_to.ncoa_return_code,
        mailed_to.ncoa_move_type,
        make_date(
            cast(floor(moves.move_month / 12) as integer), cast(moves.move_month % 12 + 1 as integer), 1
        ) as ncoa_move_effective_date
    from mailed_to
    left join moves
        on mailed_to.ncoa_coa_id = moves.coa_id
)

select * from final
