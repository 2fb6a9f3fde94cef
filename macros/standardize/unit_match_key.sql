{#- A unit (secondary) number as the address pass compares it with the ZIP+4 ranges and the
    delivery points: upper case, without hyphens and spaces, so that `4-B` and `4 B` as lists key
    them are the file's `4B` (and a file that writes `4-B` matches a list's `4B`); a unit of digits
    alone without zeros before them, so that a list's `APT 04` is the file's unit 4 and a file that
    pads its units to a width (`004`) finds a list's `4` (`0` stays `0`; a lettered unit keeps its
    zeros, `08A`, as its range in the ZIP+4 file is compared letter by letter). The unit is printed
    as written. NULL stays NULL. -#}
{% macro unit_match_key(unit) -%}
    {{ return(adapter.dispatch('unit_match_key', 'drop_hygiene')(unit)) }}
{%- endmacro %}

{% macro default__unit_match_key(unit) -%}
    nullif({{ regexp_replace_first("replace(replace(upper(" ~ unit ~ "), '-', ''), ' ', '')", '^0+([0-9]+)$', '\\1') }}, '')
{%- endmacro %}
