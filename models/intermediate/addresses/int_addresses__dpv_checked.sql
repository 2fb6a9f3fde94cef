{#- DPV for every CASS-coded address: is the delivery point in delivery_points?
      Y  the primary number exists on the street, and the unit too when one was given
         (or the primary is itself a delivery point when none was given);
      S  the primary exists, a unit was given, that unit does not exist there;
      D  the primary exists only as units (a high-rise) and no unit was given;
      N  no delivery point at that primary number on that street in that ZIP.
    delivery_points carries no street name: a point belongs to the street of the ZIP+4
    segment its ZIP+4 belongs to. The delivery point code is the matched point's (Y), else
    the USPS default: the last two digits of the primary (or box) number. Vacant, CMRA and
    no-stat come from the matched point. A failure carries a suggested correction: the
    nearest existing primary number on the street (N), the units that exist there (S, D). -#}
with coded as {{ inline_cte() }} (
    select * from {{ ref('int_addresses__cass_coded') }}
),

-- a street is its whole name: two streets of a ZIP may share a name (MAIN ST, N MAIN ST)
segment_streets as (
    select distinct
        zip5,
        zip4,
        concat_ws('|', coalesce(predirectional, ''), street_name, coalesce(suffix, ''), coalesce(postdirectional, ''))
            as street_key
    from {{ ref('stg_drop__zip4_ranges') }}
),

coded_streets as (
    select
        *,
        concat_ws(
            '|', coalesce(predirectional, ''), street_name, coalesce(street_suffix, ''), coalesce(postdirectional, '')
        )
            as street_key
    from coded
),

points as (
    -- one row per delivery point, even if the reference file lists one twice
    select
        delivery_points.zip5,
        segment_streets.street_key,
        delivery_points.primary_number,
        nullif(delivery_points.secondary_number, '') as secondary_number,
        min(delivery_points.zip4) as zip4,
        min({{ primary_number_value('delivery_points.primary_number') }}) as primary_value,
        min(nullif(delivery_points.secondary_designator, '')) as secondary_designator,
        min(delivery_points.delivery_point) as delivery_point,
        bool_or(delivery_points.is_vacant) as is_vacant,
        bool_or(delivery_points.is_cmra) as is_cmra,
        bool_or(delivery_points.is_no_stat) as is_no_stat,
        bool_or(delivery_points.is_residential) as is_residential
    from {{ ref('stg_drop__delivery_points') }} as delivery_points
    inner join segment_streets
        on
            delivery_points.zip5 = segment_streets.zip5
            and delivery_points.zip4 = segment_streets.zip4
    group by 1, 2, 3, 4
),

primaries as (
    select
        zip5,
        street_key,
        primary_number,
        count(*) filter (where secondary_number is null) as plain_points,
        count(*) filter (where secondary_number is not null) as unit_points,
        min(secondary_designator) as unit_designator,
        min(try_cast(secondary_number as bigint)) as lowest_unit,
        max(try_cast(secondary_number as bigint)) as highest_unit,
        -- the house itself (the point without a unit): at most one per primary number, so
        -- its fields come out of this grouping instead of a join of its own
        min(delivery_point) filter (where secondary_number is null) as plain_delivery_point,
        min(zip4) filter (where secondary_number is null) as plain_zip4,
        bool_or(is_vacant) filter (where secondary_number is null) as plain_is_vacant,
        bool_or(is_cmra) filter (where secondary_number is null) as plain_is_cmra,
        bool_or(is_no_stat) filter (where secondary_number is null) as plain_is_no_stat,
        bool_or(is_residential) filter (where secondary_number is null) as plain_is_residential
    from points
    group by 1, 2, 3
),

matched as (
    select
        coded.address_source,
        coded.source_key,
        coded.zip5,
        coded.street_key,
        coded.primary_value,
        primaries.primary_number is not null as is_primary_confirmed,
        primaries.plain_points,
        primaries.unit_points,
        primaries.unit_designator as building_unit_designator,
        primaries.lowest_unit,
        primaries.highest_unit,
        unit_point.delivery_point as unit_delivery_point,
        unit_point.zip4 as unit_zip4,
        primaries.plain_delivery_point,
        primaries.plain_zip4,
        coalesce(unit_point.is_vacant, primaries.plain_is_vacant) as point_is_vacant,
        coalesce(unit_point.is_cmra, primaries.plain_is_cmra) as point_is_cmra,
        coalesce(unit_point.is_no_stat, primaries.plain_is_no_stat) as point_is_no_stat,
        coalesce(unit_point.is_residential, primaries.plain_is_residential) as point_is_residential
    from coded_streets as coded
    left join primaries
        on
            coded.zip5 = primaries.zip5
            and coded.street_key = primaries.street_key
            and coded.primary_number = primaries.primary_number
    left join points as unit_point
        on
            coded.zip5 = unit_point.zip5
            and coded.street_key = unit_point.street_key
            and coded.primary_number = unit_point.primary_number
            and coded.unit_number = unit_point.secondary_number
    where coded.zip4 is not null
),

-- only the addresses whose house was not found look for the nearest one on their street
nearest_primaries as (
    select
        matched.address_source,
        matched.source_key,
        arg_min(points.primary_number, abs(points.primary_value - matched.primary_value)) as nearest_primary
    from matched
    inner join points
        on
            matched.zip5 = points.zip5
            and matched.street_key = points.street_key
            and points.primary_value % 2 = matched.primary_value % 2
    where not matched.is_primary_confirmed
    group by 1, 2
),

coded_dpv as (
    select
        coded.*,
        case
            when coded.zip4 is null then null
            when not matched.is_primary_confirmed then 'N'
            when coded.unit_number is not null and matched.unit_delivery_point is not null then 'Y'
            when coded.unit_number is not null and matched.plain_points > 0 and matched.unit_points = 0 then 'Y'
            when coded.unit_number is not null then 'S'
            when matched.plain_points > 0 then 'Y'
            else 'D'
        end as dpv_code,
        matched.unit_delivery_point,
        matched.unit_zip4,
        matched.plain_delivery_point,
        matched.plain_zip4,
        matched.building_unit_designator,
        matched.lowest_unit,
        matched.highest_unit,
        matched.point_is_vacant,
        matched.point_is_cmra,
        matched.point_is_no_stat,
        matched.point_is_residential,
        nearest_primaries.nearest_primary
    from coded
    left join matched
        on
            coded.address_source = matched.address_source
            and coded.source_key = matched.source_key
    left join nearest_primaries
        on
            coded.address_source = nearest_primaries.address_source
            and coded.source_key = nearest_primaries.source_key
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
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        is_analyst_corrected,
        address_kind,
        primary_number,
        primary_value,
        predirectional,
        street_name,
        street_suffix,
        postdirectional,
        unit_designator,
        unit_number,
        po_box,
        city_standardized,
        state_standardized,
        zip5_given,
        zip4_given,
        zip5,
        carrier_route,
        record_type,
        is_zip_corrected,
        is_street_corrected,
        is_unparseable,
        is_zip_invalid,
        is_not_coded,
        delivery_line,
        dpv_code,
        case
            when dpv_code = 'Y' and unit_delivery_point is not null then unit_zip4
            when dpv_code = 'Y' then coalesce(plain_zip4, zip4)
            else zip4
        end as zip4,
        case
            when dpv_code = 'Y' then coalesce(unit_delivery_point, plain_delivery_point)
            when zip4 is not null then lpad(cast(primary_value % 100 as varchar), 2, '0')
        end as delivery_point,
        case
            when dpv_code = 'Y'
                then zip5 || coalesce(unit_zip4, plain_zip4, zip4)
                    || coalesce(unit_delivery_point, plain_delivery_point)
            when zip5 is not null and delivery_line is not null then zip5 || '|' || delivery_line
        end as delivery_point_key,
        coalesce(dpv_code = 'Y' and point_is_vacant, false) as is_vacant,
        coalesce(dpv_code = 'Y' and point_is_cmra, false) as is_cmra,
        coalesce(dpv_code = 'Y' and point_is_no_stat, false) as is_no_stat,
        case when dpv_code = 'Y' then point_is_residential end as is_residential,
        case
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
