{#- The paths of the files directly inside a folder, as `<folder>/<name>` (the folder as given),
    for finding a drop's files. None when the folder holds no file. -#}
{% macro files_in_folder(folder) -%}
    {{ return(adapter.dispatch('files_in_folder', 'drop_hygiene')(folder)) }}
{%- endmacro %}

{% macro default__files_in_folder(folder) -%}
    {%- set found = run_query("select file from glob(" ~ sql_string(folder ~ '/*') ~ ")").columns[0].values() -%}
    {{ return(found | list) }}
{%- endmacro %}

{#- Spark has no glob(): its binaryFile source lists a folder (only the path is read, not the
    content). It gives absolute `file:` URIs, turned back into paths under the folder as given. -#}
{% macro spark__files_in_folder(folder) -%}
    {%- set listed = run_query("select path from binaryFile.`" ~ folder | replace('`', '``') ~ "`").columns[0].values() -%}
    {%- set found = [] -%}
    {%- for uri in listed -%}
        {%- do found.append(folder ~ '/' ~ uri.rsplit('/', 1)[-1]) -%}
    {%- endfor -%}
    {{ return(found) }}
{%- endmacro %}
