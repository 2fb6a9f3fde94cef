{#- A cleaned delivery line (clean_address_text) whose unit is written before its building or floor
    (`500 TOWER CT APT 12 BLDG 1`, `40 ELM ST STE 200 3RD FLOOR`, and a line 2 of `APT 12 BLDG 1`):
    the building or floor first (`500 TOWER CT BLDG 1 APT 12`). The standardization takes a line's
    last unit for the one its delivery point is looked up by and prints the one before it ahead of
    it: read as written, the building was the unit and the piece went out DPV S with the building's
    default delivery point, or was not confirmed. Only an apartment, suite, unit, room or office (or
    `#`) before a building or a floor (`FL 3`, `3RD FLOOR`, `SECOND FLOOR`) is turned round; any
    other pair stays as written, and so does any other line, and NULL. The line is written once in
    the expression, so that normalize_delivery_text can run it only on the lines that
    may_hold_building find. -#}
{% macro with_building_first(line) -%}
    {{ return(adapter.dispatch('with_building_first', 'drop_hygiene')(line)) }}
{%- endmacro %}

{% macro default__with_building_first(line) -%}
    {%- set number = '(?:# )?[0-9A-Z]+(?:-[0-9A-Z]+)?' -%}
    {%- set unit = '(?:(?:APT|APARTMENT|STE|SUITE|UNIT|RM|ROOM|OFC|OFFICE) |# )' ~ number -%}
    {%- set floor_ordinals = 'FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|[0-9]+(?:ST|ND|RD|TH)' -%}
    {%- set building = '(?:BLDG|BLD|BUILDING|FL|FLR|FLOOR) ' ~ number ~ '|(?:' ~ floor_ordinals ~ ') (?:FLOOR|FLR|FL)' -%}
    {{ regexp_replace_first(line, '^(|.* )(' ~ unit ~ ') (' ~ building ~ ')$', '\\1\\3 \\2') }}
{%- endmacro %}

{#- Whether a cleaned line may hold a building or a floor (a cheap test: BLD, BUILDING or FL in it);
    with_building_first decides. -#}
{% macro may_hold_building(line) -%}
    ({{ line }} like '%BLD%' or {{ line }} like '%BUILDING%' or {{ line }} like '%FL%')
{%- endmacro %}
