{#- How alike two street names are, for correcting a misspelled street: Jaro-Winkler
    similarity (0..1). Used with edit_distance() and the thresholds in
    int_addresses__cass_coded. -#}
{% macro street_similarity(a, b) -%}
    {{ return(adapter.dispatch('street_similarity', 'drop_hygiene')(a, b)) }}
{%- endmacro %}

{% macro default__street_similarity(a, b) -%}
    jaro_winkler_similarity({{ a }}, {{ b }})
{%- endmacro %}

{% macro edit_distance(a, b) -%}
    {{ return(adapter.dispatch('edit_distance', 'drop_hygiene')(a, b)) }}
{%- endmacro %}

{% macro default__edit_distance(a, b) -%}
    levenshtein({{ a }}, {{ b }})
{%- endmacro %}
