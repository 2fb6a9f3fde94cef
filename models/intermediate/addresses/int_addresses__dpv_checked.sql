{#- DPV for every CASS-coded address: is the delivery point in delivery_points?
      Y  the primary number exists on the street, and the unit too when one was given
         (or the primary is itself a delivery point when none was given);
      S  the primary exists, a unit was given, that unit does not exist there;
      D  the primary exists only as units (a high-rise) and no unit was given;
      N  no delivery point at that primary number on that street in that ZIP.
    House numbers are compared by primary_number_match_key: a list's `52-A` is the file's 52A,
    and a list's 58B the file's 58-B (printed as the list wrote it).
    The houses and their points come from int_delivery_points__houses and
    int_delivery_points__located (a point belongs to the street of its ZIP+4 segment). The
    delivery point code is the matched point's (Y), else the USPS default: the last two digits
    of the primary (or box) number. Vacant, CMRA and no-stat come from the matched point. A
    failure carries a suggested correction: the nearest existing house of the same parity on
    the street, the lower number on a tie (N); the units that exist there (S, D).
    Memory: every lookup joins only the narrow keys of each address, and the answer joins back
    to the wide address once, so no join holds the whole address table in memory.
    The parsed components stay in int_addresses__cass_coded (the address as written, in
    int_addresses__unioned): this table carries what later steps read (names, the coded
    address, the DPV answer), so that the widest table of the address pass is written once. -#}
with coded as {{ inline_cte() }} (
    select * from {{ ref('int_addresses__cass_coded') }}
),

houses as {{ inline_cte() }} (
    select * from {{ ref('int_delivery_points__houses') }}
),

-- the lookup keys of each coded address, and nothing else
coded_keys as {{ inline_cte() }} (
    select
        address_source,
        source_key,
        zip5,
        {{ build_street_key('predirectional', 'street_name', 'street_suffix', 'postdirectional') }} as street_key,
        {{ primary_number_match_key('primary_number') }} as primary_number,
        primary_value,
        unit_number,
        {{ unit_match_key('unit_number') }} as unit_key
    from coded
    where zip4 is not null
),

unit_points as {{ inline_cte() }} (
    select * from {{ ref('int_delivery_points__units') }}
),

-- the coded addresses whose house is not on file (a small share): kept, so that looking for
-- the nearest house joins only these to their streets
unconfirmed as {{ materialize_cte() }} (
    select
        coded.address_source,
        coded.source_key,
        coded.zip5,
        coded.street_key,
        coded.primary_value
    from coded_keys as coded
    where
        not exists (
            select 1 from houses
            where
                houses.zip5 = coded.zip5
                and houses.street_key = coded.street_key
                and houses.primary_number = coded.primary_number
        )
),

-- the nearest house of the same parity on the street; on a tie the lower number, so that a
-- rerun suggests the same house
nearest_houses as (
    select
        unconfirmed.address_source,
        unconfirmed.source_key,
        {{ value_at_min('houses.primary_number', [
            'abs(houses.primary_value - unconfirmed.primary_value)', 'houses.primary_value', 'houses.primary_number'
        ]) }} as nearest_primary
    from unconfirmed
    inner join houses
        on
            unconfirmed.zip5 = houses.zip5
            and unconfirmed.street_key = houses.street_key
            and houses.primary_value % 2 = unconfirmed.primary_value % 2
    group by 1, 2
),

-- the DPV answer for each coded address: the code, the point it matched (its ZIP+4, code
-- and flags), and what a suggested correction needs
dpv_matches as (
    select
        coded.address_source,
        coded.source_key,
        case
            when houses.primary_number is null then 'N'
            when coded.unit_number is not null and unit_point.delivery_point is not null then 'Y'
            when coded.unit_number is not null and houses.has_own_point and not houses.has_units then 'Y'
            when coded.unit_number is not null then 'S'
            when houses.has_own_point then 'Y'
            else 'D'
        end as dpv_code,
        coalesce(unit_point.zip4, houses.own_zip4) as matched_zip4,
        coalesce(unit_point.delivery_point, houses.own_delivery_point) as matched_delivery_point,
        coalesce(unit_point.is_vacant, houses.own_is_vacant) as point_is_vacant,
        coalesce(unit_point.is_cmra, houses.own_is_cmra) as point_is_cmra,
        coalesce(unit_point.is_no_stat, houses.own_is_no_stat) as point_is_no_stat,
        coalesce(unit_point.is_residential, houses.own_is_residential) as point_is_residential,
        -- a building with units and no delivery point of its own needs a unit to be delivered
        case when houses.primary_number is not null then not houses.has_own_point end as is_secondary_required,
        houses.unit_designator as building_unit_designator,
        houses.lowest_unit,
        houses.highest_unit,
        nearest_houses.nearest_primary
    from coded_keys as coded
    left join houses
        on
            coded.zip5 = houses.zip5
            and coded.street_key = houses.street_key
            and coded.primary_number = houses.primary_number
    left join unit_points as unit_point
        on
            coded.zip5 = unit_point.zip5
            and coded.street_key = unit_point.street_key
            and coded.primary_number = unit_point.primary_number
            and coded.unit_key = unit_point.secondary_key
    left join nearest_houses
        on
            coded.address_source = nearest_houses.address_source
            and coded.source_key = nearest_houses.source_key
),

coded_dpv as (
    select
        coded.*,
        dpv_matches.dpv_code,
        dpv_matches.matched_zip4,
        dpv_matches.matched_delivery_point,
        dpv_matches.point_is_vacant,
        dpv_matches.point_is_cmra,
        dpv_matches.point_is_no_stat,
        dpv_matches.point_is_residential,
        dpv_matches.is_secondary_required,
        dpv_matches.building_unit_designator,
        dpv_matches.lowest_unit,
        dpv_matches.highest_unit,
        dpv_matches.nearest_primary
    from coded
    left join dpv_matches
        on
            coded.address_source = dpv_matches.address_source
            and coded.source_key = dpv_matches.source_key
),

final as (
    select
        address_source,
        source_key,
        first_name,
        middle_name,
        last_name,
        name_suffix,
        company,
        joint_given_names,
        is_analyst_corrected,
        address_kind,
        primary_number,
        unit_number,
        po_box,
        city_standardized,
        state_standardized,
        zip5,
        carrier_route,
        is_zip_corrected,
        is_street_corrected,
        is_unparseable,
        is_zip_invalid,
        is_not_coded,
        is_multiple_response,
        delivery_line,
        dpv_code,
        case
            when dpv_code = 'Y' then coalesce(matched_zip4, zip4)
            else zip4
        end as zip4,
        case
            when dpv_code = 'Y' then matched_delivery_point
            when zip4 is not null then lpad(cast(primary_value % 100 as string), 2, '0')
        end as delivery_point,
        case
            when dpv_code = 'Y' then zip5 || coalesce(matched_zip4, zip4) || matched_delivery_point
            when zip5 is not null and delivery_line is not null then zip5 || '|' || delivery_line
        end as delivery_point_key,
        coalesce(dpv_code = 'Y' and point_is_vacant, false) as is_vacant,
        coalesce(dpv_code = 'Y' and point_is_cmra, false) as is_cmra,
        coalesce(dpv_code = 'Y' and point_is_no_stat, false) as is_no_stat,
        case when dpv_code = 'Y' then point_is_residential end as is_residential,
        is_secondary_required,
        case
            when is_multiple_response then multiple_response_note
            when dpv_code = 'N' and nearest_primary is not null
                then 'no delivery point at ' || primary_number || '; nearest on the street: '
                    || concat_ws(' ', nearest_primary, predirectional, street_name, street_suffix, postdirectional)
            when dpv_code = 'N' then 'no delivery point at ' || primary_number || ' on this street'
            when dpv_code = 'D'
                then 'unit required: add ' || coalesce(building_unit_designator, 'APT') || ' '
                    || lowest_unit || '-' || highest_unit
            when dpv_code = 'S'
                then 'unit ' || unit_number || ' not found: units here are '
                    || coalesce(building_unit_designator, 'APT') || ' ' || lowest_unit || '-' || highest_unit
        end as suggested_correction
    from coded_dpv
)

select * from final
