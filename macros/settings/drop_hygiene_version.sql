{#- The project's version, as dbt_project.yml gives it (dbt does not expose it to models; a
    pytest holds the two equal). Written into each release manifest. -#}
{% macro drop_hygiene_version() -%}
    {{ return('0.1.0') }}
{%- endmacro %}
