{#- The order of record ids where a rule takes "the lowest record_id": the text before the id's
    last run of digits, then those digits as a number, then the id as written. So 9 comes before
    10 and R9 before R10, as a person reads them, where comparing the text puts 10 before 9; a list
    of fixed-width ids (R00000009) sorts as its text does. NULLs last on every engine (Spark puts
    them first by default). -#}
{% macro record_id_order(record_id) -%}
    regexp_extract({{ record_id }}, '^(.*?)[0-9]*$', 1) asc,
    try_cast(regexp_extract({{ record_id }}, '([0-9]+)$', 1) as decimal(38, 0)) asc nulls last,
    {{ record_id }} asc
{%- endmacro %}
