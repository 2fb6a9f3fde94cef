{#- The list's extra columns (those _drop__sources.yml does not declare), qualified by the
    relation alias when one is given, each on its own line with a leading comma: append it to
    the last column of a select list so the carried-through columns come last. -#}
{% macro carried_columns(relation_alias=none) -%}
    {%- for name in drop_extra_columns('mail_list') -%}
        ,
        {{ relation_alias ~ '.' if relation_alias }}{{ adapter.quote(name) }}
    {%- endfor -%}
{%- endmacro %}
