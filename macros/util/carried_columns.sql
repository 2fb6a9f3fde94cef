{#- The list's extra columns (those _drop__sources.yml does not declare), qualified by the
    relation alias when one is given, each on its own line with a leading comma: append it to
    the last column of a select list so the carried-through columns come last. Each is selected
    under the name it is carried by (carried_column_names). -#}
{% macro carried_columns(relation_alias=none) -%}
    {%- set carried_as = carried_column_names() -%}
    {%- for name in drop_extra_columns('mail_list') -%}
        ,
        {{ relation_alias ~ '.' if relation_alias }}{{ adapter.quote(carried_as[name]) }}
    {%- endfor -%}
{%- endmacro %}

{#- The name each of the list's extra columns is carried by, from its name as the header writes
    it: the same, unless that is (in any case, as SQL compares names) the name of a column the
    pipeline writes beside the extras: one documented for the list's staging, the intake spine,
    mail_ready or rejected_records (`zip5`, `delivery_line`, `flags`), or one of the reader's own
    (`source_line`, `raw_line`). Such a column is carried as `list_<name>` (`list_zip5`), with more
    `list_` until the name is free, so that its values reach the outputs whole and the pipeline's
    own column keeps its name; warn_list_columns_renamed names each one. Before, `source_line`
    was silently our line number and `zip5` came out as `zip5_1`. -#}
{% macro carried_column_names() -%}
    {%- set reserved = ['source_row', 'source_line', 'last_line', 'raw_line', 'is_malformed_row',
                        'has_control_characters'] -%}
    {%- if execute -%}
        {%- for node in graph.nodes.values() if node.resource_type == 'model' and node.name in
                ['stg_drop__mail_list', 'int_mail_list__intake', 'mail_ready', 'rejected_records'] -%}
            {%- for column in node.columns.keys() -%}{%- do reserved.append(column | lower) -%}{%- endfor -%}
        {%- endfor -%}
        {%- for column in drop_declared_columns('mail_list') -%}{%- do reserved.append(column.name | lower) -%}{%- endfor -%}
    {%- endif -%}
    {%- set extras = drop_extra_columns('mail_list') -%}
    {#- every name in use: the pipeline's, the extras' own, and each new name as it is given -#}
    {%- set taken = reserved + (extras | map('lower') | list) -%}
    {%- set carried_as = {} -%}
    {%- for name in extras -%}
        {%- set ns = namespace(carried=name) -%}
        {%- if name | lower in reserved -%}
            {%- set ns.carried = 'list_' ~ name -%}
            {%- for attempt in range(20) if ns.carried | lower in taken -%}
                {%- set ns.carried = 'list_' ~ ns.carried -%}
            {%- endfor -%}
            {%- do taken.append(ns.carried | lower) -%}
        {%- endif -%}
        {%- do carried_as.update({name: ns.carried}) -%}
    {%- endfor -%}
    {{ return(carried_as) }}
{%- endmacro %}
