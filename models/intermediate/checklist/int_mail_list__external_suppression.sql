{#- External suppression: one row per line of the list with its three flags and how each name
    match was made. DMA Mail Preference Service and the deceased file match a person on name and
    address (match_people): the same delivery point, the same surname key and a shared given-name
    form (as written, a nickname: BILL for WILLIAM, or an initial that can only be one name
    there), with suffixes that do not differ (a deceased SR never suppresses his son the JR), or
    the given name and the surname written in each other's fields (SWAPPED: TORRES JOSHUA for
    JOSHUA TORRES; for these two files only, where a miss mails a person who asked not to be
    mailed, or who has died, and the two names must both agree, the other way round), or a couple
    keyed in one given-name field with either person on the file, or a couple on the file with
    either person on the list (JOINT: `John & Jane` SMITH and JANE SMITH, split_joint_given_names). A
    record is checked at its listed address and, for a re-routed mover, at the new one too. The
    prison file matches on the address alone (a facility), only when suppress_prison. -#}
with list_lines as (
    select
        source_line,
        listed_delivery_point_key,
        delivery_point_key
    from {{ ref('int_mail_list__cass_dpv') }}
),

match_keys as {{ inline_cte() }} (
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
        is_firm_only
    from {{ ref('int_addresses__match_keys') }}
    where address_source in ('mail_list', 'suppress_dma', 'suppress_deceased', 'suppress_prison')
),

-- each line at its listed delivery point and, for a re-routed mover, at the new one too (one row
-- per line, so `union all` where the keys differ is the union without deduplicating every line)
line_points as (
    select
        source_line,
        listed_delivery_point_key as delivery_point_key
    from list_lines
    where listed_delivery_point_key is not null
    union all
    select
        source_line,
        delivery_point_key
    from list_lines
    where delivery_point_key is not null and delivery_point_key is distinct from listed_delivery_point_key
),

-- the delivery points the three files name: every match below is at one delivery point, so only
-- the lines at one of these are compared and their names looked up (470,040 of the generated 10M
-- drop's lines: this model's query, run alone, took 2.1 s instead of 5.3 s)
suppressed_points as (
    select distinct delivery_point_key
    from match_keys
    where
        address_source in ('suppress_dma', 'suppress_deceased', 'suppress_prison')
        and delivery_point_key is not null
),

record_addresses as (
    select
        line_points.source_line as match_id,
        line_points.delivery_point_key,
        match_keys.first_key,
        match_keys.last_key,
        match_keys.suffix_key,
        match_keys.middle_initial,
        match_keys.company_key,
        match_keys.joint_first_key,
        match_keys.joint_second_key,
        match_keys.is_firm_only
    from line_points
    inner join suppressed_points
        on line_points.delivery_point_key = suppressed_points.delivery_point_key
    left join match_keys
        on
            match_keys.address_source = 'mail_list'
            and cast(line_points.source_line as string) = match_keys.source_key
),

dma_entries as (
    select
        source_key as match_id,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        joint_first_key,
        joint_second_key,
        is_firm_only
    from match_keys
    where address_source = 'suppress_dma' and delivery_point_key is not null
),

deceased_entries as (
    select
        source_key as match_id,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        joint_first_key,
        joint_second_key,
        is_firm_only
    from match_keys
    where address_source = 'suppress_deceased' and delivery_point_key is not null
),

dma_matches as (
    {{ match_people('record_addresses', 'dma_entries') }}
),

deceased_matches as (
    {{ match_people('record_addresses', 'deceased_entries') }}
),

-- a name keyed into each other's fields (SWAPPED, rank 5): the given name of one is the surname of
-- the other and the other way round, both as written (folded), at one delivery point; the entries
-- of both files in one join, so the list is read once for it
suppression_entries as (
    select
        'dma' as file_name,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        joint_first_key,
        joint_second_key
    from dma_entries
    union all
    select
        'deceased' as file_name,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        joint_first_key,
        joint_second_key
    from deceased_entries
),

