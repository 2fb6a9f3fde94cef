{#- A list of text items (SQL expressions); an empty list of text when `items` is empty. -#}
{% macro list_of(items) -%}
    {{ return(adapter.dispatch('list_of', 'drop_hygiene')(items)) }}
{%- endmacro %}

{% macro default__list_of(items) -%}
    {{ "[" ~ items | join(", ") ~ "]" }}
{%- endmacro %}

{% macro spark__list_of(items) -%}
    {%- if items -%}array({{ items | join(', ') }}){%- else -%}cast(array() as array<string>){%- endif -%}
{%- endmacro %}
