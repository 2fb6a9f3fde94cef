{#- A delivery line without the last line written after it behind a comma, as a list whose
    address was kept in one field gives it: `3437 GRANT ST, TRACY MN 56175`,
    `3437 GRANT ST, TRACY, MN 56175-1287` -> `3437 GRANT ST` (the city, the two-letter state and
    the ZIP or ZIP+4 are the last line, Pub 28 211 and 224; the record's own city, state and ZIP
    fields are the ones coded). What follows the comma must be a city ending in a letter, a state
    of two letters after a space and a ZIP of five digits at the end, so a unit after a comma
    (`40 ELM ST, STE 12345`, `8 OCEAN PKWY, APT 3-C`) stays. A line without a comma (nearly all)
    is not searched. NULL stays NULL. -#}
{% macro without_last_line(text) -%}
    {{ return(adapter.dispatch('without_last_line', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__without_last_line(text) -%}
    case
        when {{ text }} like '%,%'
            then {{ regexp_replace_first(text,
                ' *,[^,]*[A-Za-z] *,? +[A-Za-z]{2}[.]? *,? +[0-9]{5}( *-? *[0-9]{4})? *$', '') }}
        else {{ text }}
    end
{%- endmacro %}
