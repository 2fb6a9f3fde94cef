{#- Column expressions appended to the last column of a select list, each on its own line with
    a leading comma (for lists built in Jinja, such as one column per reason code). -#}
{% macro append_columns(expressions) -%}
    {%- for expression in expressions -%}
        ,
        {{ expression }}
    {%- endfor -%}
{%- endmacro %}
