{#- The list `items` without its NULL elements, order kept. -#}
{% macro drop_null_items(items) -%}
    {{ return(adapter.dispatch('drop_null_items', 'drop_hygiene')(items)) }}
{%- endmacro %}

{% macro default__drop_null_items(items) -%}
    list_filter({{ items }}, lambda item: item is not null)
{%- endmacro %}

{% macro spark__drop_null_items(items) -%}
    filter({{ items }}, item -> item is not null)
{%- endmacro %}
