{#- A delivery line without the last line written after it behind a comma, as a list whose
    address was kept in one field gives it: `3437 GRANT ST, TRACY MN 56175`,
    `3437 GRANT ST, TRACY, MN 56175-1287` -> `3437 GRANT ST` (the city, the two-letter state and
    the ZIP or ZIP+4 are the last line, Pub 28 211 and 224; the record's own city, state and ZIP
    fields are the ones coded). What follows the comma must be a city ending in a letter, a state
    of two letters after a space and a ZIP of five digits at the end, so a unit after a comma
    (`40 ELM ST, STE 12345`, `8 OCEAN PKWY, APT 3-C`) stays. Given the record's `city` and
    `state` (the expressions of its fields), a last line of the city alone or the city and state,
    as the record's fields write them, is dropped too (`40 ELM ST APT 9, SEDONA`, `40 ELM ST, SEDONA
    AZ`): without the ZIP a city cannot be told from a unit or a street word by its form, only by
    being the record's own city. Without a comma, the record's own city and state at the end of the
    line, as its fields write them, and a ZIP after them (`312 PLANK RD TRACY MN 56175` for a record
    in Tracy, MN) are dropped too: a city alone cannot be told from a street's word there, but a
    street that ends in its own city's name and its state's code is not one a list holds. Other
    lines without a comma (nearly all) are kept as written. NULL stays NULL. -#}
{% macro without_last_line(text, city=none, state=none) -%}
    {{ return(adapter.dispatch('without_last_line', 'drop_hygiene')(text, city, state)) }}
{%- endmacro %}

{% macro default__without_last_line(text, city, state) -%}
    {%- set after_last_comma = "upper(trim(" ~ regexp_replace_first(text, '^.*,', '') ~ "))" -%}
    {%- set city_written = "upper(trim(" ~ city ~ "))" -%}
    {%- if city is not none -%}
        {#- the line in upper case, single-spaced, without a ZIP at its end; and the record's city
            and state as they would end it -#}
        {%- set line_without_zip = regexp_replace_first(
            regexp_replace_all("upper(trim(" ~ text ~ "))", ' +', ' '), ' [0-9]{5}( ?-? ?[0-9]{4})?$', '') -%}
        {%- set place_tail = "' ' || " ~ regexp_replace_all(city_written, ' +', ' ') ~ " || ' ' || upper(trim(" ~ state ~ "))" -%}
    {%- endif %}
    case
        {%- if city is not none %}
        when
            not coalesce({{ text }} like '%,%', false)
            -- the state's code somewhere in the line first: a test most lines fail at once
            and upper({{ text }}) like ('% ' || upper(trim({{ state }})) || '%')
            and length({{ line_without_zip }}) > length({{ place_tail }}) + 2
            and right({{ line_without_zip }}, length({{ place_tail }})) = {{ place_tail }}
            then left({{ line_without_zip }}, length({{ line_without_zip }}) - length({{ place_tail }}))
        {%- endif %}
        when not coalesce({{ text }} like '%,%', false) then {{ text }}
        {%- if city is not none %}
        when {{ after_last_comma }} in ({{ city_written }}, {{ city_written }} || ' ' || upper(trim({{ state }})))
            then {{ regexp_replace_first(text, ' *,[^,]*$', '') }}
        {%- endif %}
        else {{ regexp_replace_first(text, ' *,' ~ last_line_form() ~ ' *$', '') }}
    end
{%- endmacro %}

{#- The form of a last line after the comma, as a regular expression: a city ending in a letter,
    a two-letter state and a ZIP or ZIP+4 (`TRACY, MN 56175-1287`). Written once for the two
    macros here, which drop it and read it. -#}
{% macro last_line_form() -%}
    {{- return('[^,]*[A-Za-z]' ~ state_and_zip_form()) -}}
{%- endmacro %}

{#- The end of a last line after its city, as a regular expression: a state (by default any two
    letters, else the `state` alternatives given), then a ZIP or ZIP+4, with the spaces, commas and
    period lists put between them (`, MN 56175-1287`, ` AE. 09499`). Shared by the macros here
    that drop and read last lines. -#}
{% macro state_and_zip_form(state='[A-Za-z]{2}') -%}
    {{- return(' *,? +' ~ state ~ '[.]? *,? +[0-9]{5}( *-? *[0-9]{4})?') -}}
{%- endmacro %}

{#- The last line that without_last_line drops for its city, state and ZIP form (`TRACY, MN 56175`
    from `3437 GRANT ST, TRACY, MN 56175`), or NULL when the line has none: for a record whose own
    city, state and ZIP fields are all empty, the place it names (a list that keeps the whole
    address in one field). -#}
{% macro last_line_after_comma(text) -%}
    {{ return(adapter.dispatch('last_line_after_comma', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__last_line_after_comma(text) -%}
    nullif(regexp_extract(
        {{ text }},
        {{ sql_string(' *, *(' ~ last_line_form() ~ ') *$') }},
        1
    ), '')
{%- endmacro %}

{#- The text when it is a last line and nothing else, as place_city reads line 2 (`TRACY MN 56175`,
    `TRACY, MN 56175-1287`, `APO AE 09499`), else NULL: a city of letters (no digit: a delivery line
    has a number, and `12 MAIN ST 56175` is no last line, though ST has a state's form), a
    two-letter state and a ZIP or ZIP+4, nothing after. -#}
{% macro last_line_alone(text) -%}
    {{ return(adapter.dispatch('last_line_alone', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__last_line_alone(text) -%}
    nullif(regexp_extract(
        {{ text }},
        {{ sql_string('^ *([A-Za-z][^,0-9]*[A-Za-z]' ~ state_and_zip_form() ~ ') *$') }},
        1
    ), '')
{%- endmacro %}

{#- An overseas military last line at the end of a line (`PSC 802 BOX 74 APO AE 09499` gives
    `APO AE 09499`; APO, FPO or DPO, then AA, AE or AP, then the ZIP), in capitals, else NULL.
    Its city is one of three words, so it is told from the delivery line before it without a
    comma (Pub 28 225); the delivery line's own cleaning drops it there (normalize_delivery_text). -#}
{% macro military_last_line(text) -%}
    {{ return(adapter.dispatch('military_last_line', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__military_last_line(text) -%}
    nullif(regexp_extract(
        upper({{ text }}),
        {{ sql_string('(^|[ ,])((APO|FPO|DPO)' ~ state_and_zip_form('(AA|AE|AP)') ~ ') *$') }},
        2
    ), '')
{%- endmacro %}
