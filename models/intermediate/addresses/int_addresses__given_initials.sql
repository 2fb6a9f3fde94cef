{#- A one-letter given name read as a whole one: for each delivery point, surname and letter,
    the given name that starts with that letter when it is the only one (M NOVAK is MARTIN NOVAK
    when MARTIN is the only given name with an M for NOVAK at that delivery point, on any input
    of the drop; with MARY NOVAK there too, M stays M). Names as written (folded) are counted,
    so MIKE and MICHAEL are two names. -#}
with full_names as (
    select
        delivery_point_key,
        last_key,
        first_key
    from {{ ref('int_addresses__match_keys') }}
    where
        delivery_point_key is not null
        and last_key is not null
        and length(first_key) > 1
),

final as (
    select
        delivery_point_key,
        last_key,
        left(first_key, 1) as initial,
        min(first_key) as given_key
    from full_names
    group by delivery_point_key, last_key, left(first_key, 1)
    having count(distinct first_key) = 1
)

select * from final
