{#- Aggregate: the texts of a group joined with LF in the order of `order_column` (the physical
    lines of one CSV record, read back as the record). -#}
{% macro join_lines_in_order(order_column, text_column) -%}
    {{ return(adapter.dispatch('join_lines_in_order', 'drop_hygiene')(order_column, text_column)) }}
{%- endmacro %}

{% macro default__join_lines_in_order(order_column, text_column) -%}
    string_agg({{ text_column }}, chr(10) order by {{ order_column }})
{%- endmacro %}

{#- Spark's collect_list keeps no order: the pairs are sorted by the order column first. -#}
{% macro spark__join_lines_in_order(order_column, text_column) -%}
    array_join(
        transform(
            array_sort(collect_list(struct({{ order_column }} as line_order, {{ text_column }} as line_text))),
            line -> line.line_text
        ),
        char(10)
    )
{%- endmacro %}
