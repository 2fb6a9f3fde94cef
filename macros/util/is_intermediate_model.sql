{#- True for a node of models/intermediate/: the models DROP_HYGIENE_INTERMEDIATE=memory keeps in
    memory (generate_database_name), whose old tables a memory build clears from the warehouse
    (clear_warehouse_intermediates) and which a memory build must select to read
    (check_intermediate_selection). One definition, so that the three agree. -#}
{% macro is_intermediate_model(node) -%}
    {{ return(node is not none and node.resource_type == 'model' and node.fqn[1] == 'intermediate') }}
{%- endmacro %}
