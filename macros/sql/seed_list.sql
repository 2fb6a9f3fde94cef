{#- A seed's value_column as one list, in the order of order_by: a lookup table to index with
    list_item() when the key is a small dense integer (the IMb encoder's CRC and codeword
    tables). A list cross-joined as one row keeps the big relation on the probe side of the
    plan, where a join to a small seed can put it on the build side and run on one thread. -#}
{% macro seed_list(seed_relation, value_column, order_by) -%}
    {{ return(adapter.dispatch('seed_list', 'drop_hygiene')(seed_relation, value_column, order_by)) }}
{%- endmacro %}

{% macro default__seed_list(seed_relation, value_column, order_by) -%}
    (select list({{ value_column }} order by {{ order_by }}) from {{ seed_relation }})
{%- endmacro %}

{#- Spark's collect_list has no order: the values are sorted as structs led by the order columns. -#}
{% macro spark__seed_list(seed_relation, value_column, order_by) -%}
    {%- set keys = [] -%}
    {%- for column in order_by.split(',') -%}{%- do keys.append("'k" ~ loop.index ~ "', " ~ column | trim) -%}{%- endfor -%}
    (select transform(array_sort(collect_list(named_struct({{ keys | join(', ') }}, 'v', {{ value_column }}))), item -> item.v)
     from {{ seed_relation }})
{%- endmacro %}

{#- Item `index` (1 = the first, -1 = the last) of a list; NULL past either end. -#}
{% macro list_item(list_expression, index) -%}
    {{ return(adapter.dispatch('list_item', 'drop_hygiene')(list_expression, index)) }}
{%- endmacro %}

{% macro default__list_item(list_expression, index) -%}
    {{ list_expression }}[{{ index }}]
{%- endmacro %}

{#- Spark's element_at refuses an index of 0 (DuckDB gives NULL): a computed index is guarded. -#}
{% macro spark__list_item(list_expression, index) -%}
    {%- if modules.re.match('^-?[1-9][0-9]*$', index | string | trim) -%}
    try_element_at({{ list_expression }}, {{ index }})
    {%- else -%}
    case when ({{ index }}) != 0 then try_element_at({{ list_expression }}, {{ index }}) end
    {%- endif -%}
{%- endmacro %}
