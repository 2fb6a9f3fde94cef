{#- `text` without its combining accents (é -> e, Ñ -> N), and its length in bytes (UTF-8),
    which differs from its length in characters exactly when the text is not ASCII. Spark has
    neither strip_accents nor strlen: Java's StringUtils.stripAccents (through reflect) and
    octet_length do the same. -#}
{% macro remove_accents(text) -%}
    {{ return(adapter.dispatch('remove_accents', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__remove_accents(text) -%}
    strip_accents({{ text }})
{%- endmacro %}

{#- reflect() hands a NULL to Java as the text "null": NULL stays NULL here. -#}
{% macro spark__remove_accents(text) -%}
    case when ({{ text }}) is not null then reflect('org.apache.commons.lang3.StringUtils', 'stripAccents', {{ text }}) end
{%- endmacro %}

{% macro byte_length(text) -%}
    {{ return(adapter.dispatch('byte_length', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__byte_length(text) -%}
    strlen({{ text }})
{%- endmacro %}

{% macro spark__byte_length(text) -%}
    octet_length({{ text }})
{%- endmacro %}
