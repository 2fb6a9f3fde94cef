{#- The words of a cleaned address text, as a list ([] for NULL). -#}
{% macro address_tokens(text) -%}
    {{ return(adapter.dispatch('address_tokens', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__address_tokens(text) -%}
    coalesce(string_split({{ text }}, ' '), [])
{%- endmacro %}

{#- Spark's split() takes a regular expression (a space is one); NULL text gives no words. -#}
{% macro spark__address_tokens(text) -%}
    coalesce(split({{ text }}, ' ', -1), {{ list_of([]) }})
{%- endmacro %}

{#- Words i..j (1-based, inclusive) of a token list joined with spaces; NULL when empty. -#}
{% macro join_tokens(tokens, first_index, last_index) -%}
    {{ return(adapter.dispatch('join_tokens', 'drop_hygiene')(tokens, first_index, last_index)) }}
{%- endmacro %}

{% macro default__join_tokens(tokens, first_index, last_index) -%}
    nullif({{ list_join(list_slice(tokens, first_index, last_index), ' ') }}, '')
{%- endmacro %}

{#- A value looked up in a one-row map of a Pub 28 seed (NULL when the key is not there). -#}
{% macro lookup(map_column, key) -%}
    {{ return(adapter.dispatch('lookup', 'drop_hygiene')(map_column, key)) }}
{%- endmacro %}

{% macro default__lookup(map_column, key) -%}
    map_extract_value({{ map_column }}, {{ key }})
{%- endmacro %}

{% macro spark__lookup(map_column, key) -%}
    try_element_at({{ map_column }}, {{ key }})
{%- endmacro %}

{#- The seed as a one-row map from `variant` to `value_column`, for lookup(). -#}
{% macro seed_map(seed_relation, value_column='standard') -%}
    {{ return(adapter.dispatch('seed_map', 'drop_hygiene')(seed_relation, value_column)) }}
{%- endmacro %}

{% macro default__seed_map(seed_relation, value_column) -%}
    (select map_from_entries(list(struct_pack(k := upper(variant), v := {{ value_column }})))
     from {{ seed_relation }})
{%- endmacro %}

{% macro spark__seed_map(seed_relation, value_column) -%}
    (select map_from_entries(collect_list(struct(upper(variant), {{ value_column }})))
     from {{ seed_relation }})
{%- endmacro %}
