{#- Items `first` to `last` of a list, both included, counted from 1 (-1 = the last item), as
    DuckDB's list[first:last]; `last` none for "to the end". Empty when `last` comes before
    `first`. Spark's slice() takes a start and a length and refuses a start of 0. -#}
{% macro list_slice(list_expression, first, last=none) -%}
    {{ return(adapter.dispatch('list_slice', 'drop_hygiene')(list_expression, first, last)) }}
{%- endmacro %}

{% macro default__list_slice(list_expression, first, last) -%}
    {{ list_expression }}[{{ first }}:{{ last if last is not none else '' }}]
{%- endmacro %}

{% macro spark__list_slice(list_expression, first, last) -%}
    {%- set size = 'size(' ~ list_expression ~ ')' -%}
    {%- set from = 'case when (' ~ first ~ ') < 0 then ' ~ size ~ ' + (' ~ first ~ ') + 1 else (' ~ first ~ ') end' -%}
    {%- if last is none -%}
        {%- set to = size -%}
    {%- else -%}
        {%- set to = 'case when (' ~ last ~ ') < 0 then ' ~ size ~ ' + (' ~ last ~ ') + 1 else (' ~ last ~ ') end' -%}
    {%- endif -%}
    slice({{ list_expression }}, greatest({{ from }}, 1), greatest(least({{ to }}, {{ size }}) - greatest({{ from }}, 1) + 1, 0))
{%- endmacro %}
