{#- The parts of `text` between each `separator` (a literal), as a list; and one row per item
    of a list (a select-list item: DuckDB's unnest, Spark's explode). Spark's split() takes a
    regular expression: the separator is escaped. -#}
{% macro split_text(text, separator) -%}
    {{ return(adapter.dispatch('split_text', 'drop_hygiene')(text, separator)) }}
{%- endmacro %}

{% macro default__split_text(text, separator) -%}
    string_split({{ text }}, {{ sql_string(separator) }})
{%- endmacro %}

{% macro spark__split_text(text, separator) -%}
    split({{ text }}, {{ sql_string('\\Q' ~ separator ~ '\\E') }}, -1)
{%- endmacro %}

{% macro unnest_list(list_expression) -%}
    {{ return(adapter.dispatch('unnest_list', 'drop_hygiene')(list_expression)) }}
{%- endmacro %}

{% macro default__unnest_list(list_expression) -%}
    unnest({{ list_expression }})
{%- endmacro %}

{% macro spark__unnest_list(list_expression) -%}
    explode({{ list_expression }})
{%- endmacro %}
