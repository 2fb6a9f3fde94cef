{#- A city name folded for matching a list's city to the City State file's names: SAINT and ST,
    MOUNT and MT, FORT and FT read one way (street_name_match_key); when `suffix_words` is given (a
    one-row map, as fold_suffix_words reads it: the caller's C1 suffix words and directionals), each
    word it maps as its abbreviation; then letters and digits only, so that spaces, hyphens, periods
    and apostrophes never hide a city. `ST. LOUIS` and `SAINT LOUIS`, `MCKEES ROCKS` and `MC KEES
    ROCKS` (as USPS writes it), `COEUR D'ALENE` and `COEUR D ALENE`, `WILKES-BARRE` and `WILKES
    BARRE` each give one key; so, with the map, do `COLORADO SPGS` and `COLORADO SPRINGS`, `N LITTLE
    ROCK` and `NORTH LITTLE ROCK` (USPS's own 13-character abbreviations of city names, which lists
    keep, use C1's words and the directionals). `city` is upper-case ASCII text (an address's
    cleaned city, or the City State file's name without its accents); NULL stays NULL. -#}
{% macro city_match_key(city, suffix_words=none) -%}
    {{ return(adapter.dispatch('city_match_key', 'drop_hygiene')(city, suffix_words)) }}
{%- endmacro %}

{% macro default__city_match_key(city, suffix_words=none) -%}
    {%- set city_words = 'trim(' ~ regexp_replace_all(city, '[^A-Z0-9]+', ' ') ~ ')' -%}
    nullif(replace({{ street_name_match_key(city_words, suffix_words) }}, ' ', ''), '')
{%- endmacro %}
