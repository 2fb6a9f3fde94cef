{#- The order the mail file is written in, the one a printer and a presort program want: ZIP,
    carrier route, ZIP+4, delivery point, then record id, so that the order is stable. With a
    relation name, its columns are qualified by it. -#}
{% macro mail_file_order(relation=none) -%}
    {%- set prefix = relation ~ '.' if relation else '' -%}
    {%- for column in ['zip5', 'carrier_route', 'zip4', 'delivery_point', 'record_id'] -%}
        {{ prefix ~ column }}{{ ', ' if not loop.last }}
    {%- endfor -%}
{%- endmacro %}
