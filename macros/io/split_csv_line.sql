{#- Split one CSV line into its raw fields (quotes still on) following RFC 4180: a field is
    either "quoted, with "" for a quote" or a run of characters without comma or quote. The
    line is read with a comma in front, so that every field is matched with the comma that
    opens it and an empty first field is not lost.
    A line whose fields, joined back with commas, do not give the line again is not valid
    CSV (an unbalanced quote, a stray quote inside a field).
    A line with no quote at all (nearly every line of a real list) is split on commas, which
    gives the same fields as the pattern, about ten times faster. -#}
{% macro split_csv_line(line) -%}
    {{ return(adapter.dispatch('split_csv_line', 'drop_hygiene')(line)) }}
{%- endmacro %}

{% macro default__split_csv_line(line) -%}
    case
        when contains({{ line }}, '"') then regexp_extract_all(',' || {{ line }}, ',("(?:[^"]|"")*"|[^,"]*)', 1)
        else string_split({{ line }}, ',')
    end
{%- endmacro %}

{#- Spark's split() takes a regular expression (a comma is one) and keeps trailing empty fields. -#}
{% macro spark__split_csv_line(line) -%}
    case
        when contains({{ line }}, '"') then regexp_extract_all(',' || {{ line }}, ',("(?:[^"]|"")*"|[^,"]*)', 1)
        else split({{ line }}, ',', -1)
    end
{%- endmacro %}

{#- Remove the quotes of one raw CSV field: "a ""b""" -> a "b". -#}
{% macro unquote_csv_field(field) -%}
    {{ return(adapter.dispatch('unquote_csv_field', 'drop_hygiene')(field)) }}
{%- endmacro %}

{% macro default__unquote_csv_field(field) -%}
    case
        when starts_with({{ field }}, '"') then replace({{ field }}[2:-2], '""', '"')
        else {{ field }}
    end
{%- endmacro %}

{% macro spark__unquote_csv_field(field) -%}
    case
        when startswith({{ field }}, '"') then replace(substring({{ field }}, 2, length({{ field }}) - 2), '""', '"')
        else {{ field }}
    end
{%- endmacro %}
