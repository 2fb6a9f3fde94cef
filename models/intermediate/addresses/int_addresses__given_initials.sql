{#- A one-letter given name read as a whole one: for each delivery point, surname and letter
    where some input gives only the letter, the given name that starts with that letter when it
    is the only one (M NOVAK is MARTIN NOVAK when MARTIN is the only given name with an M for
    NOVAK at that delivery point, on any input of the drop; with MARY NOVAK there too, M stays
    M). Names as written (folded) are counted, so MIKE and MICHAEL are two names. Only the few
    places where an initial appears are looked at, so the list is read once, narrowly. -#}
with match_keys as (
    select
        delivery_point_key,
        last_key,
        first_key
    from {{ ref('int_addresses__match_keys') }}
    where delivery_point_key is not null and last_key is not null and first_key is not null
),

initials as (
    select distinct
        delivery_point_key,
        last_key,
        first_key as initial
    from match_keys
    where length(first_key) = 1
),

full_names as (
    select
        initials.delivery_point_key,
        initials.last_key,
        initials.initial,
        match_keys.first_key
    from initials
    inner join match_keys
        on
            initials.delivery_point_key = match_keys.delivery_point_key
            and initials.last_key = match_keys.last_key
            and initials.initial = left(match_keys.first_key, 1)
    where length(match_keys.first_key) > 1
),

final as (
    select
        delivery_point_key,
        last_key,
        initial,
        min(first_key) as given_key
    from full_names
    group by 1, 2, 3
    having min(first_key) = max(first_key)
)

select * from final
