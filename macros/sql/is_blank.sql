{#- True when `text` is NULL, empty or only spaces. A value that does not start with a space (nearly
    all) is told by its first character, without trimming a copy of it. -#}
{% macro is_blank(text) -%}
    {{ return(adapter.dispatch('is_blank', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__is_blank(text) -%}
    coalesce({{ text }} = '' or ({{ text }} like ' %' and trim({{ text }}) = ''), true)
{%- endmacro %}
