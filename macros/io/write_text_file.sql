{#- A statement that writes `lines` (text) to `path` as a plain text file, one per line. -#}
{% macro write_text_file(path, lines) -%}
    {{ return(adapter.dispatch('write_text_file', 'drop_hygiene')(path, lines)) }}
{%- endmacro %}

{% macro default__write_text_file(path, lines) -%}
    copy (
        select text from (values
        {%- for line in lines %}
            ({{ loop.index }}, {{ sql_string(line) }}){{ ',' if not loop.last }}
        {%- endfor %}
        ) as file_lines(line_number, text)
        order by line_number
    ) to {{ sql_string(path) }} (format csv, header false, quote '', escape '', delimiter '\x1f')
{%- endmacro %}

{#- Spark writes folders of part files, not one named file: the run_on_spark.py wrapper registers
    drop_hygiene_write_text_file() on the session, which writes the file from Python. -#}
{% macro spark__write_text_file(path, lines) -%}
    select drop_hygiene_write_text_file({{ sql_string(path) }}, {{ sql_string(lines | join('\n') ~ '\n') }})
{%- endmacro %}
