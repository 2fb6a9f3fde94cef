{#- The columns every checklist model carries for a line of the list, as the intake spine reads
    them, qualified by the relation alias, one per line, each followed by a comma: the start of
    a select list. -#}
{% macro list_record_columns(relation_alias) -%}
    {%- set columns = ['source_line', 'raw_line', 'record_id', 'first_name', 'middle_name', 'last_name', 'name_suffix',
                       'company', 'address_line_1', 'address_line_2', 'city', 'state', 'zip', 'list_source',
                       'customer_id'] -%}
    {%- for column in columns -%}
        {{ relation_alias }}.{{ column }},{% if not loop.last %}
        {% endif %}
    {%- endfor -%}
{%- endmacro %}
