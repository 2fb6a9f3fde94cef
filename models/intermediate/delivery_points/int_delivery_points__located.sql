{#- Every row of delivery_points on its street. delivery_points carries no street name: a
    point belongs to the street of the ZIP+4 segment its ZIP+4 is in. A point listed twice is
    seen twice here; the models that read this count it once. A view: it is read by
    int_delivery_points__houses (every point) and int_delivery_points__units (the unit points),
    each of which groups it its own way. -#}
with segment_streets as (
    select distinct
        zip5,
        zip4,
        {{ build_street_key('predirectional', 'street_name', 'suffix', 'postdirectional') }} as street_key
    from {{ ref('stg_drop__zip4_ranges') }}
),

final as (
    select
        delivery_points.zip5,
        segment_streets.street_key,
        {{ primary_number_match_key('delivery_points.primary_number') }} as primary_number,
        nullif(delivery_points.secondary_number, '') as secondary_number,
        nullif(delivery_points.secondary_designator, '') as secondary_designator,
        delivery_points.zip4,
        delivery_points.delivery_point,
        delivery_points.is_vacant,
        delivery_points.is_cmra,
        delivery_points.is_no_stat,
        delivery_points.is_residential
    from {{ ref('stg_drop__delivery_points') }} as delivery_points
    inner join segment_streets
        on
            delivery_points.zip5 = segment_streets.zip5
            and delivery_points.zip4 = segment_streets.zip4
)

select * from final
