{#- One row per house: a primary number on a street of a ZIP, with what DPV asks of it. Is
    the house a delivery point of its own (a point without a unit)? Which units exist there?
    The house's own point, at most one per primary number, with its flags. A table built
    once per drop: DPV reads it twice (the match, and the nearest house for a miss), and as a
    table the engine knows its size when it plans those joins. -#}
with located_points as (
    select
        zip5,
        street_key,
        primary_number,
        secondary_number,
        secondary_designator,
        zip4,
        delivery_point,
        is_vacant,
        is_cmra,
        is_no_stat,
        is_residential
    from {{ ref('int_delivery_points__located') }}
),

final as (
    select
        zip5,
        street_key,
        primary_number,
        min({{ primary_number_value('primary_number') }}) as primary_value,
        bool_or(secondary_number is null) as has_own_point,
        bool_or(secondary_number is not null) as has_units,
        min(secondary_designator) as unit_designator,
        min(try_cast(secondary_number as bigint)) as lowest_unit,
        max(try_cast(secondary_number as bigint)) as highest_unit,
        min(delivery_point) filter (where secondary_number is null) as own_delivery_point,
        min(zip4) filter (where secondary_number is null) as own_zip4,
        bool_or(is_vacant) filter (where secondary_number is null) as own_is_vacant,
        bool_or(is_cmra) filter (where secondary_number is null) as own_is_cmra,
        bool_or(is_no_stat) filter (where secondary_number is null) as own_is_no_stat,
        bool_or(is_residential) filter (where secondary_number is null) as own_is_residential
    from located_points
    group by 1, 2, 3
)

select * from final
