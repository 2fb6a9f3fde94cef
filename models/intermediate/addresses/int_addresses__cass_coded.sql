{#- CASS coding of every standardized address:
      1. ZIP: the given ZIP5 stands when city_state knows it, the state is its state and the
         city is its city or one of its alternate names (or no city / state was given). Otherwise the ZIP is looked up from city,
         state and street: the ZIPs of that city and state whose segments hold the street and
         the number; exactly one such ZIP corrects it. A ZIP that city_state knows but whose
         city disagrees, with no unique correction, stands (the ZIP outranks a vanity city).
         A ZIP of the right city that does not have the address's street (or box or route) is
         corrected the same way, to the one other ZIP of the city whose segments hold the street
         and the number (a neighbouring ZIP of one city, the commonest wrong ZIP); so is one whose
         segments of the street hold no number that low or that high (the street runs on into the
         next ZIP); with no such ZIP, or two, it stands. Cities are compared on city_match_key, as
         written or with their Pub 28 suffix words and directionals abbreviated (TRACY SPGS is TRACY
         SPRINGS, N BRANCH is NORTH BRANCH, as USPS abbreviates long city names); a city the file
         does not name in the state, given with no ZIP or one without the street, is read as the
         one city of the state one letter off (TRACEY SPRINGS), the street and number still
         leading to one of its ZIPs.
      2. Street name: kept when the ZIP has it; else corrected to the one street of the ZIP
         whose name is close enough: the same name with SAINT/ST, MOUNT/MT or FORT/FT written the
         other way (street_name_match_key: ST JAMES is SAINT JAMES), or with a Pub 28 suffix word
         inside it written the other way (fold_suffix_words: MAIN ST EXT is MAIN STREET EXT, MTN VIEW
         is MOUNTAIN VIEW; Pub 28 234 abbreviates only the last suffix), a number without the ordinal
         ending the ZIP's name has (7 is 7TH, Pub 28 235), one letter off (edit distance
         1) for a name of 4 letters or more, or two letters off with Jaro-Winkler similarity
         >= 0.90 for a name of 8 or more, the two names' digits the same (a numbered road or
         street that differs in its number is another road: COUNTY ROAD 5 is not COUNTY ROAD 7,
         12TH ST not 13TH ST).
         Only the ZIP's own street names are compared (blocked by ZIP5, never all streets), and
         two close streets mean no correction. (Jaro-Winkler alone is a poor judge of one wrong
         letter: DuckDB scores MAHAWK / MOHAWK 0.84 but MOHAWK / MOHAWKS 0.97.)
      3. ZIP+4 and carrier route: the segment of the ZIP with that street whose primary range
         and parity hold the number (and, for a high-rise, whose unit range holds the unit:
         as numbers with the range's parity, or lettered units as text of one length, 4B in
         4A-4F, fits_unit_range; falling back to the building's default record). A hyphenated
         number is read with both parts (71-12 is 7112, primary_number_value), as the ranges are. Pre/post-directional and suffix must
         agree where the address gives them, but for one directional written on the other side
         of the name (WOODLAND AVE S for the file's S WOODLAND AVE, and the other way round: the
         USPS footnote L, a directional changed to make the match), which is coded as the file
         has it; and for a suffix that the street does not have in the ZIP when the street has
         one suffix only there, or none (CANYON ST for the ZIP's only CANYON, CANYON AVE; BROADWAY
         ST for BROADWAY: the same footnote L), which is coded as the file has it and flagged
         corrected. Among the segments that hold it, the one that agrees with the address exactly
         wins (N MAIN ST over MAIN ST for `MAIN ST`: fewest components filled in from the
         segment; a directional moved counts after these, a suffix changed last), then the most
         specific (unit range, then firm, then street / high-rise default). When segments of two
         streets fit equally well (402 SUNSET BLVD against N and S SUNSET BLVD), it is a multiple
         response: no ZIP+4 is assigned (the ZIP stands, the USPS footnote E) and the streets are
         named in multiple_response_note. Segments of one street that tie go to the lowest ZIP+4,
         then the segment listed first in zip4_ranges (so that a rerun codes the same way).
      A unit number written after the suffix with no designator (`3401 MONTGOMERY WAY 402`) is
      read by the standardization as part of the street name, which the ZIP does not have: when
      the name less its last two words is a street of the ZIP, the second-last word a Pub 28
      suffix and the last a unit number (402, 4B, B, B4), the last word is the unit, with the
      designator `#` (Pub 28 213: the designator not known). A name the ZIP has as written
      (OLD LOOP 410) is never split. A letter written apart from its house number
      (`52 A FIFTH AVE`, a duplex's half) is read by the standardization as the street's first
      word: when the ZIP does not have that street and has the name without its first word, the
      letter joins the number (52A FIFTH AVE). A street the ZIP has as written (A ST) is never split.
      A name that is a directional's abbreviation alone (`126 N Ave`, read as the name N) is the
      ZIP's street of that directional word when the ZIP has no N AVE (NORTH AVE, Pub 28 233). -#}
{#- For segment_blocks below: a segment whose range reaches more blocks of 100 primary numbers than
    wide_segment_blocks is looked up as a wide segment; first_block and last_block are the blocks
    of its lowest and highest number (`segments` is the ZIP+4 file's CTE). -#}
{%- set wide_segment_blocks = 20 %}
{%- set first_block = integer_divide('greatest(segments.primary_low, 0)', 100) %}
{%- set last_block = integer_divide('segments.primary_high', 100) %}
with addresses as {{ inline_cte() }} (
    select * from {{ ref('int_addresses__standardized') }}
),

-- every row of the City State file (a ZIP may be listed on several, one per name)
city_state_rows as (
    select
        *,
        row_number() over (partition by zip5 order by source_row) as row_of_zip
    from {{ ref('stg_drop__city_state') }}
),

-- one row per ZIP: its first row, which names its preferred city, its state and type
city_state as {{ inline_cte() }} (
    select * from city_state_rows
    where row_of_zip = 1
),

segments as {{ inline_cte() }} (
    select
        *,
        coalesce(predirectional, '') as predirectional_key,
        coalesce(suffix, '') as suffix_key,
        coalesce(postdirectional, '') as postdirectional_key,
        -- a unit range's ends as units are compared (unit_match_key: 4-B is 4B), once a segment
        {{ unit_match_key('secondary_low') }} as secondary_low_key,
        {{ unit_match_key('coalesce(secondary_high, secondary_low)') }} as secondary_high_key
    from {{ ref('stg_drop__zip4_ranges') }}
),

-- Pub 28's C1 suffix words, each to the abbreviation a street name's words are compared under
-- (fold_suffix_words); a variant that is itself a standard abbreviation keeps it (MDW)
suffix_standards as (
    select distinct standard
    from {{ ref('pub28_street_suffixes') }}
),

suffix_fold_words as (
    select
        suffix_forms.variant,
        coalesce(suffix_standards.standard, suffix_forms.standard) as standard
    from {{ ref('pub28_street_suffixes') }} as suffix_forms
    left join suffix_standards
        on suffix_forms.variant = suffix_standards.standard
),

-- and a city's words: the suffix words, and the directionals (N LITTLE ROCK is NORTH LITTLE ROCK)
city_fold_words as (
    select
        variant,
        standard
    from suffix_fold_words
    union all
    select
        variant,
        standard
    from {{ ref('pub28_directionals') }}
),

-- each directional's abbreviation and the word it stands for (N and NORTH)
directional_words as (
    select
        standard as variant,
        variant as spelled_out
    from {{ ref('pub28_directionals') }}
    where variant != standard
),

pub28 as (
    select
        {{ seed_map('suffix_fold_words') }} as suffix_words,
        {{ seed_map('city_fold_words') }} as city_words,
        {{ seed_map('directional_words', 'spelled_out') }} as directional_words
),

-- every name of each ZIP (the preferred city, then its alternates, each trimmed), under its
-- city_match_key, which the addresses' cities are matched on: one row per ZIP and key, named as the
-- file writes it (the preferred city when an alternate shares its key: SAINT LOUIS and ST LOUIS)
written_city_names as (
    select
        zip5,
        state,
        city as city_name,
        -- the city of a ZIP's other row is one of its alternates
        case when row_of_zip = 1 then 0 else 1 end as name_rank
    from city_state_rows
    union all
    select
        zip5,
        state,
        nullif(trim(alternate_city), '') as city_name,
        1 as name_rank
    from (
        select
            zip5,
            state,
            {{ unnest_list(split_text('alternate_cities', '|')) }} as alternate_city
        from city_state_rows
        where alternate_cities is not null
    ) as alternates
),

-- each name under two keys: as written (TRACYSPRINGS, as a list may glue it) and with its Pub 28
-- suffix words abbreviated (TRACYSPGS, as USPS abbreviates a long city name and lists keep it)
city_name_keys as (
    select
        written_city_names.zip5,
        written_city_names.state,
        written_city_names.city_name,
        written_city_names.name_rank,
        {{ city_match_key('upper(' ~ remove_accents('written_city_names.city_name') ~ ')') }} as written_key,
        {{ city_match_key('upper(' ~ remove_accents('written_city_names.city_name') ~ ')', 'pub28.city_words') }}
            as folded_key
    from written_city_names
    cross join pub28
    where written_city_names.city_name is not null
),

city_names as {{ inline_cte() }} (
    select
        zip5,
        state,
        city_key,
        {{ value_at_min('city_name', ['name_rank', 'city_name']) }} as city_name
    from (
        select
            zip5,
            state,
            city_name,
            name_rank,
            written_key as city_key
        from city_name_keys
        union all
        select
            zip5,
            state,
            city_name,
            name_rank,
            folded_key as city_key
        from city_name_keys
        where folded_key != written_key
    ) as keyed_names
    group by 1, 2, 3
),

known_city_keys as (
    select distinct city_key
    from city_names
),

-- the key of each city the addresses give, folded once per distinct city: as written when the
-- file has that key, else with its suffix words abbreviated (`Tracy Spgs` and `Tracy Springs`)
city_keys as (
    select
        address_cities.city_standardized,
        case
            when known_city_keys.city_key is not null then address_cities.written_key
            else address_cities.folded_key
        end as city_key
    from (
        select
            cities.city_standardized,
            {{ city_match_key('cities.city_standardized') }} as written_key,
            {{ city_match_key('cities.city_standardized', 'pub28.city_words') }} as folded_key
        from (
            select distinct city_standardized
            from addresses
            where city_standardized is not null
        ) as cities
        cross join pub28
    ) as address_cities
    left join known_city_keys
        on address_cities.written_key = known_city_keys.city_key
),

-- the street, box and route names each ZIP has, with the lowest and highest number of each there
zip_street_names as (
    select
        zip5,
        street_name,
        min(primary_low) as lowest_primary,
        max(primary_high) as highest_primary
    from segments
    group by 1, 2
),

-- each address with its ZIP checked against city_state, in one pass over the addresses (the
-- checks are columns of the address, not a table joined back to it by its key)
zip_checked as {{ inline_cte() }} (
    select
        addresses.*,
        city_keys.city_key,
        {{ primary_number_value('addresses.primary_number') }} as primary_value,
        case when not addresses.is_unparseable then city_state.zip5 is not null end as is_zip_known,
        case
            when not addresses.is_unparseable
                then
                    city_state.zip5 is not null
                    and (addresses.state_standardized is null or addresses.state_standardized = city_state.state)
                    and (addresses.city_standardized is null or given_city_names.zip5 is not null)
        end as is_zip_city_consistent,
        -- a ZIP of the right city may still be the wrong one: the street, or the part of it with
        -- the number, is in another ZIP of the city (a street that runs on into the next ZIP)
        case when not addresses.is_unparseable then given_zip_streets.zip5 is not null end as is_street_in_given_zip,
        given_zip_streets.lowest_primary as given_zip_lowest_primary,
        given_zip_streets.highest_primary as given_zip_highest_primary
    from addresses
    left join city_keys
        on addresses.city_standardized = city_keys.city_standardized
    left join city_state
        on addresses.zip5_given = city_state.zip5
    -- at most one row: city_state has one row per ZIP (its first row), a ZIP has one state (tested on
    -- the file), and city_names has one row per ZIP and key
    left join city_names as given_city_names
        on
            addresses.zip5_given = given_city_names.zip5
            and city_keys.city_key = given_city_names.city_key
    left join zip_street_names as given_zip_streets
        on
            addresses.zip5_given = given_zip_streets.zip5
            and addresses.street_name = given_zip_streets.street_name
),

needs_zip as (
    select
        address_source,
        source_key,
        city_key,
        state_standardized,
        street_name,
        street_suffix,
        primary_value,
        is_street_in_given_zip
    from zip_checked
    where
        not is_zip_city_consistent
        or not is_street_in_given_zip
        or primary_value not between given_zip_lowest_primary and given_zip_highest_primary
),

-- each city of each state the City State file names, under its key
state_city_keys as (
    select distinct
        state,
        city_key
    from city_names
),

-- a city that the file does not name in the state, given with no ZIP or one that does not have
-- the street (`Tracey Springs`, no ZIP), read as the one city of the state one letter off (keys of
-- 5 characters or more), as CASS matches a misspelled city; the street and number must still lead
-- to one ZIP of it below. A given ZIP that has the street is never moved by a misspelled city.
close_city_keys as (
    select
        unknown_cities.state_standardized,
        unknown_cities.city_key,
        count(*) as close_cities,
        min(state_city_keys.city_key) as close_city_key
    from (
        select distinct
            needs_zip.state_standardized,
            needs_zip.city_key
        from needs_zip
        left join state_city_keys as named_cities
            on
                needs_zip.state_standardized = named_cities.state
                and needs_zip.city_key = named_cities.city_key
        where
            not needs_zip.is_street_in_given_zip
            and named_cities.city_key is null
            and length(needs_zip.city_key) >= 5
    ) as unknown_cities
    inner join state_city_keys
        on unknown_cities.state_standardized = state_city_keys.state
    where
        {{ edit_distance('unknown_cities.city_key', 'state_city_keys.city_key') }} <= 1
        or {{ with_letters_swapped('unknown_cities.city_key', 'state_city_keys.city_key') }}
    group by 1, 2
),

zip_candidates as (
    select
        needs_zip.address_source,
        needs_zip.source_key,
        count(distinct segments.zip5) as candidate_zips,
        min(segments.zip5) as candidate_zip5
    from needs_zip
    left join close_city_keys
        on
            needs_zip.state_standardized = close_city_keys.state_standardized
            and needs_zip.city_key = close_city_keys.city_key
            and close_city_keys.close_cities = 1
            and not needs_zip.is_street_in_given_zip
    inner join city_names
        on
            coalesce(close_city_keys.close_city_key, needs_zip.city_key) = city_names.city_key
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
        {{ select_all_except('zip_checked', [
            'is_zip_known', 'is_zip_city_consistent', 'is_street_in_given_zip', 'given_zip_lowest_primary',
            'given_zip_highest_primary'
        ]) }},
        {%- set given_zip_holds_address -%}
            zip_checked.is_zip_city_consistent
            and zip_checked.is_street_in_given_zip
            and coalesce(
                zip_checked.primary_value
                between zip_checked.given_zip_lowest_primary and zip_checked.given_zip_highest_primary,
                true
            )
        {%- endset %}
        case
            when zip_checked.is_unparseable then null
            when {{ given_zip_holds_address }} then zip_checked.zip5_given
            when zip_candidates.candidate_zips = 1 then zip_candidates.candidate_zip5
            when zip_checked.is_zip_known then zip_checked.zip5_given
        end as zip5,
        coalesce(
            not ({{ given_zip_holds_address }})
            and zip_candidates.candidate_zips = 1
            and zip_candidates.candidate_zip5 is distinct from zip_checked.zip5_given,
            false
        ) as is_zip_corrected
    from zip_checked
    left join zip_candidates
        on
            zip_checked.address_source = zip_candidates.address_source
            and zip_checked.source_key = zip_candidates.source_key
),

-- each street of each ZIP, with how many suffixes it has there ('' for none counts as one)
zip_streets as (
    select
        zip5,
        street_name,
        count(distinct suffix_key) as street_suffixes
    from segments
    where record_type in ('S', 'H', 'F')
    group by 1, 2
),

unknown_streets as (
    select
        zip_resolved.address_source,
        zip_resolved.source_key,
        zip_resolved.zip5,
        zip_resolved.street_name,
        zip_resolved.street_suffix,
        zip_resolved.unit_number,
        zip_resolved.primary_number,
        zip_resolved.predirectional,
        {{ street_name_match_key('zip_resolved.street_name', 'pub28.suffix_words') }} as street_match_key,
        {{ regexp_replace_all('zip_resolved.street_name', '[^0-9]', '') }} as street_digits,
        -- a name that is a directional's abbreviation alone, spelled out (N is NORTH)
        {{ lookup('pub28.directional_words', 'zip_resolved.street_name') }} as directional_name
    from zip_resolved
    cross join pub28
    left join zip_streets
        on zip_resolved.zip5 = zip_streets.zip5 and zip_resolved.street_name = zip_streets.street_name
    where
        zip_resolved.address_kind = 'street'
        and zip_resolved.zip5 is not null
        and zip_streets.zip5 is null
),

unknown_street_zips as (
    select distinct zip5
    from unknown_streets
),

-- the streets of the ZIPs that an unknown street is in, under the keys it is compared on (only
-- those ZIPs: keying every street of the file cost CASS about 0.3 s at 1M records)
keyed_zip_streets as (
    select
        zip_streets.zip5,
        zip_streets.street_name,
        {{ street_name_match_key('zip_streets.street_name', 'pub28.suffix_words') }} as street_match_key,
        {{ regexp_replace_all('zip_streets.street_name', '[^0-9]', '') }} as street_digits
    from zip_streets
    cross join pub28
    inner join unknown_street_zips
        on zip_streets.zip5 = unknown_street_zips.zip5
),

street_candidates as (
    select
        unknown_streets.address_source,
        unknown_streets.source_key,
        count(*) as close_streets,
        min(zip_streets.street_name) as close_street_name
    from unknown_streets
    inner join keyed_zip_streets as zip_streets
        on unknown_streets.zip5 = zip_streets.zip5
    where
        -- the same name with SAINT/ST, MOUNT/MT or FORT/FT, or a suffix word inside it, written the
        -- other way (MAIN ST EXT and MAIN STREET EXT)
        unknown_streets.street_match_key = zip_streets.street_match_key
        -- a numbered street keyed without its ordinal ending (7 CT for 7TH CT, Pub 28 235)
        or (
            {{ matches_whole_pattern('unknown_streets.street_name', '[0-9]+') }}
            and {{ regexp_replace_first('zip_streets.street_name', '^([0-9]+)(ST|ND|RD|TH)$', '\\1') }}
            = unknown_streets.street_name
        )
        -- a letter or two off (two neighbouring letters swapped are one), the same numbers: COUNTY ROAD 5
        -- is never COUNTY ROAD 7, nor 12TH ST 13TH
        or unknown_streets.street_digits = zip_streets.street_digits
        and (
            length(unknown_streets.street_name) >= 4
            and (
                {{ edit_distance('unknown_streets.street_name', 'zip_streets.street_name') }} <= 1
                or {{ with_letters_swapped('unknown_streets.street_name', 'zip_streets.street_name') }}
            )
            or length(unknown_streets.street_name) >= 8
            and {{ edit_distance('unknown_streets.street_name', 'zip_streets.street_name') }} <= 2
            and {{ street_similarity('unknown_streets.street_name', 'zip_streets.street_name') }} >= 0.90
        )
    group by 1, 2
),

-- a unit number after the suffix, with no designator: 3401 MONTGOMERY WAY 402 is unit 402 of
-- MONTGOMERY WAY when the ZIP has MONTGOMERY and not MONTGOMERY WAY 402
trailing_unit_words as (
    select
        address_source,
        source_key,
        zip5,
        {{ split_text('street_name', ' ') }} as name_words
    from unknown_streets
    where
        street_suffix is null
        and unit_number is null
        and street_name like '% % %'
),

trailing_units as (
    select
        trailing_unit_words.address_source,
        trailing_unit_words.source_key,
        zip_streets.street_name,
        suffixes.standard as street_suffix,
        {{ list_item('trailing_unit_words.name_words', '-1') }} as unit_number
    from trailing_unit_words
    inner join {{ ref('pub28_street_suffixes') }} as suffixes
        on {{ list_item('trailing_unit_words.name_words', '-2') }} = suffixes.variant
    inner join zip_streets
        on
            trailing_unit_words.zip5 = zip_streets.zip5
            and {{ list_join(list_slice('trailing_unit_words.name_words', '1', '-3'), ' ') }}
            = zip_streets.street_name
    where {{ matches_whole_pattern(list_item('trailing_unit_words.name_words', '-1'), '[0-9]+[A-Z]?|[A-Z][0-9]*') }}
),

-- the street's first word read another way, when the ZIP has the street so read and not as written
-- (a street the ZIP has as written, A ST, NO NAME RD or N ST, is never read again):
--   * a letter written apart from its house number, no part of the name (52 A FIFTH AVE is 52A
--     FIFTH AVE, a duplex's half);
--   * NO and SO for NORTH and SOUTH, as New England's lists abbreviate them (123 SO. MAIN ST is
--     123 S MAIN ST);
--   * a name that is a directional's abbreviation alone, for the directional word that is the
--     ZIP's street name (126 N AVE is 126 NORTH AVE: Pub 28 233 keeps a directional that is the
--     street's name spelled out, and the standardization reads N before a suffix as the name).
-- One join for all three: on Spark, where street_resolved is inlined at each of its readers, a
-- second join there ran the sample's CASS out of memory.
{%- set is_letter_apart = "unknown_streets.street_name like '_ %'" %}
{%- set is_no_or_so = "(unknown_streets.street_name like 'NO %' or unknown_streets.street_name like 'SO %')"
    ~ " and unknown_streets.predirectional is null" %}
first_word_readings as (
    select
        unknown_streets.address_source,
        unknown_streets.source_key,
        case
            when {{ is_letter_apart }}
                then unknown_streets.primary_number || substr(unknown_streets.street_name, 1, 1)
        end as primary_number,
        case when {{ is_no_or_so }} then left(unknown_streets.street_name, 1) end as predirectional,
        zip_streets.street_name
    from unknown_streets
    inner join zip_streets
        on
            unknown_streets.zip5 = zip_streets.zip5
            and case
                when {{ is_letter_apart }} then substr(unknown_streets.street_name, 3)
                when {{ is_no_or_so }} then substr(unknown_streets.street_name, 4)
                else unknown_streets.directional_name
            end = zip_streets.street_name
    where
        not {{ is_letter_apart }}
        or {{ matches_whole_pattern('unknown_streets.primary_number', '[0-9]+') }}
        and {{ matches_whole_pattern('substr(unknown_streets.street_name, 1, 1)', '[A-Z]') }}
),

street_resolved as {{ inline_cte() }} (
    select
        {{ select_all_except('zip_resolved', [
            'primary_number', 'predirectional', 'street_name', 'street_suffix', 'unit_designator', 'unit_number'
        ]) }},
        coalesce(first_word_readings.primary_number, zip_resolved.primary_number) as primary_number,
        coalesce(first_word_readings.predirectional, zip_resolved.predirectional) as predirectional,
        case
            when first_word_readings.street_name is not null then first_word_readings.street_name
            when trailing_units.street_name is not null then trailing_units.street_name
            when street_candidates.close_streets = 1 then street_candidates.close_street_name
            else zip_resolved.street_name
        end as street_name,
        coalesce(trailing_units.street_suffix, zip_resolved.street_suffix) as street_suffix,
        case when trailing_units.street_name is not null then '#' else zip_resolved.unit_designator end
            as unit_designator,
        coalesce(trailing_units.unit_number, zip_resolved.unit_number) as unit_number,
        coalesce(
            first_word_readings.street_name is null
            and trailing_units.street_name is null
            and street_candidates.close_streets = 1,
            false
        ) as is_street_corrected
    from zip_resolved
    left join first_word_readings
        on
            zip_resolved.address_source = first_word_readings.address_source
            and zip_resolved.source_key = first_word_readings.source_key
    left join trailing_units
        on
            zip_resolved.address_source = trailing_units.address_source
            and zip_resolved.source_key = trailing_units.source_key
    left join street_candidates
        on
            zip_resolved.address_source = street_candidates.address_source
            and zip_resolved.source_key = street_candidates.source_key
),

-- each segment with its street's number of suffixes in the ZIP
counted_segments as (
    select
        segments.*,
        zip_streets.street_suffixes
    from segments
    left join zip_streets
        on segments.zip5 = zip_streets.zip5 and segments.street_name = zip_streets.street_name
),

-- every segment under each block of 100 primary numbers its range reaches (0-99, 100-199, ...),
-- so that an address is joined to the segments of its own block, not to every segment of its
-- street; a segment that reaches more than {{ wide_segment_blocks }} blocks (a rural route's 1-99999) is kept once,
-- under block -1, which every address also looks up. The range, parity, directionals and units
-- are checked on the pairs as before: the blocks only spare the join the pairs that cannot fit.
segment_blocks as (
    select
        segments.*,
        {{ unnest_list(integer_range(first_block, last_block ~ ' + 1')) }} as primary_block
    from counted_segments as segments
    where {{ first_block }} + {{ wide_segment_blocks }} > {{ last_block }}
    union all
    select
        segments.*,
        -1 as primary_block
    from counted_segments as segments
    where {{ first_block }} + {{ wide_segment_blocks }} <= {{ last_block }}
),

-- what the segment lookup needs of each address, once under its own block and once under -1
address_blocks as (
    select
        address_source,
        source_key,
        zip5,
        street_name,
        primary_value,
        predirectional,
        street_suffix,
        postdirectional,
        {{ unit_match_key('unit_number') }} as unit_key,
        {{ unnest_list(list_of([integer_divide('primary_value', 100), '-1'])) }} as primary_block
    from street_resolved
    where primary_value is not null
),

-- the address's one directional stands on the other side of the name from the segment's, which
-- has no other (WOODLAND AVE S against S WOODLAND AVE)
{#- never NULL: it is summed into the segment's rank below, where a NULL would make every
    segment's rank NULL and tie them all (an address without directionals has NULL ones) -#}
{% set directional_moved -%}
    coalesce(
        (
            address_blocks.predirectional is null
            and address_blocks.postdirectional = segment_blocks.predirectional_key
            and segment_blocks.postdirectional_key = ''
        )
        or (
            address_blocks.postdirectional is null
            and address_blocks.predirectional = segment_blocks.postdirectional_key
            and segment_blocks.predirectional_key = ''
        ),
        false
    )
{%- endset %}
-- the address gives a suffix that the segment's street, which has only one suffix in the ZIP (or
-- none), does not have: 2470 CANYON ST for the ZIP's only CANYON, CANYON AVE (the USPS footnote
-- L, a suffix changed to make a match); a street with two suffixes in the ZIP (MAIN ST, MAIN AVE)
-- is never changed
{% set suffix_changed -%}
    coalesce(address_blocks.street_suffix != segment_blocks.suffix_key, false)
{%- endset %}
{#- how well a segment fits the address: a segment that agrees with every component the address
    gives and has no component the address lacks beats one whose directional or suffix is filled in
    (one point each, at most 3), any of these one whose directional the address wrote on the other
    side (4 points), and that one whose suffix is changed (8; one sort key, not three); then the
    most specific (unit range, then firm, then street / high-rise default). Four times the points
    plus the specificity (1 to 3) orders the segments as the two keys do, in one number. -#}
{% set match_fit -%}
    4 * (
        cast(address_blocks.predirectional is null and segment_blocks.predirectional_key != '' as int)
        + cast(address_blocks.street_suffix is null and segment_blocks.suffix_key != '' as int)
        + cast(address_blocks.postdirectional is null and segment_blocks.postdirectional_key != '' as int)
        + 4 * cast({{ directional_moved }} as int)
        + 8 * cast({{ suffix_changed }} as int)
    )
    + case
        when segment_blocks.secondary_low is not null then 1
        when segment_blocks.record_type = 'F' then 2
        else 3
    end
{%- endset %}
{%- set match_order -%}
    {{ match_fit }},
    segment_blocks.zip4,
    -- on a full tie (two segments of one street with one ZIP+4), the segment listed first in
    -- zip4_ranges: a rerun codes the address the same way
    segment_blocks.source_row
{%- endset %}
segment_matches as (
    select
        address_blocks.address_source,
        address_blocks.source_key,
        segment_blocks.zip4,
        segment_blocks.carrier_route,
        segment_blocks.record_type,
        segment_blocks.predirectional as segment_predirectional,
        segment_blocks.suffix as segment_suffix,
        segment_blocks.postdirectional as segment_postdirectional,
        segment_blocks.street_name as segment_street_name,
        {{ directional_moved }} as is_directional_moved,
        {{ suffix_changed }} as is_suffix_changed,
        {{ match_fit }} as match_fit,
        row_number() over (
            partition by address_blocks.address_source, address_blocks.source_key
            order by {{ match_order }}
        ) as match_rank,
        -- how well the next segment in that order fits: the same as the first's, and the address may
        -- be a multiple response (the same window as match_rank, so one sort serves both)
        lead({{ match_fit }}) over (
            partition by address_blocks.address_source, address_blocks.source_key
            order by {{ match_order }}
        ) as next_match_fit
    from address_blocks
    inner join segment_blocks
        on
            address_blocks.zip5 = segment_blocks.zip5
            and address_blocks.street_name = segment_blocks.street_name
            and address_blocks.primary_block = segment_blocks.primary_block
    where
        address_blocks.primary_value between segment_blocks.primary_low and segment_blocks.primary_high
        and {{ fits_parity('address_blocks.primary_value', 'segment_blocks.primary_parity') }}
        and (
            coalesce(address_blocks.street_suffix, segment_blocks.suffix_key) = segment_blocks.suffix_key
            or segment_blocks.street_suffixes = 1
        )
        and (
            (
                coalesce(address_blocks.predirectional, segment_blocks.predirectional_key)
                = segment_blocks.predirectional_key
                and coalesce(address_blocks.postdirectional, segment_blocks.postdirectional_key)
                = segment_blocks.postdirectional_key
            )
            or {{ directional_moved }}
        )
        and (
            segment_blocks.secondary_low is null
            or {{ fits_unit_range(
                'address_blocks.unit_key', 'segment_blocks.secondary_low_key',
                'segment_blocks.secondary_high_key', 'segment_blocks.secondary_parity'
            ) }}
        )
),

-- the addresses whose best segment fits them no better than the next one does, and how well
tied_matches as (
    select
        address_source,
        source_key,
        match_fit as best_match_fit
    from segment_matches
    where match_rank = 1 and next_match_fit = match_fit
),

-- two streets of the ZIP fit the address as well as each other (402 SUNSET BLVD, where N SUNSET
-- BLVD and S SUNSET BLVD both hold 402): a multiple response, which CASS does not code. The ZIP
-- stands (the USPS footnote E, ZIP assigned for a multiple response) and no ZIP+4 is assigned, so
-- the record is not coded, with the streets named in its suggested correction; coding the first
-- would send the piece to one of two houses by the order of the file.
tied_streets as (
    select
        segment_matches.address_source,
        segment_matches.source_key,
        concat_ws(
            ' ', segment_matches.segment_predirectional, segment_matches.segment_street_name,
            segment_matches.segment_suffix, segment_matches.segment_postdirectional
        ) as segment_street
    from segment_matches
    inner join tied_matches
        on
            segment_matches.address_source = tied_matches.address_source
            and segment_matches.source_key = tied_matches.source_key
            and segment_matches.match_fit = tied_matches.best_match_fit
),

multiple_responses as (
    select
        address_source,
        source_key,
        count(distinct segment_street) as fitting_streets,
        min(segment_street) as first_fitting_street,
        max(segment_street) as last_fitting_street
    from tied_streets
    group by 1, 2
    having count(distinct segment_street) > 1
),

best_matches as (
    select
        segment_matches.address_source,
        segment_matches.source_key,
        segment_matches.zip4,
        segment_matches.carrier_route,
        segment_matches.record_type,
        segment_matches.segment_predirectional,
        segment_matches.segment_suffix,
        segment_matches.segment_postdirectional,
        segment_matches.is_directional_moved,
        segment_matches.is_suffix_changed
    from segment_matches
    left join multiple_responses
        on
            segment_matches.address_source = multiple_responses.address_source
            and segment_matches.source_key = multiple_responses.source_key
    where segment_matches.match_rank = 1 and multiple_responses.source_key is null
),

preferred_cities as (
    select
        zip5,
        city,
        state
    from city_state
),

-- the directionals and suffix as coded: those the address gives, with those it lacks filled in
-- from the segment; a directional written on the other side of the name, or a suffix changed,
-- takes the segment's
{% set coded = {} %}
{% for component, segment_column, changed in [
    ('predirectional', 'segment_predirectional', 'is_directional_moved'),
    ('postdirectional', 'segment_postdirectional', 'is_directional_moved'),
    ('street_suffix', 'segment_suffix', 'is_suffix_changed'),
] %}
    {% do coded.update({component: 'case when segment_matches.' ~ changed ~ ' then segment_matches.'
        ~ segment_column ~ ' else coalesce(street_resolved.' ~ component ~ ', segment_matches.'
        ~ segment_column ~ ') end'}) %}
{% endfor %}
final as (
    select
        street_resolved.address_source,
        street_resolved.source_key,
        street_resolved.first_name,
        street_resolved.middle_name,
        street_resolved.last_name,
        street_resolved.name_suffix,
        street_resolved.company,
        street_resolved.joint_given_names,
        street_resolved.is_analyst_corrected,
        street_resolved.address_kind,
        street_resolved.primary_number,
        street_resolved.primary_value,
        {{ coded['predirectional'] }} as predirectional,
        street_resolved.street_name,
        {{ coded['street_suffix'] }} as street_suffix,
        {{ coded['postdirectional'] }} as postdirectional,
        street_resolved.unit_number,
        street_resolved.po_box,
        case
            when coded_city_names.zip5 is not null then coded_city_names.city_name
            else coalesce(preferred_cities.city, street_resolved.city_standardized)
        end as city_standardized,
        coalesce(preferred_cities.state, street_resolved.state_standardized) as state_standardized,
        street_resolved.zip5,
        segment_matches.zip4,
        segment_matches.carrier_route,
        segment_matches.record_type,
        street_resolved.is_zip_corrected,
        street_resolved.is_street_corrected or coalesce(segment_matches.is_suffix_changed, false)
            as is_street_corrected,
        street_resolved.is_unparseable,
        not street_resolved.is_unparseable and street_resolved.zip5 is null as is_zip_invalid,
        street_resolved.zip5 is not null and segment_matches.zip4 is null as is_not_coded,
        multiple_responses.source_key is not null as is_multiple_response,
        case
            when multiple_responses.source_key is not null
                then 'more than one street of the ZIP has ' || street_resolved.primary_number || ': '
                    || multiple_responses.first_fitting_street
                    || case when multiple_responses.fitting_streets > 2 then ', ' else ' and ' end
                    || multiple_responses.last_fitting_street
                    || case
                        when multiple_responses.fitting_streets > 2
                            then ' and ' || cast(multiple_responses.fitting_streets - 2 as string) || ' more'
                        else ''
                    end
                    || '; give the directional or suffix'
        end as multiple_response_note,
        case
            when not street_resolved.is_unparseable
                then {{ build_delivery_line(
                    'street_resolved.address_kind',
                    'street_resolved.primary_number',
                    coded['predirectional'],
                    'street_resolved.street_name',
                    coded['street_suffix'],
                    coded['postdirectional'],
                    'street_resolved.unit_designator',
                    'street_resolved.unit_number',
                    'street_resolved.secondary_before',
                    'street_resolved.private_mailbox'
                ) }}
        end as delivery_line
    from street_resolved
    left join best_matches as segment_matches
        on
            street_resolved.address_source = segment_matches.address_source
            and street_resolved.source_key = segment_matches.source_key
    left join multiple_responses
        on
            street_resolved.address_source = multiple_responses.address_source
            and street_resolved.source_key = multiple_responses.source_key
    left join preferred_cities
        on street_resolved.zip5 = preferred_cities.zip5
    left join city_names as coded_city_names
        on
            street_resolved.zip5 = coded_city_names.zip5
            and street_resolved.city_key = coded_city_names.city_key
)

select * from final
