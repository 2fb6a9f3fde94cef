{#- The Pub 28 rewrites of a cleaned delivery line (clean_address_text) that work on its text,
    before it is split into words. Each is a whole-word rule:
      - a designator, box or route word glued to its number is split from it (SUITE210 ->
        SUITE 210, APT5B -> APT 5B, PH2 -> PH 2, BOX9 -> BOX 9, RR04 -> RR 04, PSC1234 ->
        PSC 1234, POBOX12 -> POBOX 12; Pub 28 213, 241, 281), or hyphened to its number or letter
        (APT-3 -> APT 3, APT-B -> APT B, BOX-5 -> BOX 5), and so is a highway prefix
        (US-30, US30 -> US 30; I-45 -> I 45; CR-7 -> CR 7; Pub 28 237);
      - a hyphenated two-word directional is one word (NORTH-WEST -> NORTHWEST, Pub 28 233);
      - a spelled-out ordinal of two words is one hyphenated word (SIXTY SECOND -> SIXTY-SECOND),
        which the ordinals seed turns into a figure (62ND, Pub 28 235);
      - leading zeros of an ordinal are dropped (02ND -> 2ND, 003RD -> 3RD);
      - a floor written as an ordinal is the designator FL and its number (3RD FLOOR -> FL 3,
        19TH FL -> FL 19, FL 2ND -> FL 2, and in words from the first to the twentieth: SECOND FLOOR
        -> FL 2, Pub 28 213), so that a line 2 of `Second Floor` is the unit of line 1's street
        (TWENTY FIRST FLOOR is left to the ordinals: 21ST FL);
      - a grid number glued to its directional is split (125S 400E -> 125 S 400 E,
        Pub 28 Appendix D2), and a Wisconsin grid number written in two parts is one
        (W140 N8917 LILLY RD -> W140N8917 LILLY RD, as the ZIP+4 file writes it);
      - a primary number glued to the street name that follows it, a keying slip (2397GARFIELD AVE
        -> 2397 GARFIELD AVE), is split when the letters are three or more and do not start as an
        ordinal's do (ST, ND, RD, TH: 12THST is left as written, and so is a number with one or
        two letters, 123A or 125S, which may be the number's own or a grid's);
      - a fraction joined to its number by a hyphen is written after a space (123-1/2 -> 123 1/2,
        Pub 28 231);
      - a rural route or highway contract box written before its route (BOX 1234 RR 1, as old
        rural lists key it) is written route first (RR 1 BOX 1234, Pub 28 241 and 251);
      - a last line written on the delivery line (APO AE 09499, FPO AP) is dropped (Pub 28 225);
      - a PO box and a street on one line are the box alone (Pub 28 215), and a unit written before
        its building or floor is written after it (APT 12 BLDG 1 -> BLDG 1 APT 12), so that the unit
        is the line's last (with_parts_in_place).
    Only lines that hold a digit next to a letter, a hyphen, a tens word or a military post
    office are rewritten (the fraction, box, dual-address and building rules: lines with a hyphen
    before a slash, that start with B, or that hold a B before an X, POB, BLD, BUILDING or FL); every
    other line passes through untouched. -#}
{% macro normalize_delivery_text(text) -%}
    {{ return(adapter.dispatch('normalize_delivery_text', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__normalize_delivery_text(written) -%}
    {%- set glued_words = 'APT|APARTMENT|STE|SUITE|UNIT|RM|ROOM|FL|FLR|FLOOR|BLDG|BUILDING|LOT|SPC|SPACE|PH|'
        ~ 'PENTHOUSE|TRLR|TRAILER|DEPT|HNGR|PIER|SLIP|STOP|BOX|BX|RR|HC|HCR|PSC|CMR|POBOX|RURALROUTE|RFD' -%}
    {%- set highway_prefixes = 'US|I|IH|SR|CR|FM|RM|HWY|SH|RT|RTE' -%}
    {%- set tens = 'TWENTY|THIRTY|FORTY|FIFTY|SIXTY|SEVENTY|EIGHTY|NINETY' -%}
    {%- set units = 'FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH' -%}
    {%- set route_words = 'RR|R R|RURAL ROUTE|RURAL RTE|RFD|RT|RTE|ROUTE|HC|HCR|HIGHWAY CONTRACT|STAR ROUTE' -%}
    {#- four rewrites of lines that nearly none are (a fraction hyphened to its number, a box before its
        route, a PO box and a street on one line, a unit before its building or floor), tested with
        LIKE first so that every other line is passed as it is -#}
    {%- set text -%}
        case
            when
                {{ written }} like '%-%/%' or {{ written }} like 'B%'
                or {{ may_hold_parts_out_of_place(written) }}
                then {{ with_parts_in_place(regexp_replace_first(regexp_replace_first(written,
                    '^([0-9]+)-([0-9]+/[0-9]+)( |$)', '\\1 \\2\\3'),
                    '^(BOX|BX) ([0-9]+[A-Z]?) (' ~ route_words ~ ') ([0-9]+)$', '\\3 \\4 BOX \\2')) }}
            else {{ written }}
        end
    {%- endset -%}
    {#- a floor in words (SECOND FLOOR), in lines that have FL in them: the phrase is found in the
        line as written (no rewrite here touches it) and replaced at the end by FL and the word's
        place in floor_words (each word padded to 12 letters in one text), so that the line's
        expression is written once: a branch per word, each holding the line, made the
        standardization's Spark plan too big for the JVM's heap. -#}
    {%- set floor_words = units.split('|') + ['TENTH', 'ELEVENTH', 'TWELFTH', 'THIRTEENTH', 'FOURTEENTH',
        'FIFTEENTH', 'SIXTEENTH', 'SEVENTEENTH', 'EIGHTEENTH', 'NINETEENTH', 'TWENTIETH'] -%}
    {%- set floor_phrase = '(^| )((' ~ floor_words | join('|') ~ ') (FLOOR|FLR|FL))( |$)' -%}
    {%- set padded = {'text': ''} -%}
    {%- for word in floor_words -%}
        {%- do padded.update({'text': padded['text'] ~ word ~ ' ' * (12 - word | length)}) -%}
    {%- endfor -%}
    {%- set floor_word = 'regexp_extract(' ~ written ~ ', ' ~ sql_string(floor_phrase) ~ ', 3)' -%}
    {%- set floor_number = integer_divide("instr('" ~ padded['text'] ~ "', rpad(" ~ floor_word ~ ", 12, ' ')) - 1", '12') ~ ' + 1' -%}
    {%- set rules = [
        ('(^| )(' ~ glued_words ~ ')(-([A-Z])( |$)|-?([0-9]))', '\\1\\2 \\4\\5\\6'),
        ('(^| )(' ~ highway_prefixes ~ ')-?([0-9])', '\\1\\2 \\3'),
        ('(^| )(NORTH|SOUTH)-(EAST|WEST)( |$)', '\\1\\2\\3\\4'),
        ('(^| )(' ~ tens ~ ') (' ~ units ~ ')( |$)', '\\1\\2-\\3\\4'),
        ('(^| )0+([1-9][0-9]*(ST|ND|RD|TH))( |$)', '\\1\\2\\4'),
        ('(^| )([0-9]+)(ST|ND|RD|TH) (FLOOR|FLR|FL)( |$)', '\\1FL \\2\\5'),
        ('(^| )(FLOOR|FLR|FL) ([0-9]+)(ST|ND|RD|TH)( |$)', '\\1FL \\3\\5'),
        ('^([NSEW][0-9]+) ([NSEW][0-9]+) ', '\\1\\2 '),
        ('^([0-9]+)([A-MOPQU-Z][A-Z]{2,}|S[A-SU-Z][A-Z]+|N[A-CE-Z][A-Z]+|R[A-CE-Z][A-Z]+'
            ~ '|T[A-GI-Z][A-Z]+)( |$)', '\\1 \\2\\3'),
    ] -%}
    {%- set normalized = {'sql': text} -%}
    {%- for pattern, replacement in rules -%}
        {%- do normalized.update({'sql': regexp_replace_all(normalized['sql'], pattern, replacement)}) -%}
    {%- endfor -%}
    {#- the grid number rule holds at the start of the line only, so it replaces once -#}
    {%- set grid_split = regexp_replace_first(normalized['sql'], '^([0-9]+) ?([NSEW]) ([0-9]+) ?([NSEW])( |$)',
                                              '\\1 \\2 \\3 \\4\\5') -%}
    {#- the floor phrase of the line as written, or a character no cleaned line holds -#}
    {%- set floor_phrase_found -%}
        case
            when
                {{ written }} like '%FL%'
                and {{ regexp_contains(written, floor_phrase) }}
                -- TWENTY FIRST FLOOR is the twenty-first, which the ordinals read (FL is left after it)
                and not {{ regexp_contains(written, '(^| )(' ~ tens ~ ')[ -]') }}
                then regexp_extract({{ written }}, {{ sql_string(floor_phrase) }}, 2)
            else {{ unicode_character(1) }}
        end
    {%- endset -%}
    replace(
        case
            when {{ regexp_contains(text, '[0-9][A-Z]|[A-Z][0-9]|-|(^| )(' ~ tens ~ ') |(^| )(APO|FPO|DPO)( |$)') }}
                then nullif(trim({{ regexp_replace_first(grid_split,
                    '( |^)(APO|FPO|DPO)( (AA|AE|AP))?( [0-9]{5}(-[0-9]{4})?)?$', '') }}), '')
            else {{ text }}
        end,
        {{ floor_phrase_found }},
        case when {{ written }} like '%FL%' then 'FL ' || cast({{ floor_number }} as string) else '' end
    )
{%- endmacro %}
