{#- A street name with each word that is a Pub 28 Appendix C1 suffix word written as its standard
    abbreviation (`MAIN STREET` -> MAIN ST, `MOUNTAIN VIEW` -> MTN VW, `LAKE AVENUE` -> LK AVE),
    for comparing names only: Pub 28 abbreviates a street's last suffix and keeps the words inside
    its name as written (234), so a list's `Main St Ext` and a ZIP+4 file's MAIN STREET EXT are
    one street written two ways. `suffix_words` is a one-row map from each C1 variant to the
    abbreviation it folds to (a word that is itself a standard abbreviation keeps it, so MDW,
    MEADOW's abbreviation, is not taken for MEADOWS); the printed name is never folded. -#}
{% macro fold_suffix_words(street_name, suffix_words) -%}
    {{ list_join(list_transform(address_tokens(street_name), 'name_word',
        'coalesce(' ~ lookup(suffix_words, 'name_word') ~ ', name_word)'), ' ') }}
{%- endmacro %}
