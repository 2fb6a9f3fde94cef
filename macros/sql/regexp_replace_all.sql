{#- Every match of the regular expression `pattern` in `text` replaced by `replacement`, where
    \1 to \9 in the replacement are the pattern's groups. Pattern and replacement are given as
    plain text (not SQL literals). DuckDB replaces only the first match unless given 'g'; Spark
    replaces every match, reads its fourth argument as a position, writes groups as $1 and reads
    backslashes in a literal as escapes: so each engine gets its own spelling. -#}
{% macro regexp_replace_all(text, pattern, replacement) -%}
    {{ return(adapter.dispatch('regexp_replace_all', 'drop_hygiene')(text, pattern, replacement)) }}
{%- endmacro %}

{% macro default__regexp_replace_all(text, pattern, replacement) -%}
    regexp_replace({{ text }}, {{ sql_string(pattern) }}, {{ sql_string(replacement) }}, 'g')
{%- endmacro %}

{% macro spark__regexp_replace_all(text, pattern, replacement) -%}
    {%- set java_replacement = modules.re.sub('\\\\([0-9])', '$\\1', replacement | replace('$', '\\$')) -%}
    regexp_replace({{ text }}, {{ sql_string(pattern) }}, {{ sql_string(java_replacement) }})
{%- endmacro %}

{#- The first match of `pattern` replaced (for a pattern anchored at the start or the end, which
    matches once). Spark has no replace-first: the pattern is anchored to match the whole text,
    the part before and after the first match kept by two groups of their own. -#}
{% macro regexp_replace_first(text, pattern, replacement) -%}
    {{ return(adapter.dispatch('regexp_replace_first', 'drop_hygiene')(text, pattern, replacement)) }}
{%- endmacro %}

{% macro default__regexp_replace_first(text, pattern, replacement) -%}
    regexp_replace({{ text }}, {{ sql_string(pattern) }}, {{ sql_string(replacement) }})
{%- endmacro %}

{#- Spark: a pattern that must match at the start (^) or at the end ($) matches at most once, so
    replacing every match replaces the first. Other patterns are refused rather than spelled wrong. -#}
{% macro spark__regexp_replace_first(text, pattern, replacement) -%}
    {%- if not (pattern.startswith('^') or pattern.endswith('$')) -%}
        {{ exceptions.raise_compiler_error("regexp_replace_first on Spark needs an anchored pattern, got: " ~ pattern) }}
    {%- endif -%}
    {{ spark__regexp_replace_all(text, pattern, replacement) }}
{%- endmacro %}

{#- Whether the regular expression `pattern` (plain text) matches anywhere in `text`. -#}
{% macro regexp_contains(text, pattern) -%}
    {{ return(adapter.dispatch('regexp_contains', 'drop_hygiene')(text, pattern)) }}
{%- endmacro %}

{% macro default__regexp_contains(text, pattern) -%}
    regexp_matches({{ text }}, {{ sql_string(pattern) }})
{%- endmacro %}

{% macro spark__regexp_contains(text, pattern) -%}
    ({{ text }} rlike {{ sql_string(pattern) }})
{%- endmacro %}
