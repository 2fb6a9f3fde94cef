{#- Whether the project's drop log of earlier drops (`relation`, the `earlier_drops` source) is
    in the warehouse, and, with `column`, has that column (a log written by an older version
    lacks the later columns). drop_log is built from this drop's outcome, so the models that
    read earlier drops read it as earlier builds left it, when it exists. In a unit test the
    source is a fixture with no schema, and there are no earlier drops. -#}
{% macro earlier_drop_log_exists(relation, column=none) -%}
    {%- if not execute or relation.schema is none -%}
        {{ return(false) }}
    {%- endif -%}
    {%- set found = adapter.get_relation(
        database=relation.database, schema=relation.schema, identifier=relation.identifier) -%}
    {%- if found is none -%}
        {{ return(false) }}
    {%- endif -%}
    {%- if column is none -%}
        {{ return(true) }}
    {%- endif -%}
    {{ return(column | lower in (adapter.get_columns_in_relation(found) | map(attribute='name') | map('lower') | list)) }}
{%- endmacro %}
