{#- The integers from `start` up to `stop`, `stop` not included: empty when stop <= start
    (DuckDB's range; Spark's sequence counts down when stop < start, so it is guarded). -#}
{% macro integer_range(start, stop) -%}
    {{ return(adapter.dispatch('integer_range', 'drop_hygiene')(start, stop)) }}
{%- endmacro %}

{% macro default__integer_range(start, stop) -%}
    range({{ start }}, {{ stop }})
{%- endmacro %}

{% macro spark__integer_range(start, stop) -%}
    case
        when ({{ stop }}) > ({{ start }}) then sequence(cast({{ start }} as int), cast({{ stop }} as int) - 1)
        else cast(array() as array<int>)
    end
{%- endmacro %}
