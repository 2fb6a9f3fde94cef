{#- The items of a list of text joined by `separator` (a literal), NULL items skipped. -#}
{% macro list_join(list_expression, separator) -%}
    {{ return(adapter.dispatch('list_join', 'drop_hygiene')(list_expression, separator)) }}
{%- endmacro %}

{% macro default__list_join(list_expression, separator) -%}
    array_to_string({{ list_expression }}, {{ sql_string(separator) }})
{%- endmacro %}

{% macro spark__list_join(list_expression, separator) -%}
    array_join({{ list_expression }}, {{ sql_string(separator) }})
{%- endmacro %}
