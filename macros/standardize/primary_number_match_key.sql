{#- A primary (house) number as DPV compares the list's with the delivery-point file's:
    - zeros before the first digit dropped (`0150` -> `150`; `0` stays `0`), so that a file that
      pads its numbers to a width confirms a list's `150`, and a list that pads them the file's;
    - a hyphen or a space between the number and a single letter dropped (`52-A`, `52 A` -> `52A`;
      `A-52` -> `A52`), so that a list's `52-A` finds the file's 52A and a file's 58-B a list's 58B.
    A hyphen between two numbers is kept: Queens' `71-12` is not `7112`, and a grid number
    (`W140N8917`) has none. The number is printed as written (Pub 28 Appendix D1 keeps the hyphen);
    only the comparison reads it so. NULL stays NULL. -#}
{% macro primary_number_match_key(primary_number) -%}
    {%- set unpadded = regexp_replace_first(primary_number, '^0+([0-9])', '\\1') -%}
    case
        when {{ primary_number }} like '0%' or {{ primary_number }} like '%-%' or {{ primary_number }} like '% %'
            then {{ regexp_replace_first(unpadded, '^([0-9]+)[- ]([A-Z])$|^([A-Z])[- ]([0-9]+)$', '\\1\\2\\3\\4') }}
        else {{ primary_number }}
    end
{%- endmacro %}
