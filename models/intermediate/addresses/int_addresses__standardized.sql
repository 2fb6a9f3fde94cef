{#- USPS Publication 28 standardization of every address in int_addresses__unioned: the
    parsed components and the standardized delivery line. Word lists come from the pub28_*
    seeds (read as one-row maps); the rules are:
      - a country written at the end of a line behind a comma (`404 CEDAR TER, USA`) is dropped
        (without_country);
      - a last line written after the street behind a comma (`3437 GRANT ST, TRACY MN 56175`, or
        the record's own city, or city and state, alone: `40 ELM ST APT 9, SEDONA`) is dropped
        (without_last_line): the record's own city, state and ZIP are coded; so is a firm or
        building name before the address behind a comma (`SUNSET TOWERS, 3436 ROSEWOOD ST`,
        without_name_before_comma), unless it starts with a unit designator (`LOBBY, 40 ELM ST`);
      - a note in parentheses (`123 MAIN ST (BACK DOOR)`, `(WORK) 40 ELM ST`) is dropped, but not
        one that holds a digit, opens with a unit designator or names a floor (`(APT 4)`,
        `(REAR)`, `(LSD 51)`: without_parenthetical_note); so is a care-of or attention note after
        the address (`40 OAK AVE C/O MARY JONES`, `PO BOX 5, ATTN BILLING`: without_attention_note;
        mail_ready prints it on its attention line);
      - the text is cleaned (clean_address_text) and rewritten where Pub 28 says so before it is
        split into words (normalize_delivery_text: glued designators and numbers split, dashes,
        two-word ordinals and directionals, grid numbers, a military last line dropped);
      - a primary number spelled out (ONE MICROSOFT WAY, TWENTY-ONE JUMP ST) is written in
        figures, one to ninety-nine (write_number_words_as_figures);
      - `#`, NO and NUMBER after a unit designator or a box or route word are dropped (APT # 5
        -> APT 5, PO BOX #12 -> PO BOX 12, Pub 28 213 and 241); NO, NUMBER, NBR or NUM before
        the line's last number after the street is `#`, the designator not known (40 ELM ST NO 4
        -> 40 ELM ST # 4, Pub 28 213), but not after a highway word (HWY NO 5);
      - a unit written before the street (`#8 40 ELM ST`, `APT 8, 40 ELM ST`, `LOBBY, 40 ELM
        ST`) is moved after it; a `#` or NO before the only number of the line (`#3574 CEDAR PL`,
        `NO. 1946 MAIN ST`) is dropped;
      - a line is a PO box (`PO BOX 12`; DRAWER, CALLER, BIN and LOCKBOX are PO BOX, Pub 28 283;
        a box number keeps its leading zeros, 282), a rural route or highway contract box
        (`RR 2 BOX 15`, `HC 1 BOX 5`; RFD, RD, ROUTE and STAR ROUTE forms; the route number
        without leading zeros, 242 and 252), a military box (`PSC 1234 BOX 5678`, also CMR and
        UNIT), a ship (`USS NAME`, kept as written), GENERAL DELIVERY (Pub 28 261), or a street
        address that starts with a primary number (`123`, `123A`, `12-34`, `123 1/2`, a grid
        number `N64W23810`);
      - the secondary unit is the last unit designator (or `#`) in line 1 that follows at least
        one street word, with the word after it as the unit number; else line 2 when it starts
        with a designator or `#`. When both have one, line 2's is the unit and line 1's is
        printed before it (`875 10TH CT BLDG A` over `APT 5`), unless the two have one number
        (`APT 5` over `# 5`: one unit written twice), and so is the same unit twice on one line
        (APT 4 APT 4); a building or floor alone on line 2 under a unit on line 1 (`500 TOWER CT
        APT 12` over `BLDG 1`) is printed before the unit, which stays the last. A unit number
        alone on line 2 (`12B`, up to four digits) is the unit, `#`.
        When line 1 is empty and line 2 is not, or line 1 has no primary
        number and line 2 has one (in figures or words) or is a box or route (`ACME CORP` over
        `PO BOX 131`), they swap; a street over a box or route swaps too, since the address on the
        line just above the city line is the one delivered to (Pub 28 215, dual addresses). A
        PO box and a street on one line (`PO BOX 5 123 MAIN ST`, `123 MAIN ST, PO BOX 5`) are the
        box alone (with_parts_in_place: Pub 28 215's "normally the Post Office Box address"). A
        unit written before its building or floor (`APT 12 BLDG 1`, `STE 200 3RD FLOOR`) is read as
        written after it (with_parts_in_place): the unit is the last.
        A line that is only a route or a military unit (`RR 2`, `HC 1`, `PSC 802`, `UNIT 2050`)
        and another that is only its box (`BOX 15`), either way round, are one line, the route
        first (`RR 2 BOX 15`): a form with two address fields splits them so.
        A designator that takes no number (FRONT, REAR, PH) is a unit only as the line's last word
        or before a last word that is a unit number (PH 2, OFC 5; 100 N FRONT ST is a street); a
        unit and its number just before the last unit are printed
        before it (secondary_before: BLDG A in BLDG A APT 5) and are not part of the street; a
        private mailbox (PMB 123, Pub 28 285) at the end of the line or alone on line 2 is printed
        at the end of the delivery line (private_mailbox) and is never the unit;
      - a two-word directional (SOUTH WEST, N E) before or after the street is one directional,
        unless that would leave only a suffix for the name (`100 SOUTH WEST ST` stays S WEST ST);
      - a numbered highway (Pub 28 237): a highway phrase of the pub28_highway_forms seed followed
        by its number or letters is spelled out (CO RD 7 -> COUNTY ROAD 7, US HWY 30 -> US
        HIGHWAY 30, FM 1960 -> FARM TO MARKET ROAD 1960), with any pre- and post-directional
        around it; a phrase that ends the street (PACIFIC COAST HWY) is a suffix;
      - otherwise, of the street words, the last is the post-directional when it is a directional
        and words remain before it; then the last is the suffix when it is a Pub 28 suffix and
        words remain before it; then the first is the pre-directional under the same
        condition. What is left is the street name, ordinal words as figures (FIRST -> 1ST,
        SIXTY-SECOND -> 62ND), so a directional or suffix that is the whole name stays the name
        (`NORTH ST`, `PARKWAY`);
      - a suffix word that is the whole name, or opens a name that is only a number or letters
        (or `... OF ...`), is spelled out in full (`AVE J` -> AVENUE J, `PKWY` -> PARKWAY, Pub 28
        232 and Appendix C1's primary names); ST, MT and FT, which open names as SAINT, MOUNT
        and FORT, are kept as written.
    Words inside a street name are kept as written (MILL STATION RD): only the suffix is
    abbreviated. -#}
with addresses as (
    select * from {{ ref('int_addresses__unioned') }}
),

-- the drop's distinct city, state and ZIP, read from the union on their own: read from
-- `addresses`, which the lines stream through, they made DuckDB hold every wide address row in
-- memory for this second reader (6.5 GB at 10M records, against 2.9 GB)
-- the place a record names: its city, state and ZIP fields, or, when all three are empty, the
-- last line its address lines hold (`607 7TH CT, TRACY, MN 56175`, line 2 `TRACY MN 56175`, `... APO
-- AE 09499`), read as if it were in the city field (place_city); the same expression here and
-- where the lines are read
address_places as {{ materialize_cte() }} (
    select distinct
        {{ place_city('places_written') }} as city,
        places_written.state,
        places_written.zip
    from {{ ref('int_addresses__unioned') }} as places_written
),

pub28 as (
    select
        {{ seed_map(ref('pub28_unit_designators')) }} as designators,
        {{ seed_map(ref('pub28_unit_designators'), 'requires_range') }} as designator_ranges,
        {{ seed_map(ref('pub28_highway_forms')) }} as highways,
        {{ seed_map(ref('pub28_directionals')) }} as directionals,
        {{ seed_map(ref('pub28_ordinals')) }} as ordinals,
        {{ seed_map(ref('pub28_box_forms')) }} as box_forms,
        {{ seed_map(ref('pub28_box_forms'), 'form') }} as box_form_kinds
),

-- a country written at the end of a line behind a comma (`404 CEDAR TER, USA`) is not part of a
-- domestic address, nor is a note in parentheses (`(BACK DOOR)`) or a care-of or attention note after
-- the address (`C/O MARY JONES`); the lines as written go no
-- further (they are in int_addresses__unioned on the same key)
domestic_lines as (
    select
        {{ select_all_except('addresses', ['address_line_1', 'address_line_2']) }},
        {{ without_country(without_attention_note(
            without_parenthetical_note('addresses.address_line_1')
        )) }} as address_line_1,
        {{ without_country(without_attention_note(
            without_parenthetical_note('addresses.address_line_2')
        )) }} as address_line_2
    from addresses
),

-- nor is a firm or building name written before the address behind a comma, nor a line 2 that
-- is the last line of a record with empty city, state and ZIP fields (place_city reads it)
named_lines as (
    select
        {{ select_all_except('domestic_lines', ['address_line_1', 'address_line_2', 'city']) }},
        {{ place_city('domestic_lines') }} as city,
        {{ without_name_before_comma('domestic_lines.address_line_1', 'pub28.designators') }} as line_1,
        case
            when
                {{ has_no_place_fields('domestic_lines') }}
                and {{ last_line_alone('domestic_lines.address_line_2') }} is not null
                then null
            else {{ without_name_before_comma('domestic_lines.address_line_2', 'pub28.designators') }}
        end as line_2
    from domestic_lines
    cross join pub28
),

-- nor is a last line written after it behind a comma
delivery_lines as (
    select
        {{ select_all_except('named_lines', ['line_1', 'line_2']) }},
        {{ without_last_line('named_lines.line_1', 'named_lines.city', 'named_lines.state') }} as delivery_line_1,
        {{ without_last_line('named_lines.line_2', 'named_lines.city', 'named_lines.state') }} as delivery_line_2
    from named_lines
),

cleaned_text as (
    select
        {{ select_all_except('delivery_lines', ['delivery_line_1', 'delivery_line_2']) }},
        {{ clean_address_text('delivery_lines.delivery_line_1') }} as text_line_1,
        {{ clean_address_text('delivery_lines.delivery_line_2') }} as text_line_2
    from delivery_lines
),

cleaned as (
    select
        *,
        {{ normalize_delivery_text('text_line_1') }} as clean_line_1,
        {{ normalize_delivery_text('text_line_2') }} as clean_line_2
    from cleaned_text
),

-- line 1 is the delivery line unless it is empty and line 2 is not, or it has no number and line 2
-- has one (in figures or words) or is a box or route (ACME CORP over PO BOX 131; a line that is a
-- box or route itself stays line 1), or it is a street and line 2 a box or route (Pub 28 215).
-- The box and route words are the pub28_box_forms seed's, less the ones that also begin streets
-- and units (ROUTE, RTE, RT, RD, UNIT), as they read after cleaning.
{#- the route and military words a box line may open with, as they read after cleaning -#}
{% set route_words = 'RURAL( ROUTE| RTE| RT| FREE DELIVERY)?|RURALROUTE|R R|RR|RFD|R F D|HIGHWAY CONTRACT( ROUTE)?'
    ~ '|HWY CONTRACT|STAR (ROUTE|RTE|RT)|HCR?|H C' %}
{% set box_line = '^(POST OFFICE (BOX|BX|DRAWER)|P O (BOX|B|DRAWER)|PO (BOX|BX|DRAWER)|POB|POBOX|BOX|BX'
    ~ '|DRAWER|(FIRM )?CALLER( BOX)?|BIN|LOCK ?BOX|' ~ route_words ~ '|PSC|CMR) #? ?[0-9]' %}
{#- a line that is only a route or a military unit and its number, with no box; and one that is only a box -#}
{% set route_only = '^(' ~ route_words ~ '|ROUTE|RTE|RT|PSC|CMR|UNIT) #? ?[0-9]+$' %}
{% set box_only = '^(BOX|BX) #? ?[0-9]+$' %}
oriented as (
    select
        *,
        -- as a case, so that a line 1 that starts with a number (nearly all) is tested once
        case
            when clean_line_1 is null then clean_line_2 is not null
            -- a street over a box or route: the box, on the line just above the last line, is the
            -- delivery address (Pub 28 215, dual addresses)
            when {{ regexp_contains('clean_line_1', '^[0-9]') }}
                then clean_line_2 is not null and {{ regexp_contains('clean_line_2', box_line) }}
            when clean_line_2 is null then false
            when {{ regexp_contains('clean_line_2', '^[0-9]') }} then true
            else (
                {{ regexp_contains('clean_line_2', box_line) }}
                and not {{ regexp_contains('clean_line_1', box_line) }}
            ) or (
                -- ACME CORP over ONE MAIN ST: a number spelled out is a number
                {{ opens_with_number_words('clean_line_2') }}
                and not {{ opens_with_number_words('clean_line_1') }}
            )
        end as is_lines_swapped,
        -- a route or military unit on one line and its box on the other, as a form with two
        -- address fields splits them (`RR 2` over `BOX 15`, `PSC 802` over `BOX 74`, either way
        -- round): one delivery line, the route first (Pub 28 241, 251 and 225)
        -- (a box line starts with B: that cheap test first, on the few lines 2 there are)
        case
            when clean_line_2 is null then null
            when
                clean_line_2 like 'B%'
                and {{ regexp_contains('clean_line_2', box_only) }}
                and {{ regexp_contains('clean_line_1', route_only) }}
                then clean_line_1 || ' ' || clean_line_2
            when
                clean_line_1 like 'B%'
                and {{ regexp_contains('clean_line_1', box_only) }}
                and {{ regexp_contains('clean_line_2', route_only) }}
                then clean_line_2 || ' ' || clean_line_1
        end as route_box_text
    from cleaned
),

lines_in_order as (
    select
        *,
        coalesce(
            route_box_text,
            {{ write_number_words_as_figures('case when is_lines_swapped then clean_line_2 else clean_line_1 end') }}
        ) as delivery_text,
        case
            when route_box_text is not null then null
            when is_lines_swapped then clean_line_1
            else clean_line_2
        end as other_text
    from oriented
),

tokenized as (
    select
        *,
        {{ address_tokens('delivery_text') }} as written_tokens,
        {{ address_tokens('other_text') }} as other_written_tokens
    from lines_in_order
),

-- From here to `components`, each step reads one address row and the one-row `pub28`
-- lookup; the lookup's maps are named `pub28.x`, everything unqualified is the address's.
-- noqa: disable=RF02
-- `#`, NO, NUMBER after a designator or a box or route word are not part of the address
fillers_dropped as (
    select
        tokenized.*,
        {{ drop_number_words('written_tokens', 'delivery_text', 'pub28.designators') }} as unit_first_tokens,
        {{ drop_number_words('other_written_tokens', 'other_text', 'pub28.designators') }} as other_tokens
    from tokenized
    cross join pub28
),

-- a unit written before the street moves after it: `# 8 40 ELM ST`, `LOBBY 40 ELM ST`
unit_first_lengths as (
    select
        fillers_dropped.*,
        case
            when
                {{ list_length('unit_first_tokens') }} >= 3
                and {{ lookup('pub28.designators', list_item('unit_first_tokens', '1')) }} is not null
                and coalesce({{ list_item('unit_first_tokens', '3') }}, '') not in ('BOX', 'BX')
                then case
                        when {{ lookup('pub28.designator_ranges', list_item('unit_first_tokens', '1')) }} then 2 else 1
                    end
            else 0
        end as unit_first_words
    from fillers_dropped
    cross join pub28
),

line_words as (
    select
        *,
        case
            -- a `#` or NO keyed before the primary number (`#3574 CEDAR PL`, `NO. 1946 MAIN ST`):
            -- the number is the house's
            when
                {{ list_item('unit_first_tokens', '1') }} in ('#', 'NO', 'NUMBER', 'NBR', 'NUM')
                and {{ list_length('unit_first_tokens') }} >= 3
                and {{ matches_whole_pattern(list_item('unit_first_tokens', '2'), '[0-9]+[A-Z]?') }}
                and not {{ regexp_contains(list_item('unit_first_tokens', '3'), '^[0-9]') }}
                then {{ list_slice('unit_first_tokens', '2') }}
            when
                unit_first_words > 0
                and {{ list_length('unit_first_tokens') }} > unit_first_words + 1
                and {{ regexp_contains(list_item('unit_first_tokens', 'unit_first_words + 1'), '^[0-9]') }}
                then {{ list_slice('unit_first_tokens', 'unit_first_words + 1') }}
                    || {{ list_slice('unit_first_tokens', '1', 'unit_first_words') }}
            else unit_first_tokens
        end as line_tokens
    from unit_first_lengths
),

-- NO, NUMBER, NBR or NUM before the line's last word, a number, after the street (`40 ELM ST NO 4`)
-- is the `#` of a unit whose designator is not known (Pub 28 213); after a highway word it is part
-- of the highway's name (`HWY NO 5`), and after a designator drop_number_words has dropped it
unit_signs as (
    select
        {{ select_all_except('line_words', ['line_tokens']) }},
        case
            -- the second-last word first: nearly no line has one of these there
            when
                {{ list_item('line_words.line_tokens', '-2') }} in ('NO', 'NUMBER', 'NBR', 'NUM')
                and {{ list_length('line_words.line_tokens') }} >= 4
                and {{ regexp_contains(list_item('line_words.line_tokens', '-1'), '^[0-9]') }}
                and {{ regexp_contains(list_item('line_words.line_tokens', '1'), '^[0-9]') }}
                and {{ list_item('line_words.line_tokens', '-3') }} not in ('HWY', 'HIGHWAY', 'ROUTE', 'RTE', 'RT')
                then {{ list_slice('line_words.line_tokens', '1', '-3') }}
                    || {{ list_of(["'#'", list_item('line_words.line_tokens', '-1')]) }}
            else line_words.line_tokens
        end as line_tokens
    from line_words
),

-- box, route and military forms: the longest seed phrase the line starts with
box_phrases as (
    select
        unit_signs.*,
        case
            -- a line that starts with a digit is a street address: no box phrase to look for
            when left({{ list_item('line_tokens', '1') }}, 1) between '0' and '9' then 0
            when {{ lookup('pub28.box_forms', join_tokens('line_tokens', 1, 3)) }} is not null then 3
            when {{ lookup('pub28.box_forms', join_tokens('line_tokens', 1, 2)) }} is not null then 2
            when {{ lookup('pub28.box_forms', list_item('line_tokens', '1')) }} is not null then 1
            else 0
        end as box_phrase_words
    from unit_signs
    cross join pub28
),

box_forms as (
    select
        box_phrases.*,
        case
            when box_phrase_words > 0
                then {{ lookup('pub28.box_forms', join_tokens('line_tokens', 1, 'box_phrase_words')) }}
        end as box_standard,
        case
            when box_phrase_words > 0
                then {{ lookup('pub28.box_form_kinds', join_tokens('line_tokens', 1, 'box_phrase_words')) }}
        end as box_kind,
        case
            when box_phrase_words > 0 then {{ list_slice('line_tokens', 'box_phrase_words + 1') }}
            else {{ list_of([]) }}
        end as after_box_phrase
    from box_phrases
    cross join pub28
),

classified as (
    select
        *,
        case
            when box_kind = 'po_box' and {{ list_length('after_box_phrase') }} = 1
                then 'po_box'
            when box_kind in ('rural_route', 'highway_contract') and {{ list_length('after_box_phrase') }} = 3
                and {{ matches_whole_pattern(list_item('after_box_phrase', '1'), '[0-9]+') }}
                and {{ list_item('after_box_phrase', '2') }} in ('BOX', 'BX')
                then box_kind
            when box_kind = 'military' and {{ list_length('after_box_phrase') }} = 3
                and {{ matches_whole_pattern(list_item('after_box_phrase', '1'), '[0-9]+') }}
                and {{ list_item('after_box_phrase', '2') }} in ('BOX', 'BX')
                then 'military'
            when
                {{ list_item('line_tokens', '1') }} in ('USS', 'USNS', 'USCGC', 'USNV')
                and {{ list_length('line_tokens') }} >= 2
                then 'ship'
            when
                line_tokens in (
                    {{ list_of(["'GENERAL'", "'DELIVERY'"]) }},
                    {{ list_of(["'GENERAL'", "'DEL'"]) }},
                    {{ list_of(["'GEN'", "'DEL'"]) }}
                )
                then 'general_delivery'
            -- a house number (123, 123A, 12-34, 12-A), or a Wisconsin grid number (N64W23810, W1234)
            when
                {{ matches_whole_pattern(
                    "coalesce(" ~ list_item('line_tokens', 1) ~ ", '')",
                    '[0-9]+[A-Z]?(-[0-9]+[A-Z]?)?|[0-9]+-?[A-Z]|[NSEW][0-9]+([NSEW][0-9]+)?'
                ) }}
                and {{ list_length('line_tokens') }} >= 2
                then 'street'
        end as address_kind
    from box_forms
),

street_words as (
    select
        *,
        case
            when
                address_kind = 'street'
                and {{ matches_whole_pattern("coalesce(" ~ list_item('line_tokens', 2) ~ ", '')", '[0-9]/[0-9]') }}
                then {{ list_item('line_tokens', '1') }} || ' ' || {{ list_item('line_tokens', '2') }}
            when address_kind = 'street' then {{ list_item('line_tokens', '1') }}
            when address_kind in ('po_box', 'rural_route', 'highway_contract', 'military')
                then {{ list_item('after_box_phrase', '-1') }}
        end as primary_number,
        case
            when address_kind in ('rural_route', 'highway_contract')
                then coalesce(nullif({{ trim_leading(list_item('after_box_phrase', '1'), '0') }}, ''), '0')
            else {{ list_item('after_box_phrase', '1') }}
        end as route_number,
        case
            when
                address_kind = 'street'
                and {{ matches_whole_pattern("coalesce(" ~ list_item('line_tokens', 2) ~ ", '')", '[0-9]/[0-9]') }}
                then {{ list_slice('line_tokens', '3') }}
            when address_kind = 'street' then {{ list_slice('line_tokens', '2') }}
            else {{ list_of([]) }}
        end as after_primary
    from classified
),

-- a private mailbox at a commercial mail receiving agency (PMB 123, PMB # 123; Pub 28 285) at the
-- end of the line, or alone on the other line: printed at the end of the delivery line, never the
-- unit a delivery point is looked up by (the agency's address is the delivery point)
{%- set mailbox_words -%}
        case
            -- nearly every line has no PMB: one text search spares it the list work
            when not coalesce(delivery_text like '%PMB%', false) then 0
            when
                {{ list_length('after_primary') }} >= 4
                and {{ list_item('after_primary', '-3') }} = 'PMB'
                and {{ list_item('after_primary', '-2') }} = '#'
                then 3
            when {{ list_length('after_primary') }} >= 3 and {{ list_item('after_primary', '-2') }} = 'PMB' then 2
            else 0
        end
{%- endset %}
private_mailboxes as (
    select
        *,
        {{ mailbox_words }} as mailbox_words,
        {{ list_length('after_primary') }} - {{ mailbox_words }} as unit_search_length,
        case
            when
                coalesce(other_text like 'PMB%', false)
                and {{ list_length('other_tokens') }} in (2, 3)
                and {{ list_item('other_tokens', '1') }} = 'PMB'
                and ({{ list_length('other_tokens') }} = 2 or {{ list_item('other_tokens', '2') }} = '#')
                then 'PMB ' || {{ list_item('other_tokens', '-1') }}
        end as other_line_mailbox
    from street_words
),

unit_positions as (
    select
        private_mailboxes.*,
        case
            when mailbox_words > 0 then 'PMB ' || {{ list_item('after_primary', '-1') }}
            else other_line_mailbox
        end as private_mailbox,
        -- a designator that takes no number (FRONT, REAR, LOBBY, PH) is a unit only as the line's
        -- last word, or before a last word that is a unit number (PH 2, PH 2A, OFC 12-B, PH B; one
        -- letter that is not a directional, and no ordinal): 100 N FRONT ST is a street
        {{ list_item(list_where(
            integer_range(2, 'unit_search_length + 1'),
            'i', lookup('pub28.designators', list_item('after_primary', 'i')) ~ ' is not null and ('
                ~ lookup('pub28.designator_ranges', list_item('after_primary', 'i'))
                ~ ' or i = unit_search_length or i = unit_search_length - 1 and '
                ~ matches_whole_pattern(list_item('after_primary', 'i + 1'), '[0-9]+[A-Z]?|[0-9]+-[0-9A-Z]+|[A-DF-MO-RT-VX-Z]')
                ~ ')'
        ), -1) }} as unit_position
    from private_mailboxes
    cross join pub28
),

-- the unit: the delivery line's last, or the other line's when the delivery line has none; when
-- both have one (`875 10TH CT BLDG A` over `APT 5`), the other line's is the last unit, the one a
-- delivery point is looked up by, and the delivery line's is printed before it (line_unit_before),
-- unless the two have one number (`40 ELM ST APT 5` over `# 5` or `APT 5`: one unit, written twice)
-- A unit number alone on the other line of a street address (`40 ELM ST` over `12B`) is a unit whose
-- designator is not known, `#` (Pub 28 213); five digits and more are a ZIP more often than a unit.
-- Two units on the other line (`BLDG 1 APT 12`, `FLOOR 3 ROOM 301`) are read as on the delivery line:
-- the last is the unit, the first is printed before it (other_unit_before); one unit written twice
-- (`APT 4 APT 4`) is one. An other line with a telephone number in it (`PH 555-123-4567`, ten digits
-- as 3, 3 and 4) holds no unit: PH would read it as a penthouse.
{%- set other_line_unit_number -%}
    address_kind = 'street'
    and {{ list_length('other_tokens') }} = 1
    and {{ matches_whole_pattern(list_item('other_tokens', '1'), '[0-9]{1,4}[A-Z]?|[0-9]{1,4}-[0-9A-Z]{1,4}') }}
{%- endset %}
{%- set has_other_line = 'address_kind is not null and other_text is not null' %}
{%- set other_first_designator = lookup('pub28.designators', list_item('other_tokens', '1')) %}
{%- set other_second_designator = lookup('pub28.designators', list_item('other_tokens', '3')) %}
{%- set other_line_two_units -%}
    {{ has_other_line }}
    and {{ list_length('other_tokens') }} = 4
    and coalesce({{ lookup('pub28.designator_ranges', list_item('other_tokens', '1')) }}, false)
    and coalesce({{ lookup('pub28.designator_ranges', list_item('other_tokens', '3')) }}, false)
{%- endset %}
other_line_units as (
    select
        unit_positions.*,
        case
            -- most lines have no other line: no lookup for them
            when
                {{ has_other_line }}
                and not {{ regexp_contains('other_text', '[0-9]{3}[^0-9]{0,2}[0-9]{3}[^0-9]{0,2}[0-9]{4}') }}
                then case
                        when {{ other_line_two_units }} then {{ other_second_designator }}
                        else coalesce(
                                {{ other_first_designator }},
                                case when {{ other_line_unit_number }} then '#' end
                            )
                    end
        end as other_designator,
        case
            when
                {{ other_line_two_units }}
                and not (
                    {{ other_first_designator }} = {{ other_second_designator }}
                    and {{ list_item('other_tokens', '2') }} = {{ list_item('other_tokens', '4') }}
                )
                then {{ other_first_designator }} || ' ' || {{ list_item('other_tokens', '2') }}
        end as other_unit_before,
        coalesce({{ other_line_two_units }}, false) as has_two_other_units
    from unit_positions
    cross join pub28
),

{% set line_designator = lookup('pub28.designators', list_item('after_primary', 'unit_position')) -%}
{%- set line_unit_number = join_tokens('after_primary', 'unit_position + 1', 'unit_search_length') -%}
{%- set same_unit_number -%}
    (
        {{ line_unit_number }} is not distinct from other_unit_number
        and (other_unit_number is not null or {{ line_designator }} = other_designator)
    )
{%- endset %}
other_unit_numbers as (
    select
        *,
        case
            when other_designator is not null and has_two_other_units then {{ list_item('other_tokens', '4') }}
            when other_designator = '#' and {{ other_line_unit_number }} then {{ list_item('other_tokens', '1') }}
            when other_designator is not null then {{ join_tokens('other_tokens', 2, list_length('other_tokens')) }}
        end as other_unit_number
    from other_line_units
),

-- the other line holds a building or floor alone and the delivery line a unit in it (`500 TOWER CT APT
-- 12` over `BLDG 1`): the delivery line's unit is the last, and the building is printed before it
{%- set building_on_other_line -%}
    (
        other_designator in ('BLDG', 'FL')
        and not has_two_other_units
        and {{ line_designator }} not in ('BLDG', 'FL')
    )
{%- endset %}
units as (
    select
        other_unit_numbers.*,
        case
            when unit_position is not null then {{ list_slice('after_primary', '1', 'unit_position - 1') }}
            when mailbox_words > 0 then {{ list_slice('after_primary', '1', 'unit_search_length') }}
            else after_primary
        end as street_and_unit_tokens,
        case
            when
                unit_position is not null
                and (other_designator is null or {{ same_unit_number }} or {{ building_on_other_line }})
                then {{ line_designator }}
            when other_designator is not null then other_designator
        end as unit_designator,
        case
            when
                unit_position is not null
                and (other_designator is null or {{ same_unit_number }} or {{ building_on_other_line }})
                then {{ line_unit_number }}
            when other_designator is not null then other_unit_number
        end as unit_number,
        case
            when unit_position is not null and other_designator is not null and not {{ same_unit_number }}
                then case
                        when {{ building_on_other_line }} then concat_ws(' ', other_designator, other_unit_number)
                        else concat_ws(' ', {{ line_designator }}, {{ line_unit_number }})
                    end
        end as line_unit_before
    from other_unit_numbers
    cross join pub28
),

-- a unit before the last one (BLDG A in 123 MAIN ST BLDG A APT 5, APT 4 in 123 MAIN ST APT 4
-- REAR) is printed before it; the last one is the unit a delivery point is looked up by
{%- set unit_before_last -%}
    units.unit_position is not null
    and {{ list_length('units.street_and_unit_tokens') }} >= 3
    and {{ lookup('pub28.designator_ranges', list_item('units.street_and_unit_tokens', '-2')) }}
{%- endset %}
{#- the unit written twice on the line (`40 ELM ST APT 4 APT 4`) is one -#}
{%- set same_as_last_unit -%}
    {{ lookup('pub28.designators', list_item('units.street_and_unit_tokens', '-2')) }} = units.unit_designator
    and {{ list_item('units.street_and_unit_tokens', '-1') }} = units.unit_number
{%- endset %}
unit_levels as (
    select
        units.*,
        case
            when {{ unit_before_last }}
                then {{ list_slice('units.street_and_unit_tokens', '1', '-3') }}
            else units.street_and_unit_tokens
        end as street_tokens,
        case
            when units.line_unit_before is not null or units.other_unit_before is not null
                then concat_ws(' ', units.line_unit_before, units.other_unit_before)
            when {{ unit_before_last }} and not coalesce({{ same_as_last_unit }}, false)
                then {{ lookup('pub28.designators', list_item('units.street_and_unit_tokens', '-2')) }}
                    || ' ' || {{ list_item('units.street_and_unit_tokens', '-1') }}
        end as secondary_before
    from units
    cross join pub28
),

-- a directional written as two words (SOUTH WEST, N E) is one, unless only a suffix would be left
directional_pairs as (
    select
        unit_levels.*,
        case
            when
                {{ list_length('unit_levels.street_tokens') }} >= 3
                and {{ list_item('unit_levels.street_tokens', '1') }} in ('N', 'NORTH', 'S', 'SOUTH')
                and {{ list_item('unit_levels.street_tokens', '2') }} in ('E', 'EAST', 'W', 'WEST')
                and not ({{ list_length('unit_levels.street_tokens') }} = 3 and only_suffix.variant is not null)
                then {{ list_of([
                        'left(' ~ list_item('unit_levels.street_tokens', 1) ~ ', 1)'
                        ~ ' || left(' ~ list_item('unit_levels.street_tokens', 2) ~ ', 1)'
                    ]) }}
                    || {{ list_slice('unit_levels.street_tokens', '3') }}
            when
                {{ list_length('unit_levels.street_tokens') }} >= 3
                and {{ list_item('unit_levels.street_tokens', '-2') }} in ('N', 'NORTH', 'S', 'SOUTH')
                and {{ list_item('unit_levels.street_tokens', '-1') }} in ('E', 'EAST', 'W', 'WEST')
                then {{ list_slice('unit_levels.street_tokens', '1', '-3') }}
                    || {{ list_of([
                        'left(' ~ list_item('unit_levels.street_tokens', -2) ~ ', 1)'
                        ~ ' || left(' ~ list_item('unit_levels.street_tokens', -1) ~ ', 1)'
                    ]) }}
            else unit_levels.street_tokens
        end as street_words
    from unit_levels
    left join {{ ref('pub28_street_suffixes') }} as only_suffix
        on
            {{ list_length('unit_levels.street_tokens') }} = 3
            and {{ list_item('unit_levels.street_tokens', '1') }} in ('N', 'NORTH', 'S', 'SOUTH')
            and {{ list_item('unit_levels.street_tokens', '3') }} = only_suffix.variant
),

-- a numbered highway: the seed's phrase (up to four words) right before its number or letters,
-- which end the street (a) or come just before its post-directional (b)
highway_ends as (
    select
        *,
        address_kind = 'street' and {{ list_length('street_words') }} >= 2
        and {{ matches_whole_pattern(list_item('street_words', '-1'), '[0-9]+[A-Z]?|[A-Z]{1,3}') }} as may_end_highway,
        address_kind = 'street' and {{ list_length('street_words') }} >= 3
        and {{ list_item('street_words', '-1') }} in ('N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW')
        and {{ matches_whole_pattern(list_item('street_words', '-2'), '[0-9]+[A-Z]?|[A-Z]{1,3}') }}
            as may_end_highway_before_post
    from directional_pairs
),

highway_phrases as (
    select
        highway_ends.*,
        case when may_end_highway then {{ highway_phrase_words(list_length('street_words')) }} else 0 end as words_a,
        case
            when may_end_highway_before_post
                then {{ highway_phrase_words('(' ~ list_length('street_words') ~ ' - 1)') }}
            else 0
        end as words_b
    from highway_ends
    cross join pub28
),

-- letters after a one-word phrase are a highway only after HWY or CR (OLD US RD is a road)
highway_parts as (
    select
        *,
        words_a > 0 and (
            {{ regexp_contains(list_item('street_words', '-1'), '^[0-9]') }}
            or words_a >= 2 or {{ list_item('street_words', '-2') }} in ('HWY', 'HIGHWAY', 'CR')
        ) as is_highway_at_end,
        words_b > 0 and (
            {{ regexp_contains(list_item('street_words', '-2'), '^[0-9]') }}
            or words_b >= 2 or {{ list_item('street_words', '-3') }} in ('HWY', 'HIGHWAY', 'CR')
        ) as is_highway_before_post
    from highway_phrases
),

highway_spans as (
    select
        *,
        case
            when is_highway_at_end then {{ list_length('street_words') }}
            when is_highway_before_post then {{ list_length('street_words') }} - 1
        end as designator_at,
        case when is_highway_at_end then words_a when is_highway_before_post then words_b else 0 end
            as highway_words
    from highway_parts
),

highway_words_spelled as (
    select
        highway_spans.*,
        case
            when highway_words > 0
                then {{ lookup('pub28.highways', join_tokens(
                    'street_words', 'designator_at - highway_words', 'designator_at - 1'
                )) }}
        end as highway_phrase
    from highway_spans
    cross join pub28
),

highways as (
    select
        highway_words_spelled.*,
        case
            when highway_words > 0 then {{ list_slice('street_words', '1', 'designator_at - highway_words - 1') }}
        end as before_highway,
        case
            when highway_words > 0 then highway_phrase || ' ' || {{ list_item('street_words', 'designator_at') }}
        end as highway_name,
        case
            when highway_words > 0 and designator_at < {{ list_length('street_words') }}
                then {{ lookup('pub28.directionals', list_item('street_words', '-1')) }}
        end as highway_postdirectional
    from highway_words_spelled
    cross join pub28
),

postdirectionals as (
    select
        highways.*,
        case
            when {{ list_length('street_words') }} >= 2 and highway_name is null
                then {{ lookup('pub28.directionals', list_item('street_words', '-1')) }}
        end as postdirectional
    from highways
    cross join pub28
),

words_before_post as (
    select
        *,
        case
            when postdirectional is not null then {{ list_slice('street_words', '1', '-2') }} else street_words
        end as tokens_before_post
    from postdirectionals
),

suffixes as (
    select
        words_before_post.*,
        suffix_words.standard as street_suffix
    from words_before_post
    left join {{ ref('pub28_street_suffixes') }} as suffix_words
        on
            {{ list_length('words_before_post.tokens_before_post') }} >= 2
            and words_before_post.highway_name is null
            and {{ list_item('words_before_post.tokens_before_post', '-1') }} = suffix_words.variant
),

words_before_suffix as (
    select
        *,
        case
            when street_suffix is not null then {{ list_slice('tokens_before_post', '1', '-2') }}
            else tokens_before_post
        end as name_and_predirectional
    from suffixes
),

predirectionals as (
    select
        words_before_suffix.*,
        case
            when highway_name is not null and {{ list_length('before_highway') }} >= 1
                then {{ lookup('pub28.directionals', list_item('before_highway', '1')) }}
            when highway_name is null and {{ list_length('name_and_predirectional') }} >= 2
                then {{ lookup('pub28.directionals', list_item('name_and_predirectional', '1')) }}
        end as predirectional
    from words_before_suffix
    cross join pub28
),

name_words as (
    select
        predirectionals.*,
        {%- set name_tokens -%}
            case
                when highway_name is not null and predirectional is not null then {{ list_slice('before_highway', '2') }}
                when highway_name is not null then before_highway
                when predirectional is not null then {{ list_slice('name_and_predirectional', '2') }}
                else name_and_predirectional
            end
        {%- endset %}
        {{ list_transform(name_tokens, 'word', 'coalesce(' ~ lookup('pub28.ordinals', 'word') ~ ', word)') }}
            as street_name_words
    from predirectionals
    cross join pub28
),

-- a suffix word that is the whole name, or opens a name of a number or letters: AVE J -> AVENUE J
spelled_out as (
    select
        name_words.*,
        suffix_names.primary_name as name_first_word
    from name_words
    left join {{ ref('pub28_street_suffixes') }} as suffix_names
        on
            name_words.address_kind = 'street'
            and name_words.highway_name is null
            and {{ list_item('name_words.street_name_words', '1') }} = suffix_names.variant
            and {{ suffix_word_opens_name('name_words.street_name_words', 'name_words.street_suffix') }}
),

components as (
    select
        *,
        {%- set name_words_spelled -%}
            case
                when name_first_word is not null
                    then {{ list_of(['name_first_word']) }} || {{ list_slice('street_name_words', '2') }}
                else street_name_words
            end
            || case when highway_name is not null then {{ list_of(['highway_name']) }} else {{ list_of([]) }} end
        {%- endset %}
        case
            when address_kind = 'street' then nullif({{ list_join(name_words_spelled, ' ') }}, '')
            when address_kind = 'po_box' then 'PO BOX'
            when address_kind in ('rural_route', 'highway_contract', 'military')
                then box_standard || ' ' || route_number
            when address_kind = 'ship' then {{ list_join('line_tokens', ' ') }}
            when address_kind = 'general_delivery' then 'GENERAL DELIVERY'
        end as street_name
    from spelled_out
),

{% set street_secondary_before = "case when address_kind = 'street' then secondary_before end" %}
{%- set street_private_mailbox = "case when address_kind = 'street' then private_mailbox end" %}
parsed_lines as (
    select
        address_source,
        source_key,
        first_name,
        middle_name,
        last_name,
        name_suffix,
        company,
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
        case when address_kind = 'street' then coalesce(postdirectional, highway_postdirectional) end
            as postdirectional,
        unit_designator,
        case when unit_designator is not null then regexp_replace(coalesce(unit_number, ''), '^#', '') end
            as unit_number,
        case when address_kind = 'po_box' then primary_number end as po_box,
        {{ street_secondary_before }} as secondary_before,
        {{ street_private_mailbox }} as private_mailbox,
        address_kind is null or street_name is null as is_unparseable,
        case
            when address_kind is not null and street_name is not null
                then {{ build_delivery_line(
                    'address_kind', 'primary_number', 'predirectional', 'street_name', 'street_suffix',
                    'coalesce(postdirectional, highway_postdirectional)', 'unit_designator',
                    "nullif(regexp_replace(coalesce(unit_number, ''), '^#', ''), '')",
                    street_secondary_before,
                    street_private_mailbox
                ) }}
        end as delivery_line
    from components
),

-- noqa: enable=RF02
-- a drop has a few thousand distinct city and state pairs and far fewer ZIPs than addresses:
-- each is cleaned once
place_texts as (
    select distinct
        city,
        state,
        {{ clean_address_text('city') }} as city_text,
        {{ clean_address_text('state') }} as state_text
    from address_places
),

-- a last line split across the fields another way: the ZIP in the state field (`MN 56175`, or
-- `56175` alone: the state and ZIP fields keyed the other way round, the ZIP field's state then
-- read from the ZIP), or the state, and the ZIP, after the city in the city field (`TRACY MN`,
-- `TRACY, MN 56175`, `TRACY 56175`)
{%- set state_with_zip = regexp_contains('state_text', '^([A-Z][A-Z ]*[A-Z] )?[0-9]{5}([ -]?[0-9]{4})?$') %}
place_parts as (
    select
        city,
        state,
        city_text,
        case
            when {{ state_with_zip }}
                then nullif(regexp_extract(state_text, {{ sql_string('^(.*[A-Z]) [0-9]') }}, 1), '')
            else state_text
        end as state_word,
        case
            when {{ state_with_zip }}
                then regexp_extract(state_text, {{ sql_string('([0-9]{5}([ -]?[0-9]{4})?)$') }}, 1)
        end as zip_in_state,
        case
            when {{ regexp_contains('city_text', '[A-Z] [A-Z]{2}( [0-9]{5}([ -]?[0-9]{4})?)?$') }}
                then regexp_extract(city_text, {{ sql_string(' ([A-Z]{2})( [0-9]{5}([ -]?[0-9]{4})?)?$') }}, 1)
        end as state_after_city,
        case
            when {{ regexp_contains('city_text', '[A-Z] [A-Z]{2} [0-9]{5}([ -]?[0-9]{4})?$') }}
                then regexp_extract(city_text, {{ sql_string(' ([0-9]{5}([ -]?[0-9]{4})?)$') }}, 1)
        end as zip_after_city,
        -- a ZIP after the city with no state between (`ROSEDALE 24280`)
        case
            when {{ regexp_contains('city_text', '[A-Z] [0-9]{5}([ -]?[0-9]{4})?$') }}
                then regexp_extract(city_text, {{ sql_string(' ([0-9]{5}([ -]?[0-9]{4})?)$') }}, 1)
        end as zip_after_city_name
    from place_texts
),

-- the state after the city (and the ZIP after it) count when it is a state and the state field
-- is empty or names the same state; a ZIP in the ZIP field wins over both (`final`)
{%- set state_after_city_counts -%}
    tail_states.standard is not null
    and (place_parts.state_word is null or given_states.standard = tail_states.standard)
{%- endset %}
place_fields as (
    select
        place_parts.city,
        place_parts.state,
        case
            when {{ state_after_city_counts }}
                then regexp_extract(place_parts.city_text, {{ sql_string('^(.*[A-Z]) [A-Z]{2}( [0-9-]+)?$') }}, 1)
            when place_parts.zip_after_city_name is not null
                then regexp_extract(place_parts.city_text, {{ sql_string('^(.*[A-Z]) [0-9]') }}, 1)
            else place_parts.city_text
        end as clean_city,
        coalesce(
            given_states.standard,
            place_parts.state_word,
            tail_states.standard
        ) as clean_state,
        coalesce(
            place_parts.zip_in_state,
            case when {{ state_after_city_counts }} then place_parts.zip_after_city end,
            place_parts.zip_after_city_name
        ) as zip_in_place
    from place_parts
    left join {{ ref('pub28_states') }} as given_states
        on place_parts.state_word = given_states.variant
    left join {{ ref('pub28_states') }} as tail_states
        on place_parts.state_after_city = tail_states.variant and tail_states.variant = tail_states.standard
),

places as (
    select
        city,
        state,
        clean_city,
        clean_state,
        {{ zip5_of('zip_in_place') }} as zip5_in_place,
        {{ zip4_of('zip_in_place') }} as zip4_in_place
    from place_fields
),

zips as (
    select
        zip,
        {{ zip5_of('zip_text') }} as zip5_given,
        {{ zip4_of('zip_text') }} as zip4_given,
        {{ zip_zero_restored('zip_text') }} as is_zip_zero_restored
    from (
        -- fullwidth digits and hyphen (９４５６６－１２３４) read as ASCII, as in every other field;
        -- an ASCII ZIP (nearly all) as it is
        select
            zip,
            case
                when {{ byte_length('zip') }} = length(zip) then zip
                else {{ fold_compatibility_forms('zip') }}
            end as zip_text
        from (select distinct zip from address_places) as distinct_zips
    ) as distinct_zip_texts
),

-- a person's name as lists key it across the fields: courtesy titles and a quoted nickname off the
-- given name (strip_name_titles); the whole name in one field with the other empty (`SMITH, JOHN` in
-- either, `JOHN Q SMITH` in the given name's: its last word, and a generational suffix after it, is
-- the surname); a middle initial after the given name (`SARAH Q.`) is not part of it, and is the
-- middle name when that is empty. A given name of one word and a surname without a comma (nearly all) stay as written.
{% set surname_at_end = '^(.*?[^ ]) +([^ ]+( +(?i)(JR|SR|II|III|IV|V|2ND|3RD)[.]?)?)$' %}
name_fields as (
    select
        parsed_lines.*,
        {{ strip_name_titles('parsed_lines.first_name') }} as given_written
    from parsed_lines
),

-- only a name with a comma or a space in it (nearly none) is read further
name_parts as (
    select
        name_fields.*,
        case
            when
                name_fields.last_name like '%,%'
                or name_fields.given_written like '%,%'
                or name_fields.given_written like '% %'
                then case
                        when {{ is_name_behind_comma('name_fields.last_name', 'name_fields.first_name') }}
                            then 'surname_comma'
                        when {{ is_name_behind_comma('name_fields.given_written', 'name_fields.last_name') }}
                            then 'given_comma'
                        when
                            name_fields.given_written like '% %' and {{ is_blank('name_fields.last_name') }}
                            then 'given_whole'
                    end
        end as whole_name_form
    from name_fields
),

person_names as (
    select
        name_parts.*,
        case name_parts.whole_name_form
            when 'surname_comma' then {{ name_after_comma('name_parts.last_name') }}
            when 'given_comma' then {{ name_after_comma('name_parts.given_written') }}
            when 'given_whole' then regexp_extract(name_parts.given_written, '{{ surname_at_end }}', 1)
            else name_parts.given_written
        end as given_full,
        case name_parts.whole_name_form
            when 'surname_comma' then {{ name_before_comma('name_parts.last_name') }}
            when 'given_comma' then {{ name_before_comma('name_parts.given_written') }}
            when 'given_whole' then regexp_extract(name_parts.given_written, '{{ surname_at_end }}', 2)
            else name_parts.last_name
        end as surname_full
    from name_parts
),

people as (
    select
        person_names.*,
        case
            when
                person_names.given_full like '% %'
                and {{ regexp_contains('person_names.given_full', '^[^ ]+ +[A-Za-z][.]?$') }}
                then regexp_extract(person_names.given_full, '^([^ ]+) ', 1)
            else person_names.given_full
        end as given_name,
        case
            when
                person_names.given_full like '% %'
                and nullif(trim(person_names.middle_name), '') is null
                and {{ regexp_contains('person_names.given_full', '^[^ ]+ +[A-Za-z][.]?$') }}
                then regexp_extract(person_names.given_full, ' ([A-Za-z])[.]?$', 1)
            else person_names.middle_name
        end as middle_given
    from person_names
),

final as (
    select
        people.address_source,
        people.source_key,
        {{ standardize_name('people.given_name') }} as first_name,
        {{ standardize_name('people.middle_given') }} as middle_name,
        case
            when
                {{ standardize_name_suffix(trailing_name_word(standardize_name('people.surname_full'))) }}
                is not null
                then regexp_replace({{ standardize_name('people.surname_full') }}, ' [A-Z0-9]+$', '')
            else {{ standardize_name('people.surname_full') }}
        end as last_name,
        coalesce(
            {{ standardize_name_suffix('people.name_suffix') }},
            {{ standardize_name_suffix(trailing_name_word(standardize_name('people.surname_full'))) }}
        ) as name_suffix,
        {{ standardize_name('people.company') }} as company,
        {{ split_joint_given_names('people.given_name') }} as joint_given_names,
        people.is_analyst_corrected,
        people.is_lines_swapped,
        people.address_kind,
        people.primary_number,
        people.predirectional,
        people.street_name,
        people.street_suffix,
        people.postdirectional,
        people.unit_designator,
        people.unit_number,
        people.po_box,
        people.secondary_before,
        people.private_mailbox,
        places.clean_city as city_standardized,
        places.clean_state as state_standardized,
        -- the ZIP field's, else a ZIP written in the state or the city field
        coalesce(zips.zip5_given, places.zip5_in_place) as zip5_given,
        case when zips.zip5_given is not null then zips.zip4_given else places.zip4_in_place end as zip4_given,
        zips.is_zip_zero_restored,
        people.is_unparseable,
        people.delivery_line
    from people
    inner join places
        on people.city is not distinct from places.city and people.state is not distinct from places.state
    inner join zips
        on people.zip is not distinct from zips.zip
)

select * from final
