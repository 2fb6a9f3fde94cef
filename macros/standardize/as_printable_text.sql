{#- `text` as a printer's file may carry it: as it reads (as_plain_text), each run of the ASCII
    control characters that space text (tab, line feed, vertical tab, form feed, carriage return)
    a single space, and the other control characters (U+0000 to U+001F, U+007F: a NUL, an escape,
    a DOS end-of-file mark) nothing, as they show. A list carries them from old exports and hand
    edits, and a printer's composition tool does not print them as they show: a NUL ends a C
    string, a form feed a page. The caller trims. The address lines need none of this: the address
    pass keeps only the letters, digits and signs Pub 28 keeps. NULL stays NULL. -#}
{% macro as_printable_text(text) -%}
    {{ regexp_replace_all(
        regexp_replace_all(as_plain_text(text), '[\\x09-\\x0d]+', ' '),
        '[\\x00-\\x08\\x0e-\\x1f\\x7f]+', '') }}
{%- endmacro %}
