{#- A unit (secondary) number as the address pass compares it with the ZIP+4 ranges and the
    delivery points: upper case, without hyphens and spaces, so that `4-B` and `4 B` as lists key
    them are the file's `4B` (and a file that writes `4-B` matches a list's `4B`). The unit is
    printed as written. NULL stays NULL. -#}
{% macro unit_match_key(unit) -%}
    {{ return(adapter.dispatch('unit_match_key', 'drop_hygiene')(unit)) }}
{%- endmacro %}

{% macro default__unit_match_key(unit) -%}
    nullif(replace(replace(upper({{ unit }}), '-', ''), ' ', ''), '')
{%- endmacro %}
