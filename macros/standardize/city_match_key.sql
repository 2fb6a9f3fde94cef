{#- A city name folded for matching a list's city to the City State file's names: SAINT and ST,
    MOUNT and MT, FORT and FT read one way (street_name_match_key), then letters and digits only,
    so that spaces, hyphens, periods and apostrophes never hide a city: `ST. LOUIS` and `SAINT
    LOUIS`, `MCKEES ROCKS` and `MC KEES ROCKS` (as USPS writes it), `COEUR D'ALENE` and `COEUR D
    ALENE`, `WILKES-BARRE` and `WILKES BARRE` each give one key. `city` is upper-case ASCII text
    (an address's cleaned city, or the City State file's name without its accents); NULL stays
    NULL. -#}
{% macro city_match_key(city) -%}
    {{ return(adapter.dispatch('city_match_key', 'drop_hygiene')(city)) }}
{%- endmacro %}

{% macro default__city_match_key(city) -%}
    nullif(replace({{ street_name_match_key(regexp_replace_all(city, '[^A-Z0-9]+', ' ')) }}, ' ', ''), '')
{%- endmacro %}
