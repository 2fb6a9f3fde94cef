{#- True when the whole of `expression` matches the regular expression `pattern` (not just a
    part of it). DuckDB has regexp_full_match; another engine anchors its own match. -#}
{% macro matches_whole_pattern(expression, pattern) -%}
    {{ return(adapter.dispatch('matches_whole_pattern', 'drop_hygiene')(expression, pattern)) }}
{%- endmacro %}

{% macro default__matches_whole_pattern(expression, pattern) -%}
    regexp_full_match({{ expression }}, '{{ pattern }}')
{%- endmacro %}

{#- Java's regular expressions on Spark; the pattern's backslashes are escaped for Spark's string literal. -#}
{% macro spark__matches_whole_pattern(expression, pattern) -%}
    ({{ expression }} rlike {{ sql_string('^(?:' ~ pattern ~ ')$') }})
{%- endmacro %}