swapped_matches as (
    select
        entries.file_name,
        record_addresses.match_id as source_line
    from record_addresses
    inner join suppression_entries as entries
        on
            record_addresses.delivery_point_key = entries.delivery_point_key
            and record_addresses.first_key = entries.last_key
            and record_addresses.last_key = entries.first_key
    where
        record_addresses.first_key <> record_addresses.last_key
        and (
            record_addresses.suffix_key is null
            or entries.suffix_key is null
            or record_addresses.suffix_key = entries.suffix_key
        )
),

-- a couple keyed in one given-name field (JOINT, rank 6: `John & Jane` SMITH): the record matches
-- an entry for either person, and a couple's entry matches either person's record, each given
-- name as written (folded) with the surname, at one delivery point; couples are few, so each
-- person of one is a row of their own
{%- set suffixes_agree -%}
    (people.suffix_key is null or entries.suffix_key is null or people.suffix_key = entries.suffix_key)
{%- endset %}
record_couples as (
    select
        match_id,
        delivery_point_key,
        joint_first_key as given_key,
        last_key,
        suffix_key
    from record_addresses
    where joint_first_key is not null
    union all
    select
        match_id,
        delivery_point_key,
        joint_second_key as given_key,
        last_key,
        suffix_key
    from record_addresses
    where joint_second_key is not null
),

entry_couples as (
    select
        file_name,
        delivery_point_key,
        joint_first_key as given_key,
        last_key,
        suffix_key
    from suppression_entries
    where joint_first_key is not null
    union all
    select
        file_name,
        delivery_point_key,
        joint_second_key as given_key,
        last_key,
        suffix_key
    from suppression_entries
    where joint_second_key is not null
),

entry_people as (
    select
        file_name,
        delivery_point_key,
        first_key as given_key,
        last_key,
        suffix_key
    from suppression_entries
    where first_key is not null
    union all
    select
        file_name,
        delivery_point_key,
        given_key,
        last_key,
        suffix_key
    from entry_couples
),

joint_matches as (
    select
        entries.file_name,
        people.match_id as source_line
    from record_couples as people
    inner join entry_people as entries
        on
            people.delivery_point_key = entries.delivery_point_key
            and people.last_key = entries.last_key
            and people.given_key = entries.given_key
    where {{ suffixes_agree }}
    union all
    select
        entries.file_name,
        people.match_id as source_line
    from record_addresses as people
    inner join entry_couples as entries
        on
            people.delivery_point_key = entries.delivery_point_key
            and people.last_key = entries.last_key
            and people.first_key = entries.given_key
    where {{ suffixes_agree }}
),

dma_hits as (
    select
        source_line,
        {{ match_kind_of('min(match_rank)') }} as match_kind
    from (
        select
            left_id as source_line,
            match_rank
        from dma_matches
        union all
        select
            source_line,
            5 as match_rank
        from swapped_matches
        where file_name = 'dma'
        union all
        select
            source_line,
            6 as match_rank
        from joint_matches
        where file_name = 'dma'
    ) as dma_pairs
    group by 1
),

deceased_hits as (
    select
        source_line,
        {{ match_kind_of('min(match_rank)') }} as match_kind
    from (
        select
            left_id as source_line,
            match_rank
        from deceased_matches
        union all
        select
            source_line,
            5 as match_rank
        from swapped_matches
        where file_name = 'deceased'
        union all
        select
            source_line,
            6 as match_rank
        from joint_matches
        where file_name = 'deceased'
    ) as deceased_pairs
    group by 1
),

prison_hits as (
    select distinct record_addresses.match_id as source_line
    from record_addresses
    inner join match_keys as prisons
        on
            record_addresses.delivery_point_key = prisons.delivery_point_key
            and prisons.address_source = 'suppress_prison'
),

final as (
    select
        list_lines.source_line,
        dma_hits.source_line is not null as fails_suppress_dma,
        deceased_hits.source_line is not null as fails_suppress_deceased,
        prison_hits.source_line is not null and {{ get_drop_setting('suppress_prison') }} as fails_suppress_prison,
        dma_hits.match_kind as dma_match_kind,
        deceased_hits.match_kind as deceased_match_kind
    from list_lines
    left join dma_hits
        on list_lines.source_line = dma_hits.source_line
    left join deceased_hits
        on list_lines.source_line = deceased_hits.source_line
    left join prison_hits
        on list_lines.source_line = prison_hits.source_line
)

select * from final
