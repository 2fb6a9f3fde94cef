{#- A cleaned delivery line (clean_address_text) with two things a form's one address field takes out
    of place put right, in one regular expression (written as three nested ones, they took the
    standardization's compiled SQL past sqlfluff's parse depth):
      - a PO box and a street address on one line, either first (`PO BOX 5 123 MAIN ST`, `123 MAIN
        ST PO BOX 5`): the PO box alone. Pub 28 215 asks for one address on the piece, and for the
        one delivered to, which is "normally the Post Office Box address"; written on two lines,
        the line just above the city line is the one delivered to, and the standardization reads
        that. Left in, the box's words were read as the street's and the address was not coded.
        Only the PO box's own forms count (PO BOX, P O BOX, POST OFFICE BOX, POBOX, POB, PO BX, with
        or without `#`): a BOX alone after a street (`123 MAIN ST BOX 5`) may be a rural box or part
        of the street, and is left as it is;
      - a unit written before its building or floor (`500 TOWER CT APT 12 BLDG 1`, `40 ELM ST STE
        200 3RD FLOOR`, a line 2 of `APT 12 BLDG 1`): the building or floor first (`500 TOWER CT
        BLDG 1 APT 12`). The standardization takes a line's last unit for the one its delivery point
        is looked up by and prints the one before it ahead of it: read as written, the building was
        the unit and the piece went out DPV S with the building's default delivery point. Only an
        apartment, suite, unit, room or office (or `#`) before a building or a floor (`FL 3`, `3RD
        FLOOR`, `SECOND FLOOR`) is turned round; any other pair stays as written.
    Any other line, and NULL, stays as it is. The line is written once in the expression, so that
    normalize_delivery_text runs it only on the lines may_hold_parts_out_of_place finds. -#}
{% macro with_parts_in_place(line) -%}
    {{ return(adapter.dispatch('with_parts_in_place', 'drop_hygiene')(line)) }}
{%- endmacro %}

{% macro default__with_parts_in_place(line) -%}
    {%- set box = '(?:(?:PO|P O|POST OFFICE) (?:BOX|BX)|POBOX|POB) (?:# )?[0-9]+[A-Z]?' -%}
    {#- a house number (123, 123A, 12-34) and a word that starts with a letter, after any fraction -#}
    {%- set street = '[0-9][0-9A-Z/-]* (?:[0-9]+/[0-9]+ )?[A-Z]' -%}
    {%- set number = '(?:# )?[0-9A-Z]+(?:-[0-9A-Z]+)?' -%}
    {%- set unit = '(?:(?:APT|APARTMENT|STE|SUITE|UNIT|RM|ROOM|OFC|OFFICE) |# )' ~ number -%}
    {%- set floor_ordinals = 'FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|[0-9]+(?:ST|ND|RD|TH)' -%}
    {%- set building = '(?:BLDG|BLD|BUILDING|FL|FLR|FLOOR) ' ~ number ~ '|(?:' ~ floor_ordinals ~ ') (?:FLOOR|FLR|FL)' -%}
    {#- groups: 1 the box before a street, 2 the box after one; 3 what precedes the unit, 4 the unit, 5
        the space between, 6 the building (a group that does not take part gives nothing) -#}
    {{ regexp_replace_first(
        line,
        '^(?:(' ~ box ~ ') ' ~ street ~ '.*|' ~ street ~ '.* (' ~ box ~ ')|(|.* )(' ~ unit ~ ')( )(' ~ building ~ '))$',
        '\\1\\2\\3\\6\\5\\4'
    ) }}
{%- endmacro %}

{#- Whether a cleaned line may hold a PO box and a street, or a building or floor (a cheap test: a B
    before an X and a space, POB and a space, BLD, BUILDING or FL); with_parts_in_place decides. -#}
{% macro may_hold_parts_out_of_place(line) -%}
    (
        {{ line }} like '%B%X %' or {{ line }} like '%POB %'
        or {{ line }} like '%BLD%' or {{ line }} like '%BUILDING%' or {{ line }} like '%FL%'
    )
{%- endmacro %}
