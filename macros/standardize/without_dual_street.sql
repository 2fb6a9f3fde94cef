{#- A cleaned delivery line (clean_address_text) that holds both a PO box and a street address, either
    first (`PO BOX 5 123 MAIN ST`, `123 MAIN ST PO BOX 5`, as a form's one address field takes both):
    the PO box alone. Pub 28 215 asks for one address on the piece, and for the one delivered to,
    which is "normally the Post Office Box address"; written on two lines, the line just above the
    city line is the one delivered to, and the standardization reads that. Left in, the box's words
    were read as the street's and the address was not coded. Only the PO box's own forms count
    (PO BOX, P O BOX, POST OFFICE BOX, POBOX, POB, PO BX, with or without `#`): a BOX alone after a
    street (`123 MAIN ST BOX 5`) may be a rural box or part of the street, and is left as it is.
    Any other line, and NULL, stays as it is. The line is written once in the expression (two
    nested replacements), so that normalize_delivery_text can run it only on the lines that
    may_hold_dual_street finds. -#}
{% macro without_dual_street(line) -%}
    {{ return(adapter.dispatch('without_dual_street', 'drop_hygiene')(line)) }}
{%- endmacro %}

{% macro default__without_dual_street(line) -%}
    {%- set box = '(?:(?:PO|P O|POST OFFICE) (?:BOX|BX)|POBOX|POB) (?:# )?[0-9]+[A-Z]?' -%}
    {#- a house number (123, 123A, 12-34) and a word that starts with a letter, after any fraction -#}
    {%- set street = '[0-9][0-9A-Z/-]* (?:[0-9]+/[0-9]+ )?[A-Z]' -%}
    {{ regexp_replace_first(
        regexp_replace_first(line, '^(' ~ box ~ ') ' ~ street ~ '.*$', '\\1'),
        '^' ~ street ~ '.* (' ~ box ~ ')$', '\\1'
    ) }}
{%- endmacro %}

{#- Whether a cleaned line may hold a PO box and a street (a cheap test: a B before an X and a
    space, or POB and a space); without_dual_street decides. -#}
{% macro may_hold_dual_street(line) -%}
    ({{ line }} like '%B%X %' or {{ line }} like '%POB %')
{%- endmacro %}
