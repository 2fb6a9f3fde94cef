{#- Models land in plain schemas (staging, intermediate, marts, reference) so that users
    query `marts.mail_ready`, not `main_marts.mail_ready`. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
