{#- The list with `expression` applied to each item (`variable` names the item in it), and the
    list of the items for which `condition` holds. DuckDB writes a lambda as `lambda x: ...`
    (2.0 refuses the old arrow), Spark as `x -> ...`. -#}
{% macro list_transform(list_expression, variable, expression) -%}
    {{ return(adapter.dispatch('list_transform', 'drop_hygiene')(list_expression, variable, expression)) }}
{%- endmacro %}

{% macro default__list_transform(list_expression, variable, expression) -%}
    list_transform({{ list_expression }}, lambda {{ variable }}: {{ expression }})
{%- endmacro %}

{% macro spark__list_transform(list_expression, variable, expression) -%}
    transform({{ list_expression }}, {{ variable }} -> {{ expression }})
{%- endmacro %}

{% macro list_where(list_expression, variable, condition) -%}
    {{ return(adapter.dispatch('list_where', 'drop_hygiene')(list_expression, variable, condition)) }}
{%- endmacro %}

{% macro default__list_where(list_expression, variable, condition) -%}
    list_filter({{ list_expression }}, lambda {{ variable }}: {{ condition }})
{%- endmacro %}

{% macro spark__list_where(list_expression, variable, condition) -%}
    filter({{ list_expression }}, {{ variable }} -> {{ condition }})
{%- endmacro %}
