{#- USPS Publication 28 standardization of every address in int_addresses__unioned: the
    parsed components and the standardized delivery line. Word lists come from the pub28_*
    seeds (read as one-row maps); the rules are:
      - a line is a PO box (`PO BOX 12`), a rural route or highway contract box (`RR 2 BOX 15`,
        `HC 1 BOX 5`), a military box (`PSC 1234 BOX 5678`, also CMR and UNIT), or a street
        address that starts with a primary number (`123`, `123A`, `12-34`, `123 1/2`);
      - the secondary unit is the last unit designator (or `#`) in line 1 that follows at least
        one street word, with the word after it as the unit number; else line 2 when it starts
        with a designator or `#`. When line 1 has no primary number and line 2 has, they swap;
      - of the street words, the last is the post-directional when it is a directional and
        words remain before it; then the last is the suffix when it is a Pub 28 suffix and
        words remain before it; then the first is the pre-directional under the same
        condition. What is left is the street name, ordinal words as figures (FIRST -> 1ST),
        so a directional or suffix that is the whole name stays the name (`NORTH ST`, `PARK`). -#}
with addresses as (
    select * from {{ ref('int_addresses__unioned') }}
),

pub28 as (
    select
        {{ seed_map(ref('pub28_unit_designators')) }} as designators,
        {{ seed_map(ref('pub28_directionals')) }} as directionals,
        {{ seed_map(ref('pub28_ordinals')) }} as ordinals,
        {{ seed_map(ref('pub28_box_forms')) }} as box_forms,
        {{ seed_map(ref('pub28_box_forms'), 'form') }} as box_form_kinds
),

cleaned as (
    select
        addresses.*,
        {{ clean_address_text('address_line_1') }} as clean_line_1,
        {{ clean_address_text('address_line_2') }} as clean_line_2
    from addresses
),

-- line 1 is the delivery line unless it has no number and line 2 has one
oriented as (
    select
        *,
        coalesce(
            not regexp_matches(coalesce(clean_line_1, ''), '^[0-9]')
            and regexp_matches(coalesce(clean_line_2, ''), '^[0-9]'),
            false
        ) as is_lines_swapped
    from cleaned
),

tokenized as (
    select
        oriented.*,
        {{ address_tokens('case when is_lines_swapped then clean_line_2 else clean_line_1 end') }} as line_tokens,
        {{ address_tokens('case when is_lines_swapped then clean_line_1 else clean_line_2 end') }} as other_tokens
    from oriented
),

-- From here to `components`, each step reads one address row and the one-row `pub28`
-- lookup; the lookup's maps are named `pub28.x`, everything unqualified is the address's.
-- noqa: disable=RF02
-- box, route and military forms: the longest seed phrase the line starts with
box_phrases as (
    select
        tokenized.*,
        case
            when {{ lookup('pub28.box_forms', join_tokens('line_tokens', 1, 3)) }} is not null then 3
            when {{ lookup('pub28.box_forms', join_tokens('line_tokens', 1, 2)) }} is not null then 2
            when {{ lookup('pub28.box_forms', 'line_tokens[1]') }} is not null then 1
            else 0
        end as box_phrase_words
    from tokenized
    cross join pub28
),

box_forms as (
    select
        box_phrases.*,
        {{ lookup('pub28.box_forms', join_tokens('line_tokens', 1, 'box_phrase_words')) }} as box_standard,
        {{ lookup('pub28.box_form_kinds', join_tokens('line_tokens', 1, 'box_phrase_words')) }} as box_kind,
        line_tokens[box_phrase_words + 1:] as after_box_phrase
    from box_phrases
    cross join pub28
),

classified as (
    select
        *,
        case
            when box_kind = 'po_box' and len(after_box_phrase) = 1
                then 'po_box'
            when box_kind in ('rural_route', 'highway_contract') and len(after_box_phrase) = 3
                and {{ matches_whole_pattern('after_box_phrase[1]', '[0-9]+') }}
                and after_box_phrase[2] in ('BOX', 'BX')
                then box_kind
            when box_kind = 'military' and len(after_box_phrase) = 3
                and {{ matches_whole_pattern('after_box_phrase[1]', '[0-9]+') }}
                and after_box_phrase[2] in ('BOX', 'BX')
                then 'military'
            when
                {{ matches_whole_pattern(
                    "coalesce(line_tokens[1], '')", '[0-9]+[A-Z]?(-[0-9]+[A-Z]?)?|[0-9]+-?[A-Z]'
                ) }}
                and len(line_tokens) >= 2
                then 'street'
        end as address_kind
    from box_forms
),

street_words as (
    select
        *,
        case
            when address_kind = 'street' and {{ matches_whole_pattern("coalesce(line_tokens[2], '')", '[0-9]/[0-9]') }}
                then line_tokens[1] || ' ' || line_tokens[2]
            when address_kind = 'street' then line_tokens[1]
            when address_kind in ('po_box', 'rural_route', 'highway_contract', 'military') then after_box_phrase[-1]
        end as primary_number,
        case
            when address_kind = 'street' and {{ matches_whole_pattern("coalesce(line_tokens[2], '')", '[0-9]/[0-9]') }}
                then line_tokens[3:]
            when address_kind = 'street' then line_tokens[2:]
            else []
        end as after_primary
    from classified
),

unit_positions as (
    select
        street_words.*,
        list_filter(
            range(2, len(after_primary) + 1),
            lambda i: {{ lookup('pub28.designators', 'after_primary[i]') }} is not null
        )[-1] as unit_position
    from street_words
    cross join pub28
),

units as (
    select
        unit_positions.*,
        case
            when unit_position is not null then after_primary[1:unit_position - 1]
            else after_primary
        end as street_tokens,
        case
            when unit_position is not null
                then {{ lookup('pub28.designators', 'after_primary[unit_position]') }}
            when {{ lookup('pub28.designators', 'other_tokens[1]') }} is not null and address_kind is not null
                then {{ lookup('pub28.designators', 'other_tokens[1]') }}
        end as unit_designator,
        case
            when
                unit_position is not null
                then {{ join_tokens('after_primary', 'unit_position + 1', 'len(after_primary)') }}
            when {{ lookup('pub28.designators', 'other_tokens[1]') }} is not null and address_kind is not null
                then {{ join_tokens('other_tokens', 2, 'len(other_tokens)') }}
        end as unit_number
    from unit_positions
    cross join pub28
),

postdirectionals as (
    select
        units.*,
        case
            when len(street_tokens) >= 2 then {{ lookup('pub28.directionals', 'street_tokens[-1]') }}
        end as postdirectional
    from units
    cross join pub28
),

words_before_post as (
    select
        *,
        case when postdirectional is not null then street_tokens[1:-2] else street_tokens end as tokens_before_post
    from postdirectionals
),

suffixes as (
    select
        words_before_post.*,
        suffix_words.standard as street_suffix
    from words_before_post
    left join {{ ref('pub28_street_suffixes') }} as suffix_words
        on
            len(words_before_post.tokens_before_post) >= 2
            and words_before_post.tokens_before_post[-1] = suffix_words.variant
),

words_before_suffix as (
    select
        *,
        case
            when street_suffix is not null then tokens_before_post[1:-2] else tokens_before_post
        end as name_and_predirectional
    from suffixes
),

predirectionals as (
    select
        words_before_suffix.*,
        case
            when len(name_and_predirectional) >= 2
                then {{ lookup('pub28.directionals', 'name_and_predirectional[1]') }}
        end as predirectional
    from words_before_suffix
    cross join pub28
),

components as (
    select
        predirectionals.*,
        case
            when address_kind = 'street'
                then nullif(array_to_string(list_transform(
                        case
                            when predirectional is not null then name_and_predirectional[2:] else
                                name_and_predirectional
                        end,
                        lambda word: coalesce({{ lookup('pub28.ordinals', 'word') }}, word)
                    ), ' '), '')
            when address_kind = 'po_box' then 'PO BOX'
            when address_kind in ('rural_route', 'highway_contract', 'military')
                then box_standard || ' ' || after_box_phrase[1]
        end as street_name,
        {{ clean_address_text('city') }} as clean_city,
        {{ clean_address_text('state') }} as clean_state_text
    from predirectionals
    cross join pub28
),

-- noqa: enable=RF02
states as (
    select
        components.*,
        coalesce(state_names.standard, components.clean_state_text) as clean_state
    from components
    left join {{ ref('pub28_states') }} as state_names
        on components.clean_state_text = state_names.variant
),

final as (
    select
        address_source,
        source_key,
        {{ standardize_name('first_name') }} as first_name,
        {{ standardize_name('middle_name') }} as middle_name,
        case
            when {{ standardize_name_suffix(trailing_name_word(standardize_name('last_name'))) }} is not null
                then regexp_replace({{ standardize_name('last_name') }}, ' [A-Z0-9]+$', '')
            else {{ standardize_name('last_name') }}
        end as last_name,
        coalesce(
            {{ standardize_name_suffix('name_suffix') }},
            {{ standardize_name_suffix(trailing_name_word(standardize_name('last_name'))) }}
        ) as name_suffix,
        {{ standardize_name('company') }} as company,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        is_analyst_corrected,
        is_lines_swapped,
        coalesce(address_kind, 'unparsed') as address_kind,
        case when address_kind is not null and street_name is not null then primary_number end as primary_number,
        case when address_kind = 'street' then predirectional end as predirectional,
        street_name,
        case when address_kind = 'street' then street_suffix end as street_suffix,
        case when address_kind = 'street' then postdirectional end as postdirectional,
        unit_designator,
        case when unit_designator is not null then regexp_replace(coalesce(unit_number, ''), '^#', '') end
            as unit_number,
        case when address_kind = 'po_box' then primary_number end as po_box,
        clean_city as city_standardized,
        clean_state as state_standardized,
        {{ zip5_of('zip') }} as zip5_given,
        {{ zip4_of('zip') }} as zip4_given,
        {{ zip_zero_restored('zip') }} as is_zip_zero_restored,
        address_kind is null or street_name is null as is_unparseable,
        case
            when address_kind is not null and street_name is not null
                then {{ build_delivery_line(
                    'address_kind', 'primary_number', 'predirectional', 'street_name', 'street_suffix',
                    'postdirectional', 'unit_designator', "nullif(regexp_replace(coalesce(unit_number, ''), '^#', ''), '')"
                ) }}
        end as delivery_line
    from states
)

select * from final
