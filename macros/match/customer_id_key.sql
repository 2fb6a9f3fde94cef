{#- A customer id as the converter match compares it: trimmed (a fixed-width export pads it:
    ` CUST00001992 `), read as it shows (as_plain_text: a no-break space is a space), and, when
    it is digits only, without its leading zeros (`0001992` and `1992` are one id: a spreadsheet
    or an integer column drops them, as it does a ZIP's). Letters keep their case: some CRMs'
    ids differ by case alone. NULL when nothing is left, when the field only marks a missing value
    (`N/A`, `NULL`, `#N/A`, `-`: without_placeholder) and when the id is zeros alone (`0`, `0000`,
    what an integer column holds for "no account"): a mark that many lines share is no id, and
    such a line is matched by name and delivery point as a line without an id is. -#}
{% macro customer_id_key(customer_id) -%}
    {%- set written = without_placeholder('trim(' ~ as_plain_text(customer_id) ~ ')') -%}
    case
        when {{ written }} like '0%' and {{ matches_whole_pattern(written, '0[0-9]*') }}
            then nullif({{ trim_leading(written, '0') }}, '')
        else {{ written }}
    end
{%- endmacro %}
