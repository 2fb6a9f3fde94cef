{#- One row per unit delivery point: a unit (secondary number) of a house on a street of a
    ZIP, with its ZIP+4, delivery point code and flags, and the key DPV looks it up by
    (secondary_key, unit_match_key: 4-B and 4B are one unit). A point listed twice is one row. A
    small share of delivery_points, kept as a table so that DPV's unit lookup is planned on
    its true size. -#}
with located_points as (
    select
        zip5,
        street_key,
        primary_number,
        secondary_number,
        zip4,
        delivery_point,
        is_vacant,
        is_cmra,
        is_no_stat,
        is_residential
    from {{ ref('int_delivery_points__located') }}
    where secondary_number is not null
),

final as (
    select
        zip5,
        street_key,
        primary_number,
        {{ unit_match_key('secondary_number') }} as secondary_key,
        min(secondary_number) as secondary_number,
        min(zip4) as zip4,
        min(delivery_point) as delivery_point,
        bool_or(is_vacant) as is_vacant,
        bool_or(is_cmra) as is_cmra,
        bool_or(is_no_stat) as is_no_stat,
        bool_or(is_residential) as is_residential
    from located_points
    group by 1, 2, 3, 4
)

select * from final
