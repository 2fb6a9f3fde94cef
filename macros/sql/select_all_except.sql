{#- Every column of the relation `relation_alias` but those named in `columns`, as a select-list
    item: for a step that replaces a few columns of a wide CTE and keeps the rest as they are. -#}
{% macro select_all_except(relation_alias, columns) -%}
    {{ return(adapter.dispatch('select_all_except', 'drop_hygiene')(relation_alias, columns)) }}
{%- endmacro %}

{% macro default__select_all_except(relation_alias, columns) -%}
    {{ relation_alias }}.* exclude ({{ columns | join(', ') }})
{%- endmacro %}

{% macro spark__select_all_except(relation_alias, columns) -%}
    {{ relation_alias }}.* except ({{ columns | join(', ') }})
{%- endmacro %}
