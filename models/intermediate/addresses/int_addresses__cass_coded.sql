{#- CASS coding of every standardized address:
      1. ZIP: the given ZIP5 stands when city_state knows it, the state is its state and the
         city is its city or one of its alternate names (or no city / state was given). Otherwise the ZIP is looked up from city,
         state and street: the ZIPs of that city and state whose segments hold the street and
         the number; exactly one such ZIP corrects it. A ZIP that city_state knows but whose
         city disagrees, with no unique correction, stands (the ZIP outranks a vanity city).
      2. Street name: kept when the ZIP has it; else corrected to the one street of the ZIP
         whose name is close enough: one letter off (edit distance 1) for a name of 4 letters or
         more, or two letters off with Jaro-Winkler similarity >= 0.90 for a name of 8 or more.
         Only the ZIP's own street names are compared (blocked by ZIP5, never all streets), and
         two close streets mean no correction. (Jaro-Winkler alone is a poor judge of one wrong
         letter: DuckDB scores MAHAWK / MOHAWK 0.84 but MOHAWK / MOHAWKS 0.97.)
      3. ZIP+4 and carrier route: the segment of the ZIP with that street whose primary range
         and parity hold the number (and, for a high-rise, whose unit range holds the unit,
         falling back to the building's default record). Pre/post-directional and suffix must
         agree where the address gives them. Among the segments that hold it, the one that
         agrees with the address exactly wins (N MAIN ST over MAIN ST for `MAIN ST`: fewest
         components filled in from the segment), then the most specific (unit range, then firm,
         then street / high-rise default), then the lowest ZIP+4. -#}
with addresses as {{ inline_cte() }} (
    select * from {{ ref('int_addresses__standardized') }}
),

city_state as {{ inline_cte() }} (
    select * from {{ ref('stg_drop__city_state') }}
),

segments as {{ inline_cte() }} (
    select
        *,
        coalesce(predirectional, '') as predirectional_key,
        coalesce(suffix, '') as suffix_key,
        coalesce(postdirectional, '') as postdirectional_key
    from {{ ref('stg_drop__zip4_ranges') }}
),

city_names as {{ inline_cte() }} (
    select
        zip5,
        state,
        city as city_name
    from city_state
    union
    select
        zip5,
        state,
        {{ unnest_list(split_text('alternate_cities', '|')) }} as city_name
    from city_state
    where alternate_cities is not null
),

zip_checks as (
    select
        addresses.address_source,
        addresses.source_key,
        city_state.zip5 is not null as is_zip_known,
        city_state.zip5 is not null
        and (addresses.state_standardized is null or addresses.state_standardized = city_state.state)
        and (
            addresses.city_standardized is null
            or exists (
                select 1 from city_names
                where
                    city_names.zip5 = addresses.zip5_given
                    and city_names.city_name = addresses.city_standardized
            )
        ) as is_zip_city_consistent
    from addresses
    left join city_state
        on addresses.zip5_given = city_state.zip5
    where not addresses.is_unparseable
),

needs_zip as (
    select
        addresses.address_source,
        addresses.source_key,
        addresses.city_standardized,
        addresses.state_standardized,
        addresses.street_name,
        addresses.street_suffix,
        {{ primary_number_value('addresses.primary_number') }} as primary_value
    from addresses
    inner join zip_checks
        on
            addresses.address_source = zip_checks.address_source
            and addresses.source_key = zip_checks.source_key
    where not zip_checks.is_zip_city_consistent
),

zip_candidates as (
    select
        needs_zip.address_source,
        needs_zip.source_key,
        count(distinct segments.zip5) as candidate_zips,
        min(segments.zip5) as candidate_zip5
    from needs_zip
    inner join city_names
        on
            needs_zip.city_standardized = city_names.city_name
            and needs_zip.state_standardized = city_names.state
    inner join segments
        on
            city_names.zip5 = segments.zip5
            and needs_zip.street_name = segments.street_name
            and needs_zip.primary_value between segments.primary_low and segments.primary_high
            and {{ fits_parity('needs_zip.primary_value', 'segments.primary_parity') }}
            and (needs_zip.street_suffix is null or needs_zip.street_suffix = segments.suffix_key)
    group by 1, 2
),

zip_resolved as {{ inline_cte() }} (
    select
        addresses.*,
        {{ primary_number_value('addresses.primary_number') }} as primary_value,
        case
            when addresses.is_unparseable then null
            when zip_checks.is_zip_city_consistent then addresses.zip5_given
            when zip_candidates.candidate_zips = 1 then zip_candidates.candidate_zip5
            when zip_checks.is_zip_known then addresses.zip5_given
        end as zip5,
        coalesce(
            not zip_checks.is_zip_city_consistent
            and zip_candidates.candidate_zips = 1
            and zip_candidates.candidate_zip5 is distinct from addresses.zip5_given,
            false
        ) as is_zip_corrected
    from addresses
    left join zip_checks
        on
            addresses.address_source = zip_checks.address_source
            and addresses.source_key = zip_checks.source_key
    left join zip_candidates
        on
            addresses.address_source = zip_candidates.address_source
            and addresses.source_key = zip_candidates.source_key
),

zip_streets as (
    select distinct
        zip5,
        street_name
    from segments
    where record_type in ('S', 'H', 'F')
),

unknown_streets as (
    select
        zip_resolved.address_source,
        zip_resolved.source_key,
        zip_resolved.zip5,
        zip_resolved.street_name
    from zip_resolved
    where
        zip_resolved.address_kind = 'street'
        and zip_resolved.zip5 is not null
        and not exists (
            select 1 from zip_streets
            where zip_streets.zip5 = zip_resolved.zip5 and zip_streets.street_name = zip_resolved.street_name
        )
),

street_candidates as (
    select
        unknown_streets.address_source,
        unknown_streets.source_key,
        count(*) as close_streets,
        min(zip_streets.street_name) as close_street_name
    from unknown_streets
    inner join zip_streets
        on unknown_streets.zip5 = zip_streets.zip5
    where
        (
            length(unknown_streets.street_name) >= 4
            and {{ edit_distance('unknown_streets.street_name', 'zip_streets.street_name') }} <= 1
        )
        or (
            length(unknown_streets.street_name) >= 8
            and {{ edit_distance('unknown_streets.street_name', 'zip_streets.street_name') }} <= 2
            and {{ street_similarity('unknown_streets.street_name', 'zip_streets.street_name') }} >= 0.90
        )
    group by 1, 2
),

street_resolved as {{ inline_cte() }} (
    select
        {{ select_all_except('zip_resolved', ['street_name']) }},
        case
            when street_candidates.close_streets = 1 then street_candidates.close_street_name
            else zip_resolved.street_name
        end as street_name,
        coalesce(street_candidates.close_streets = 1, false) as is_street_corrected
    from zip_resolved
    left join street_candidates
        on
            zip_resolved.address_source = street_candidates.address_source
            and zip_resolved.source_key = street_candidates.source_key
),

segment_matches as (
    select
        street_resolved.address_source,
        street_resolved.source_key,
        segments.zip4,
        segments.carrier_route,
        segments.record_type,
        segments.predirectional as segment_predirectional,
        segments.suffix as segment_suffix,
        segments.postdirectional as segment_postdirectional,
        row_number() over (
            partition by street_resolved.address_source, street_resolved.source_key
            order by
                -- a segment that agrees with every component the address gives and has no
                -- component the address lacks beats one whose directional or suffix is filled in
                cast(street_resolved.predirectional is null and segments.predirectional_key != '' as int)
                + cast(street_resolved.street_suffix is null and segments.suffix_key != '' as int)
                + cast(street_resolved.postdirectional is null and segments.postdirectional_key != '' as int),
                case
                    when segments.secondary_low is not null then 1
                    when segments.record_type = 'F' then 2
                    else 3
                end,
                segments.zip4
        ) as match_rank
    from street_resolved
    inner join segments
        on
            street_resolved.zip5 = segments.zip5
            and street_resolved.street_name = segments.street_name
            and street_resolved.primary_value between segments.primary_low and segments.primary_high
    where
        {{ fits_parity('street_resolved.primary_value', 'segments.primary_parity') }}
        and coalesce(street_resolved.predirectional, segments.predirectional_key) = segments.predirectional_key
        and coalesce(street_resolved.street_suffix, segments.suffix_key) = segments.suffix_key
        and coalesce(street_resolved.postdirectional, segments.postdirectional_key) = segments.postdirectional_key
        and (
            segments.secondary_low is null
            or (
                street_resolved.unit_number is not null
                and try_cast(street_resolved.unit_number as bigint)
                between try_cast(segments.secondary_low as bigint) and try_cast(segments.secondary_high as bigint)
            )
        )
),

preferred_cities as (
    select
        zip5,
        city,
        state
    from city_state
),

final as (
    select
        street_resolved.address_source,
        street_resolved.source_key,
        street_resolved.first_name,
        street_resolved.middle_name,
        street_resolved.last_name,
        street_resolved.name_suffix,
        street_resolved.company,
        street_resolved.address_line_1,
        street_resolved.address_line_2,
        street_resolved.city,
        street_resolved.state,
        street_resolved.zip,
        street_resolved.is_analyst_corrected,
        street_resolved.address_kind,
        street_resolved.primary_number,
        street_resolved.primary_value,
        coalesce(street_resolved.predirectional, segment_matches.segment_predirectional) as predirectional,
        street_resolved.street_name,
        coalesce(street_resolved.street_suffix, segment_matches.segment_suffix) as street_suffix,
        coalesce(street_resolved.postdirectional, segment_matches.segment_postdirectional) as postdirectional,
        street_resolved.unit_designator,
        street_resolved.unit_number,
        street_resolved.po_box,
        case
            when street_resolved.city_standardized in (
                    select city_names.city_name from city_names
                    where city_names.zip5 = street_resolved.zip5
                ) then street_resolved.city_standardized
            else coalesce(preferred_cities.city, street_resolved.city_standardized)
        end as city_standardized,
        coalesce(preferred_cities.state, street_resolved.state_standardized) as state_standardized,
        street_resolved.zip5_given,
        street_resolved.zip4_given,
        street_resolved.zip5,
        segment_matches.zip4,
        segment_matches.carrier_route,
        segment_matches.record_type,
        street_resolved.is_zip_corrected,
        street_resolved.is_street_corrected,
        street_resolved.is_unparseable,
        not street_resolved.is_unparseable and street_resolved.zip5 is null as is_zip_invalid,
        street_resolved.zip5 is not null and segment_matches.zip4 is null as is_not_coded,
        case
            when not street_resolved.is_unparseable
                then {{ build_delivery_line(
                    'street_resolved.address_kind',
                    'street_resolved.primary_number',
                    'coalesce(street_resolved.predirectional, segment_matches.segment_predirectional)',
                    'street_resolved.street_name',
                    'coalesce(street_resolved.street_suffix, segment_matches.segment_suffix)',
                    'coalesce(street_resolved.postdirectional, segment_matches.segment_postdirectional)',
                    'street_resolved.unit_designator',
                    'street_resolved.unit_number'
                ) }}
        end as delivery_line
    from street_resolved
    left join segment_matches
        on
            street_resolved.address_source = segment_matches.address_source
            and street_resolved.source_key = segment_matches.source_key
            and segment_matches.match_rank = 1
    left join preferred_cities
        on street_resolved.zip5 = preferred_cities.zip5
)

select * from final
