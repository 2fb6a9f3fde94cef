{#- Where a build writes its files. Exports go first to the drop's pending folder, a sibling of
    output_dir (`<parent>/.<name>.pending`, so that publishing is a rename on one file system);
    drop_release moves them into output_dir only when every check upstream of it passed. -#}
{% macro drop_pending_dir() -%}
    {%- set output_dir = get_drop_setting('output_dir') -%}
    {%- set parts = output_dir.rsplit('/', 1) -%}
    {%- if parts | length == 2 -%}
        {{ return((parts[0] or '') ~ '/.' ~ parts[1] ~ '.pending') }}
    {%- else -%}
        {{ return('.' ~ output_dir ~ '.pending') }}
    {%- endif -%}
{%- endmacro %}

{#- The path of an exported file as the checks should read it: in the pending folder while a
    build has not released it yet, in output_dir once released. -#}
{% macro drop_export_path(file_name) -%}
    {%- set pending = drop_pending_dir() ~ '/' ~ file_name -%}
    {%- if execute and pending in files_in_folder(drop_pending_dir()) -%}
        {{ return(pending) }}
    {%- endif -%}
    {{ return(get_drop_setting('output_dir') ~ '/' ~ file_name) }}
{%- endmacro %}
