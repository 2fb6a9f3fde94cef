{#- The words that ask the engine to inline a CTE at each place it is read instead of
    materializing it once: `with addresses as {{ inline_cte() }} (select * from ...)`.
    For an import CTE that reads a table and is read several times, DuckDB would otherwise
    copy every row and column of the table into memory (at 10M addresses, gigabytes) only to
    read a few columns back; inlined, each reader scans just the columns it needs. The same
    holds for a computed CTE that is cheap to compute again but wide to hold (the ZIP- and
    street-resolved addresses in int_addresses__cass_coded). An engine without the hint can
    implement this macro to return nothing. -#}
{% macro inline_cte() -%}
    {{ return(adapter.dispatch('inline_cte', 'drop_hygiene')()) }}
{%- endmacro %}

{% macro default__inline_cte() -%}
    not materialized
{%- endmacro %}

{% macro spark__inline_cte() -%}
{%- endmacro %}
