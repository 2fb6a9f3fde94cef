{#- The character at `position` (1 = the first) of a literal text `letters`, where `position`
    is a SQL expression known to be within it. Plain SQL cuts the text (substr). On DuckDB the
    character is picked from a list literal by index, which is faster: 65 such picks for each of
    855,000 Intelligent Mail barcodes took 1.1 to 1.4 s against 1.7 to 2.2 s with substr. -#}
{% macro character_at(letters, position) -%}
    {{ return(adapter.dispatch('character_at', 'drop_hygiene')(letters, position)) }}
{%- endmacro %}

{% macro default__character_at(letters, position) -%}
    substr({{ sql_string(letters) }}, {{ position }}, 1)
{%- endmacro %}

{% macro duckdb__character_at(letters, position) -%}
    {%- set items = [] -%}
    {%- for letter in letters -%}{%- do items.append(sql_string(letter)) -%}{%- endfor -%}
    {{ list_item(list_of(items), position) }}
{%- endmacro %}
