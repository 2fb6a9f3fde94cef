{#- One text key for a whole street name: predirectional, name, suffix and postdirectional,
    '|'-separated, a missing part written as ''. MAIN ST and N MAIN ST are two streets of a
    ZIP, so the name alone is not a key. Used on both sides of the DPV lookup: the ZIP+4
    segment a delivery point belongs to, and the coded address. -#}
{% macro build_street_key(predirectional, street_name, suffix, postdirectional) -%}
    concat_ws(
        '|', coalesce({{ predirectional }}, ''), {{ street_name }}, coalesce({{ suffix }}, ''),
        coalesce({{ postdirectional }}, '')
    )
{%- endmacro %}
