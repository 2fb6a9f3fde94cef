{#- Where one drop file is: {'path': ..., 'format': 'csv' | 'parquet'}, or none when the
    folder holds neither <name>.csv nor <name>.parquet. Both at once is an error: we would
    not know which one the analyst meant. -#}
{% macro drop_file_location(table_name) -%}
    {%- if not execute -%}{{ return(none) }}{%- endif -%}
    {%- set folder = get_drop_setting('input_dir') -%}
    {%- set wanted = [folder ~ '/' ~ table_name ~ '.csv', folder ~ '/' ~ table_name ~ '.parquet'] -%}
    {%- set found = [] -%}
    {%- for path in files_in_folder(folder) | sort if path in wanted -%}{%- do found.append(path) -%}{%- endfor -%}
    {%- if found | length > 1 -%}
        {{ exceptions.raise_compiler_error(
            "input_dir '" ~ get_drop_setting('input_dir') ~ "' holds both " ~ table_name ~ ".csv and "
            ~ table_name ~ ".parquet: keep one of them") }}
    {%- elif found | length == 0 -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set path = found[0] | replace("'", "''") -%}
    {{ return({'path': path, 'format': 'parquet' if path.endswith('.parquet') else 'csv'}) }}
{%- endmacro %}

{#- The column names of a drop file's header, as written (case kept, BOM and quotes removed). -#}
{% macro drop_file_header(location) -%}
    {%- if location['format'] == 'parquet' -%}
        {{ return(parquet_column_names(location['path'])) }}
    {%- endif -%}
    {#- a later line that is not UTF-8 cannot stop the header being read (intake reads the lines
        themselves); a UTF-8 BOM is dropped -#}
    {%- set header = csv_header_fields(location['path']) -%}
    {%- set names = [] -%}
    {%- for field in header -%}
        {%- do names.append((field or '').strip().strip('"').strip()) -%}
    {%- endfor -%}
    {{ return(names) }}
{%- endmacro %}

{#- The declared columns of one `drop` source table, from _drop__sources.yml: the one place
    where the file's columns (and which are required) are written down. -#}
{% macro drop_declared_columns(table_name) -%}
    {%- set declared = [] -%}
    {%- if not execute -%}{{ return(declared) }}{%- endif -%}
    {%- for node in graph.sources.values() if node.source_name == 'drop' and node.name == table_name -%}
        {%- for column in node.columns.values() -%}
            {%- do declared.append({'name': column.name, 'required': column.meta.get('required', false),
                                    'whole_number': column.meta.get('whole_number', false)}) -%}
        {%- endfor -%}
    {%- endfor -%}
    {{ return(declared) }}
{%- endmacro %}

{#- Header names of a drop file that the source does not declare: carried through untouched. -#}
{% macro drop_extra_columns(table_name) -%}
    {%- if not execute -%}{{ return([]) }}{%- endif -%}
    {%- set location = drop_file_location(table_name) -%}
    {%- if location is none -%}{{ return([]) }}{%- endif -%}
    {%- set declared = drop_declared_columns(table_name) | map(attribute='name') | list -%}
    {%- set extras = [] -%}
    {%- for name in drop_file_header(location) if column_key(name) not in declared and name != '' -%}
        {%- do extras.append(name) -%}
    {%- endfor -%}
    {{ return(extras) }}
{%- endmacro %}
