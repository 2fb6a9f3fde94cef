{#- on-run-start: with DROP_HYGIENE_INTERMEDIATE=memory, the intermediate tables exist only during
    the build that makes them. A selection that reads one without building it (`--select
    mail_ready`, or `dbt test` alone) would fail on a missing table halfway through, so it stops
    here, before anything runs or is dropped, naming the models it lacks. -#}
{% macro check_intermediate_selection() -%}
    {%- if execute and intermediate_in_memory() -%}
        {%- set missing = [] -%}
        {%- for unique_id in selected_resources -%}
            {%- set node = graph.nodes.get(unique_id) -%}
            {%- for parent_id in (node.depends_on.nodes if node is not none else []) -%}
                {%- set parent = graph.nodes.get(parent_id) -%}
                {%- if is_intermediate_model(parent) and parent_id not in selected_resources
                    and parent.name not in missing -%}
                    {%- do missing.append(parent.name) -%}
                {%- endif -%}
            {%- endfor -%}
        {%- endfor -%}
        {%- if missing -%}
            {{ exceptions.raise_compiler_error(
                "DROP_HYGIENE_INTERMEDIATE=memory keeps the intermediate tables only during the build "
                ~ "that makes them, and this selection reads " ~ (missing | sort | join(', '))
                ~ " without building them. Build the whole drop (no --select), select them too "
                ~ "(--select +model), or leave DROP_HYGIENE_INTERMEDIATE unset (warehouse).") }}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}
