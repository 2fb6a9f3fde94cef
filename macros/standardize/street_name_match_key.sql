{#- A street name with the words that open names as abbreviations or in full read one way:
    SAINT and ST, MOUNT and MT, FORT and FT (ST JAMES, SAINT JAMES -> ST JAMES). Pub 28 keeps words
    inside a street name as written (the suffix is split off before this), so a list and the ZIP+4
    file may write the same street either way; CASS compares a street the ZIP does not have with
    the ZIP's streets on this key before giving up on it. -#}
{% macro street_name_match_key(street_name) -%}
    {{ return(adapter.dispatch('street_name_match_key', 'drop_hygiene')(street_name)) }}
{%- endmacro %}

{% macro default__street_name_match_key(street_name) -%}
    {{ regexp_replace_all(regexp_replace_all(regexp_replace_all(
        street_name,
        '(^| )SAINT( |$)', '\\1ST\\2'),
        '(^| )MOUNT( |$)', '\\1MT\\2'),
        '(^| )FORT( |$)', '\\1FT\\2') }}
{%- endmacro %}
