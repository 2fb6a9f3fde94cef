{#- How many words (4, 3, 2, 1, or 0 for none) of the street words right before position
    `designator_at` form a highway phrase of the pub28_highway_forms seed: the longest wins
    (COUNTY ROAD before ROAD). Reads the one-row `pub28` lookup's `highways` map. -#}
{% macro highway_phrase_words(designator_at) -%}
    {{ return(adapter.dispatch('highway_phrase_words', 'drop_hygiene')(designator_at)) }}
{%- endmacro %}

{% macro default__highway_phrase_words(designator_at) -%}
    case
        when {{ designator_at }} >= 5
            and {{ lookup('pub28.highways', join_tokens('street_words', designator_at ~ ' - 4', designator_at ~ ' - 1')) }}
            is not null then 4
        when {{ designator_at }} >= 4
            and {{ lookup('pub28.highways', join_tokens('street_words', designator_at ~ ' - 3', designator_at ~ ' - 1')) }}
            is not null then 3
        when {{ designator_at }} >= 3
            and {{ lookup('pub28.highways', join_tokens('street_words', designator_at ~ ' - 2', designator_at ~ ' - 1')) }}
            is not null then 2
        when {{ lookup('pub28.highways', list_item('street_words', designator_at ~ ' - 1')) }} is not null then 1
        else 0
    end
{%- endmacro %}
