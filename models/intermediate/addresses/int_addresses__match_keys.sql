{#- The keys every name-and-address match joins on, one narrow row per address of every input
    (the list, both sides of each move, the suppression files, conversions, history), from the
    one address pass: the delivery point and the names folded for matching (accents to ASCII,
    letters only: case, punctuation, spacing and accents never hide a match). A matching rule
    adds a key column here, not a join pattern in the checklist models. -#}
with checked_addresses as {{ inline_cte() }} (
    select
        address_source,
        source_key,
        delivery_point_key,
        first_name,
        last_name,
        company
    from {{ ref('int_addresses__dpv_checked') }}
),

final as (
    select
        address_source,
        source_key,
        delivery_point_key,
        {{ name_match_key('first_name') }} as first_key,
        {{ name_match_key('last_name') }} as last_key,
        {{ name_match_key('company') }} as company_key
    from checked_addresses
)

select * from final
