{#- The keys every name-and-address match joins on, one narrow row per address of every input
    (the list, both sides of each move, the suppression files, conversions, history), from the
    one address pass: the delivery point, the names folded for matching (accents to ASCII,
    letters only: case, punctuation, spacing, hyphens and accents never hide a match, so
    RUIZ-SOTO and RUIZ SOTO are one surname), the generational suffix, the middle initial and
    the firm name (firm_match_key), and the two given names of a couple keyed in one field. A
    matching rule adds a key column here, not a join pattern
    in the checklist models; the rules themselves are in match_people. -#}
with checked_addresses as {{ inline_cte() }} (
    select
        address_source,
        source_key,
        delivery_point_key,
        first_name,
        middle_name,
        last_name,
        name_suffix,
        company,
        joint_given_names
    from {{ ref('int_addresses__dpv_checked') }}
),

keys as (
    select
        address_source,
        source_key,
        delivery_point_key,
        {{ name_match_key('first_name') }} as first_key,
        {{ name_match_key('last_name') }} as last_key,
        name_suffix as suffix_key,
        left({{ name_match_key('middle_name') }}, 1) as middle_initial,
        {{ firm_match_key('company') }} as company_key,
        -- a couple in the given name's field (JOHN|JANE, split_joint_given_names): each one's key
        case
            when joint_given_names is not null
                then {{ name_match_key(list_item(split_text('joint_given_names', '|'), '1')) }}
        end as joint_first_key,
        case
            when joint_given_names is not null
                then {{ name_match_key(list_item(split_text('joint_given_names', '|'), '2')) }}
        end as joint_second_key
    from checked_addresses
),

final as (
    select
        address_source,
        source_key,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        joint_first_key,
        joint_second_key,
        first_key is null and last_key is null and company_key is not null as is_firm_only
    from keys
)

select * from final
