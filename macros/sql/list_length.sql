{#- The number of items of a list. -#}
{% macro list_length(list_expression) -%}
    {{ return(adapter.dispatch('list_length', 'drop_hygiene')(list_expression)) }}
{%- endmacro %}

{% macro default__list_length(list_expression) -%}
    len({{ list_expression }})
{%- endmacro %}

{% macro spark__list_length(list_expression) -%}
    size({{ list_expression }})
{%- endmacro %}
