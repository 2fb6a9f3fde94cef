{#- The city field of the place a record names, for the rows of `relation` (which has city,
    state, zip, address_line_1 and address_line_2): the city field as written, or, when the city,
    state and ZIP fields are all empty (has_no_place_fields), the last line the address lines hold:
      - written on line 1 after a comma (`607 7TH CT, TRACY, MN 56175` or `..., MN 56175, USA`
        gives `TRACY, MN 56175`: without_country and last_line_after_comma);
      - line 2 when it is a last line and nothing else (`TRACY MN 56175`, `TRACY, MN 56175-1287`,
        `APO AE 09499`: last_line_alone), as a list that maps a three-line address block onto
        its two address fields keeps it; the standardization then drops that line from the
        delivery lines;
      - an overseas military last line at the end of line 1 (`PSC 802 BOX 74 APO AE 09499`:
        military_last_line), whose city is one of three words, so it is told from the delivery
        line without a comma (Pub 28 225);
    which the standardization then reads as a city field that holds the state and ZIP too. A list
    that keeps the whole address in the address fields is coded from them; a record with any of
    the three fields keeps its own. -#}
{% macro place_city(relation) -%}
    {{ return(adapter.dispatch('place_city', 'drop_hygiene')(relation)) }}
{%- endmacro %}

{% macro default__place_city(relation) -%}
    case
        when {{ has_no_place_fields(relation) }}
            then coalesce(
                {{ last_line_after_comma(without_country(relation ~ '.address_line_1')) }},
                {{ last_line_alone(without_country(relation ~ '.address_line_2')) }},
                {{ military_last_line(relation ~ '.address_line_1') }}
            )
        else {{ relation }}.city
    end
{%- endmacro %}

{#- True when the record's city, state and ZIP fields are all empty (NULL or spaces): the record
    names its place, if at all, in its address lines (place_city). -#}
{% macro has_no_place_fields(relation) -%}
    (
        nullif(trim({{ relation }}.city), '') is null
        and nullif(trim({{ relation }}.state), '') is null
        and nullif(trim({{ relation }}.zip), '') is null
    )
{%- endmacro %}
