{#- on-run-start: every required drop file is there, and every file present has its required
    columns (matched by column_key: whatever their case, a space, hyphen or period read as an
    underscore), each once. One message lists every problem, each naming the file and the
    column, so the analyst fixes the folder once. -#}
{% macro validate_drop_inputs() -%}
    {%- if not execute -%}{{ return('select 1 as drop_inputs_valid') }}{%- endif -%}
    {%- set folder = get_drop_setting('input_dir') -%}
    {%- set problems = [] -%}
    {%- for node in graph.sources.values() if node.source_name == 'drop' -%}
        {%- set location = drop_file_location(node.name) -%}
        {%- if location is none -%}
            {%- if node.meta.get('required_file', false) -%}
                {%- do problems.append("required drop file '" ~ node.name ~ "' is missing from input_dir '" ~ folder
                                       ~ "': expected " ~ node.name ~ ".csv or " ~ node.name ~ ".parquet") -%}
            {%- endif -%}
        {%- else -%}
            {%- set header = drop_file_header(location) | map('lower') | list -%}
            {%- set keys = [] -%}
            {%- for name in header -%}{%- do keys.append(column_key(name)) -%}{%- endfor -%}
            {%- set problems_before = problems | length -%}
            {%- if location['format'] == 'csv' and (header | join(',')).find('\x00') >= 0 -%}
                {#- UTF-16 (Excel's "Unicode Text", some exports' "Unicode CSV") read as bytes: every
                    other byte of its text is a NUL, and no column name would be found -#}
                {%- do problems.append("drop file '" ~ location['path'] ~ "' is UTF-16 text (its first line holds NUL "
                                       ~ "bytes): expected UTF-8 (or Windows-1252); save it again as CSV UTF-8") -%}
            {%- elif location['format'] == 'csv' and header | length > 0 and header[0].startswith('sep=') -%}
                {#- Excel's hint of the separator (`sep=,` or `sep=;` on a line of its own before the
                    header): no CSV reader takes it for anything but the header -#}
                {%- do problems.append("drop file '" ~ location['path'] ~ "' starts with a spreadsheet's separator "
                                       ~ "line (`" ~ header | join(',') ~ "`) before its header: delete that line") -%}
            {%- elif location['format'] == 'csv' and header | length == 0 -%}
                {%- do problems.append("drop file '" ~ location['path'] ~ "' is empty: expected a header row naming "
                                       ~ "its columns, then one line per record") -%}
            {%- elif location['format'] == 'csv' and header | length == 1 -%}
                {%- for separator, called in [(';', 'semicolons'), ('\t', 'tabs'), ('|', 'vertical bars')]
                    if separator in header[0] -%}
                    {%- do problems.append("drop file '" ~ location['path'] ~ "' separates its columns with " ~ called
                                           ~ ": expected commas (a CSV file, RFC 4180); save it again as CSV") -%}
                {%- endfor -%}
            {%- endif -%}
            {#- UTF-16, an empty file or a wrong separator is the one problem worth saying about this file -#}
            {%- set shape_ok = problems | length == problems_before -%}
            {%- for column in drop_declared_columns(node.name)
                if shape_ok and column.required and column.name not in keys -%}
                {%- do problems.append("drop file '" ~ location['path'] ~ "' has no column '" ~ column.name
                                       ~ "' (required; header names are matched whatever their case, and a space, "
                                       ~ "hyphen or period reads as an underscore)") -%}
            {%- endfor -%}
            {%- for key in keys | unique if shape_ok and key != '' and keys.count(key) > 1 -%}
                {%- do problems.append("drop file '" ~ location['path'] ~ "' has the column '" ~ key
                                       ~ "' more than once (header names are matched whatever their case, and a "
                                       ~ "space, hyphen or period reads as an underscore)") -%}
            {%- endfor -%}
        {%- endif -%}
    {%- endfor -%}
    {%- if problems -%}
        {{ exceptions.raise_compiler_error("The drop folder cannot be read:\n  - " ~ problems | join("\n  - ")) }}
    {%- endif -%}
    select 1 as drop_inputs_valid
{%- endmacro %}
