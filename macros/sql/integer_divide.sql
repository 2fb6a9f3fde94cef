{#- Integer division, the quotient rounded toward zero (both operands are never negative here). -#}
{% macro integer_divide(dividend, divisor) -%}
    {{ return(adapter.dispatch('integer_divide', 'drop_hygiene')(dividend, divisor)) }}
{%- endmacro %}

{% macro default__integer_divide(dividend, divisor) -%}
    ({{ dividend }}) // ({{ divisor }})
{%- endmacro %}

{% macro spark__integer_divide(dividend, divisor) -%}
    (({{ dividend }}) div ({{ divisor }}))
{%- endmacro %}
