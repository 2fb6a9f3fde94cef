{#- A primary (house) number as DPV compares the list's with the delivery-point file's: a hyphen or
    a space between the number and a single letter dropped (`52-A`, `52 A` -> `52A`; `A-52` ->
    `A52`), so that a list that writes `52-A` finds the file's `52A` and a file that writes `52-A`
    finds a list's `52A`. A hyphen between two numbers is kept: Queens' `71-12` is not `7112`, and
    a grid number (`W140N8917`) has none. The number is printed as written (Pub 28 Appendix D1
    keeps the hyphen); only the comparison reads it so. NULL stays NULL. -#}
{% macro primary_number_match_key(primary_number) -%}
    case
        when {{ primary_number }} like '%-%' or {{ primary_number }} like '% %'
            then {{ regexp_replace_first(primary_number, '^([0-9]+)[- ]([A-Z])$|^([A-Z])[- ]([0-9]+)$', '\\1\\2\\3\\4') }}
        else {{ primary_number }}
    end
{%- endmacro %}
