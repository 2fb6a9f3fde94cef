{#- The version of the database engine, for the software line of the CASS summary. -#}
{% macro engine_version() -%}
    {{ return(adapter.dispatch('engine_version', 'drop_hygiene')()) }}
{%- endmacro %}

{% macro default__engine_version() -%}
    version()
{%- endmacro %}
