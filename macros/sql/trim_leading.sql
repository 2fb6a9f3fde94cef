{#- `text` without the leading characters that are in `characters` (a literal). Spark's
    two-argument ltrim takes the characters first, so the standard form is used there. -#}
{% macro trim_leading(text, characters) -%}
    {{ return(adapter.dispatch('trim_leading', 'drop_hygiene')(text, characters)) }}
{%- endmacro %}

{% macro default__trim_leading(text, characters) -%}
    ltrim({{ text }}, {{ sql_string(characters) }})
{%- endmacro %}

{% macro spark__trim_leading(text, characters) -%}
    trim(leading {{ sql_string(characters) }} from {{ text }})
{%- endmacro %}
