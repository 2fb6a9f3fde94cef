{#- The city field of the place a record names, for the rows of `relation` (which has city,
    state, zip and address_line_1): the city field as written, or, when the city, state and ZIP
    fields are all empty, the last line written on line 1 after a comma (`607 7TH CT, TRACY, MN
    56175` or `..., MN 56175, USA` gives `TRACY, MN 56175`, without_country and
    last_line_after_comma), which the standardization then reads as
    a city field that holds the state and ZIP too. A list that keeps the whole address in one field
    is coded from it; a record with any of the three fields keeps its own. -#}
{% macro place_city(relation) -%}
    {{ return(adapter.dispatch('place_city', 'drop_hygiene')(relation)) }}
{%- endmacro %}

{% macro default__place_city(relation) -%}
    case
        when
            nullif(trim({{ relation }}.city), '') is null
            and nullif(trim({{ relation }}.state), '') is null
            and nullif(trim({{ relation }}.zip), '') is null
            then {{ last_line_after_comma(without_country(relation ~ '.address_line_1')) }}
        else {{ relation }}.city
    end
{%- endmacro %}
