{#- The words that ask the engine to compute a CTE once and keep its rows, the opposite of
    inline_cte(): `with unconfirmed as {{ materialize_cte() }} (select ...)`. For a small
    result that a later join must start from: int_addresses__dpv_checked keeps the few
    addresses whose house is not on file, so that looking for the nearest house joins only
    those to their streets. Left to itself, the optimizer may join every address to every
    house on its street first and filter after (at 10M addresses, billions of rows). An
    engine without the hint can implement this macro to return nothing. -#}
{% macro materialize_cte() -%}
    {{ return(adapter.dispatch('materialize_cte', 'drop_hygiene')()) }}
{%- endmacro %}

{% macro default__materialize_cte() -%}
    materialized
{%- endmacro %}

{% macro spark__materialize_cte() -%}
{%- endmacro %}
