{#- A drop date var as a SQL date literal. -#}
{% macro drop_date(name) -%}
    date '{{ get_drop_setting(name) }}'
{%- endmacro %}
