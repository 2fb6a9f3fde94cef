{#- An aggregate: `value` of the row with the least `order_keys` (a list of expressions, compared
    in order, the first deciding). DuckDB's arg_min over a row value, Spark's min_by over a struct. -#}
{% macro value_at_min(value, order_keys) -%}
    {{ return(adapter.dispatch('value_at_min', 'drop_hygiene')(value, order_keys)) }}
{%- endmacro %}

{% macro default__value_at_min(value, order_keys) -%}
    arg_min({{ value }}, ({{ order_keys | join(', ') }}))
{%- endmacro %}

{% macro spark__value_at_min(value, order_keys) -%}
    min_by({{ value }}, struct({{ order_keys | join(', ') }}))
{%- endmacro %}
