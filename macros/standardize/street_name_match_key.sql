{#- A street name with the words that open names as abbreviations or in full read one way:
    SAINT and ST, MOUNT and MT, FORT and FT (ST JAMES, SAINT JAMES -> ST JAMES). Pub 28 keeps words
    inside a street name as written (the suffix is split off before this), so a list and the ZIP+4
    file may write the same street either way; CASS compares a street the ZIP does not have with
    the ZIP's streets on this key before giving up on it. Given `suffix_words` (a one-row map, as
    fold_suffix_words reads it), each word it maps is first written as its abbreviation, so that a
    suffix word inside a name reads one way too (MAIN STREET EXT, MAIN ST EXT -> MAIN ST EXT). -#}
{% macro street_name_match_key(street_name, suffix_words=none) -%}
    {{ return(adapter.dispatch('street_name_match_key', 'drop_hygiene')(street_name, suffix_words)) }}
{%- endmacro %}

{% macro default__street_name_match_key(street_name, suffix_words=none) -%}
    {%- if suffix_words is not none -%}
        {%- set street_name = fold_suffix_words(street_name, suffix_words) -%}
    {%- endif -%}
    {{ regexp_replace_all(regexp_replace_all(regexp_replace_all(
        street_name,
        '(^| )SAINT( |$)', '\\1ST\\2'),
        '(^| )MOUNT( |$)', '\\1MT\\2'),
        '(^| )FORT( |$)', '\\1FT\\2') }}
{%- endmacro %}
