{#- A whole name keyed in one field with a comma (`SMITH, JOHN`), its other field empty: the
    standardization reads it as surname and given name, and mail_ready prints it in a label's
    order. A comma before a generational suffix (`SMITH, JR.`) is no such name.
      is_name_behind_comma(name, other)  true for such a `name`, whose field's partner `other` is blank
      name_before_comma(name)            the part before the first comma, trimmed (SMITH)
      name_after_comma(name)             the part after it, trimmed (JOHN) -#}
{#- A CASE, not three ANDs: an engine may evaluate every operand of an AND before it combines them
    (DuckDB does, in a select list), and the suffix test is regular expressions that only a name with
    a comma needs (at 10M records, the mail file's name line spent about 13 processor seconds on them). -#}
{% macro is_name_behind_comma(name, other) -%}
    case
        when coalesce({{ name }} like '%,%', false) and {{ is_blank(other) }}
            then {{ standardize_name_suffix(name_after_comma(name)) }} is null
        else false
    end
{%- endmacro %}

{% macro name_before_comma(name) -%}
    trim(regexp_extract({{ name }}, '^([^,]*),', 1))
{%- endmacro %}

{% macro name_after_comma(name) -%}
    trim({{ regexp_replace_first(name, '^[^,]*,', '') }})
{%- endmacro %}
