{#- True when a list person and a move's mover are the same by the move's type, as NCOA matches:
    I (individual) first and last name, F (family) last name, B (business) company; `person` and
    `mover` are relations with first_key, last_key and company_key (folded: case, accents,
    punctuation, middle names and suffixes do not matter). -#}
{% macro ncoa_names_agree(move_type, person, mover) -%}
    (
        (
            {{ move_type }} = 'I'
            and {{ person }}.first_key = {{ mover }}.first_key
            and {{ person }}.last_key = {{ mover }}.last_key
        )
        or ({{ move_type }} = 'F' and {{ person }}.last_key = {{ mover }}.last_key)
        or ({{ move_type }} = 'B' and {{ person }}.company_key = {{ mover }}.company_key)
    )
{%- endmacro %}
