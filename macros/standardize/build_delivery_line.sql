{#- The standardized delivery line from its Pub 28 components: PO BOX 12; RR 2 BOX 15 (HC,
    PSC, CMR, UNIT alike); or 123 N MAIN ST SW; then a unit written before the last one
    (secondary_before: BLDG A), the unit designator and number, and a private mailbox
    (private_mailbox: PMB 123, Pub 28 285). A designator that takes no number (REAR, FRNT, LBBY:
    its unit_number is '') ends the line: `123 MAIN ST REAR`, with no space after it. -#}
{% macro build_delivery_line(address_kind, primary_number, predirectional, street_name, street_suffix,
                             postdirectional, unit_designator, unit_number, secondary_before=none,
                             private_mailbox=none) -%}
    concat_ws(
        ' ',
        case
            when {{ address_kind }} = 'po_box' then 'PO BOX ' || {{ primary_number }}
            when {{ address_kind }} in ('rural_route', 'highway_contract', 'military')
                then {{ street_name }} || ' BOX ' || {{ primary_number }}
            else concat_ws(
                ' ', {{ primary_number }}, {{ predirectional }}, {{ street_name }}, {{ street_suffix }},
                {{ postdirectional }}
            )
        end,
        {{ secondary_before if secondary_before is not none else 'cast(null as string)' }},
        {{ unit_designator }},
        nullif({{ unit_number }}, ''),
        {{ private_mailbox if private_mailbox is not none else 'cast(null as string)' }}
    )
{%- endmacro %}
