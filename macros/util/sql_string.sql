{#- A text value as a SQL string literal. DuckDB doubles a single quote; Spark reads backslash
    escapes in a literal (and two quoted literals side by side as one), so there a backslash, a
    quote and a line break are escaped with a backslash. -#}
{% macro sql_string(value) -%}
    {{ return(adapter.dispatch('sql_string', 'drop_hygiene')(value)) }}
{%- endmacro %}

{% macro default__sql_string(value) -%}
    '{{ value | string | replace("'", "''") }}'
{%- endmacro %}

{% macro spark__sql_string(value) -%}
    '{{ value | string | replace('\\', '\\\\') | replace("'", "\\'") | replace('\n', '\\n') | replace('\r', '\\r') }}'
{%- endmacro %}
