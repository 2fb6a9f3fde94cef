-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'zip4_ranges') }}
{#- The coded columns are read from their letters or their words, in any case (`O` or `ODD`, `H` or
    `HIGH-RISE`: reference_code_spellings), and any other value stops the build by name (the *_as_written columns' tests): a
    segment of an unknown type, or parity read wrong, would code addresses to the wrong ZIP+4 or to
    none. An empty parity is B (both sides), as before. The primary range is read as the
    addresses' numbers are (primary_number_value): its digits, a hyphenated number's two parts
    together (`71-01` is 7101, as Queens numbers its houses).
    The street's parts are read as the addresses' are (Pub 28), so that a file written with words
    where the ZIP+4 product has abbreviations still codes and prints the same street: each part
    cleaned as an address line is (clean_address_text: upper case, periods dropped, `ST. JAMES` is
    ST JAMES), the directionals and the suffix to their Pub 28 abbreviations (NORTH -> N, AVENUE
    -> AVE), ordinal words in the name to figures (FIFTH -> 5TH), and a directional or suffix
    written inside the name, with its own column empty, taken out of it the way the addresses'
    parse takes them (`MAPLE GROVE AVE` with no suffix is MAPLE GROVE, AVE; a name of two
    directionals, `EAST WEST` before HWY, is the predirectional E and WEST, as the addresses'
    `East West Hwy` is read, not EAST with the postdirectional W), and a suffix word
    that opens a lettered name spelled out as the addresses' is (`AVE J` is AVENUE J). A PO box
    segment is named PO BOX from any of Pub 28's forms of it, a route RR n or HC n (`RURAL ROUTE
    7`, `RR07`), a numbered highway as the addresses' are (`US HWY 1` is US HIGHWAY 1). A word the
    tables do not know stays as written. -#}
{% set record_types = reference_code_spellings('record_type') %}
{%- set parities = reference_code_spellings('parity') %}
with zip4_range_rows as (
    {{ read_drop_file('zip4_ranges') }}
),

codes_read as (
    select
        *,
        {{ read_code('record_type', record_types) }} as record_type_read,
        {{ read_code('primary_parity', parities) }} as primary_parity_read,
        {{ read_code('secondary_parity', parities) }} as secondary_parity_read
    from zip4_range_rows
),

pub28 as (
    select
        {{ seed_map(ref('pub28_directionals')) }} as directionals,
        {{ seed_map(ref('pub28_street_suffixes')) }} as suffixes,
        {{ seed_map(ref('pub28_street_suffixes'), 'primary_name') }} as suffix_names,
        {{ seed_map(ref('pub28_ordinals')) }} as ordinals,
        {{ seed_map(ref('pub28_unit_designators')) }} as designators,
        {{ seed_map(ref('pub28_box_forms')) }} as box_forms,
        {{ seed_map(ref('pub28_highway_forms')) }} as highways
),

-- each part cleaned as an address line is
street_parts_cleaned as (
    select
        codes_read.*,
        {{ clean_address_text('codes_read.predirectional') }} as predirectional_text,
        {{ clean_address_text('codes_read.street_name') }} as street_name_text,
        {{ clean_address_text('codes_read.suffix') }} as suffix_text,
        {{ clean_address_text('codes_read.postdirectional') }} as postdirectional_text,
        {{ clean_address_text('codes_read.secondary_designator') }} as designator_text
    from codes_read
),

-- the name as its words; a box's or a route's name as its words and its number without leading
-- zeros (RR09: RR, 9), which hold no directional or suffix to take out of them
street_parts as (
    select
        street_parts_cleaned.*,
        {{ address_tokens('street_parts_cleaned.street_name_text') }} as street_words,
        regexp_extract(street_parts_cleaned.street_name_text, '^([A-Z ]*[A-Z]) ?0*([0-9]*)$', 1) as box_form_text,
        regexp_extract(street_parts_cleaned.street_name_text, '^([A-Z ]*[A-Z]) ?0*([0-9]*)$', 2) as route_number,
        coalesce(street_parts_cleaned.record_type_read in ('P', 'R'), false) as is_box_or_route
    from street_parts_cleaned
),

-- The two highway steps read one segment row and the one-row `pub28` lookup, as the addresses'
-- parse does (highway_phrase_words names the words `street_words`, unqualified): the lookup's maps
-- are named `pub28.x`, everything unqualified is the segment's.
-- noqa: disable=RF02
-- a numbered highway in another of Pub 28's forms, read as the addresses' parse reads it (section
-- 237: US HWY 1 is US HIGHWAY 1, FM 1960 FARM TO MARKET ROAD 1960): the seed's phrase, up to four
-- words, right before the name's last word, its number or letters (highway_phrase_words)
highway_ends as (
    select
        *,
        case
            when
                not is_box_or_route
                and {{ list_length('street_words') }} >= 2
                and {{ matches_whole_pattern(list_item('street_words', '-1'), '[0-9]+[A-Z]?|[A-Z]{1,3}') }}
                then {{ highway_phrase_words(list_length('street_words')) }}
            else 0
        end as highway_words
    from street_parts
    cross join pub28
),

-- letters after a one-word phrase are a highway only after HWY or CR (OLD US RD is a road), as
-- for the addresses; the highway is one word of the name from here on, so that nothing is taken
-- out of it as a suffix or directional
{%- set highway_at = list_length('street_words') ~ ' - highway_words' %}
{%- set highway_phrase = join_tokens('street_words', highway_at, highway_at ~ ' + highway_words - 1') %}
{%- set highway_name = lookup('pub28.highways', highway_phrase) ~ " || ' ' || " ~ list_item('street_words', '-1') %}
names_read as (
    select
        *,
        case
            when
                highway_words > 0
                and (
                    {{ regexp_contains(list_item('street_words', '-1'), '^[0-9]') }}
                    or highway_words >= 2 or {{ list_item('street_words', '-2') }} in ('HWY', 'HIGHWAY', 'CR')
                )
                then {{ list_slice('street_words', '1', highway_at ~ ' - 1') }} || {{ list_of([highway_name]) }}
            else street_words
        end as name_words
    from highway_ends
    cross join pub28
),
-- noqa: enable=RF02

-- a directional written as the name's last word, with the postdirectional's column empty; not the
-- second of a name of two directionals (EAST WEST HWY, N S RD), which the addresses' parse reads as
-- a predirectional and a name (E WEST HWY), and so does the step below
postdirectionals_in_name as (
    select
        names_read.*,
        case
            when
                not names_read.is_box_or_route
                and names_read.postdirectional_text is null and {{ list_length('names_read.name_words') }} >= 2
                and (
                    {{ list_length('names_read.name_words') }} > 2
                    or {{ lookup('pub28.directionals', list_item('names_read.name_words', '1')) }} is null
                )
                then {{ lookup('pub28.directionals', list_item('names_read.name_words', '-1')) }}
        end as postdirectional_in_name
    from names_read
    cross join pub28
),

-- then a suffix written as the name's last word, with the suffix's column empty
suffixes_in_name as (
    select
        postdirectionals_in_name.*,
        {%- set words_before_post -%}
            case
                when postdirectionals_in_name.postdirectional_in_name is not null
                    then {{ list_slice('postdirectionals_in_name.name_words', '1', '-2') }}
                else postdirectionals_in_name.name_words
            end
        {%- endset %}
        {{ words_before_post }} as words_before_post,
        case
            when
                not postdirectionals_in_name.is_box_or_route
                and postdirectionals_in_name.suffix_text is null and {{ list_length(words_before_post) }} >= 2
                then {{ lookup('pub28.suffixes', list_item(words_before_post, '-1')) }}
        end as suffix_in_name
    from postdirectionals_in_name
    cross join pub28
),

-- then a directional written as the name's first word, with the predirectional's column empty
predirectionals_in_name as (
    select
        suffixes_in_name.*,
        {%- set words_before_suffix -%}
            case
                when suffixes_in_name.suffix_in_name is not null
                    then {{ list_slice('suffixes_in_name.words_before_post', '1', '-2') }}
                else suffixes_in_name.words_before_post
            end
        {%- endset %}
        {{ words_before_suffix }} as words_before_suffix,
        case
            when
                not suffixes_in_name.is_box_or_route
                and suffixes_in_name.predirectional_text is null and {{ list_length(words_before_suffix) }} >= 2
                then {{ lookup('pub28.directionals', list_item(words_before_suffix, '1')) }}
        end as predirectional_in_name
    from suffixes_in_name
    cross join pub28
),

-- the name's words, ordinals in figures
name_words_read as (
    select
        predirectionals_in_name.*,
        {%- set words_of_name -%}
            case
                when predirectionals_in_name.predirectional_in_name is not null
                    then {{ list_slice('predirectionals_in_name.words_before_suffix', '2') }}
                else predirectionals_in_name.words_before_suffix
            end
        {%- endset %}
        {{ list_transform(words_of_name, 'word', 'coalesce(' ~ lookup('pub28.ordinals', 'word') ~ ', word)') }}
            as street_name_words,
        coalesce(
            predirectionals_in_name.suffix_in_name,
            {{ lookup('pub28.suffixes', 'predirectionals_in_name.suffix_text') }},
            predirectionals_in_name.suffix_text
        ) as suffix_read,
        {{ lookup('pub28.box_forms', 'predirectionals_in_name.box_form_text') }} as box_form
    from predirectionals_in_name
    cross join pub28
),

-- a suffix word that opens a lettered name, spelled out (AVE J -> AVENUE J)
first_words_spelled as (
    select
        name_words_read.*,
        case
            when {{ suffix_word_opens_name('name_words_read.street_name_words', 'name_words_read.suffix_read') }}
                then {{ lookup('pub28.suffix_names', list_item('name_words_read.street_name_words', '1')) }}
        end as spelled_first_word
    from name_words_read
    cross join pub28
),

streets_read as (
    select
        first_words_spelled.*,
        coalesce(
            first_words_spelled.predirectional_in_name,
            {{ lookup('pub28.directionals', "replace(first_words_spelled.predirectional_text, ' ', '')") }},
            first_words_spelled.predirectional_text
        ) as predirectional_read,
        {%- set words_spelled -%}
            case
                when first_words_spelled.spelled_first_word is not null
                    then {{ list_of(['first_words_spelled.spelled_first_word']) }}
                    || {{ list_slice('first_words_spelled.street_name_words', '2') }}
                else first_words_spelled.street_name_words
            end
        {%- endset %}
        case
            -- a PO box's segment, and a rural route's or highway contract's, named as the addresses'
            -- parse names them (POST OFFICE BOX is PO BOX, RURAL ROUTE 7 and RR07 are RR 7)
            when first_words_spelled.record_type_read = 'P' and first_words_spelled.box_form = 'PO BOX' then 'PO BOX'
            when
                first_words_spelled.record_type_read = 'R' and first_words_spelled.box_form in ('RR', 'HC')
                and first_words_spelled.route_number != ''
                then first_words_spelled.box_form || ' ' || first_words_spelled.route_number
            when first_words_spelled.is_box_or_route
                then {{ join_tokens('first_words_spelled.name_words', '1', none) }}
            else nullif({{ list_join(words_spelled, ' ') }}, '')
        end as street_name_read,
        coalesce(
            first_words_spelled.postdirectional_in_name,
            {{ lookup('pub28.directionals', "replace(first_words_spelled.postdirectional_text, ' ', '')") }},
            first_words_spelled.postdirectional_text
        ) as postdirectional_read,
        coalesce(
            {{ lookup('pub28.designators', 'first_words_spelled.designator_text') }},
            first_words_spelled.designator_text
        ) as secondary_designator_read
    from first_words_spelled
    cross join pub28
)

select
    source_row,
    lpad(trim(zip5), 5, '0') as zip5,
    lpad(trim(zip4), 4, '0') as zip4,
    record_type_read as record_type,
    {{ primary_number_value('trim(primary_low)') }} as primary_low,
    {{ primary_number_value('trim(primary_high)') }} as primary_high,
    primary_parity_read as primary_parity,
    predirectional_read as predirectional,
    street_name_read as street_name,
    suffix_read as suffix,
    postdirectional_read as postdirectional,
    secondary_designator_read as secondary_designator,
    upper(trim(secondary_low)) as secondary_low,
    upper(trim(secondary_high)) as secondary_high,
    secondary_parity_read as secondary_parity,
    upper(trim(carrier_route)) as carrier_route,
    {{ unreadable_value('record_type', 'record_type_read') }} as record_type_as_written,
    {{ unreadable_value('primary_parity', 'primary_parity_read') }} as primary_parity_as_written,
    {{ unreadable_value('secondary_parity', 'secondary_parity_read') }} as secondary_parity_as_written
from streets_read
