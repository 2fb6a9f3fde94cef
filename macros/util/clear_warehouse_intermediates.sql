{#- on-run-start: with DROP_HYGIENE_INTERMEDIATE=memory, drops from the warehouse file the tables
    and views an earlier build kept there for this project's intermediate models, so that nobody
    reads another drop's intermediate rows as this one's. Nothing else is touched. -#}
{% macro clear_warehouse_intermediates() -%}
    {%- if execute and intermediate_in_memory() -%}
        {%- for node in graph.nodes.values() if is_intermediate_model(node) -%}
            {%- set kept = adapter.get_relation(database=target.database, schema=node.schema, identifier=node.alias) -%}
            {%- if kept is not none -%}
                {%- do adapter.drop_relation(kept) -%}
            {%- endif -%}
        {%- endfor -%}
        {#- the hook's connection would roll its transaction back -#}
        {%- do adapter.commit() -%}
    {%- endif -%}
{%- endmacro %}
