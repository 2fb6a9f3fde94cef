{#- The select a staging model makes of one drop file: source_row (the row's number in the
    file, 1 for the first data row), every declared column (lower-case
    name, text, '' read as NULL), NULL for a declared column the file does not have, and, when
    carry_extras, every undeclared column as written. An absent optional file reads as no rows.
    validate_drop_inputs() has already stopped the build for a missing required file/column. -#}
{% macro read_drop_file(table_name, carry_extras=false) -%}
    {%- set declared = drop_declared_columns(table_name) -%}
    {%- set location = drop_file_location(table_name) if execute else none -%}
    {%- if location is none %}
    select
        cast(null as bigint) as source_row,
        {%- for column in declared %}
        cast(null as string) as {{ column.name }}{{ ',' if not loop.last }}
        {%- endfor %}
    where false
    {%- else -%}
    {%- set header = drop_file_header(location) -%}
    {%- set by_lower = {} -%}
    {%- for name in header -%}{%- do by_lower.update({name | lower: name}) -%}{%- endfor -%}
    select
        {{ file_row_number() }} as source_row,
        {%- for column in declared %}
        {%- if column.name in by_lower %}
        nullif(cast({{ adapter.quote(by_lower[column.name]) }} as string), '') as {{ column.name }}
        {%- else %}
        cast(null as string) as {{ column.name }}
        {%- endif %}{{ ',' if not loop.last or (carry_extras and drop_extra_columns(table_name)) }}
        {%- endfor %}
        {%- if carry_extras %}
        {%- for name in drop_extra_columns(table_name) %}
        cast({{ adapter.quote(name) }} as string) as {{ adapter.quote(name) }}{{ ',' if not loop.last }}
        {%- endfor %}
        {%- endif %}
    from {{ csv_scan(location['path'], header) if location['format'] == 'csv' else parquet_scan(location['path']) }}
    {%- endif %}
{%- endmacro %}

{#- The select of a drop file that must lose no line (the mail list): one row per physical
    line after the header with `source_line` (its line number in the file, the header being
    line 1; for Parquet the row number plus one), `raw_line`, `is_malformed_row` (not valid
    CSV, or not as many fields as the header), and the declared and extra columns as in
    read_drop_file (without source_row), NULL on a malformed row. -#}
{% macro read_drop_lines(table_name) -%}
    {%- set declared = drop_declared_columns(table_name) -%}
    {%- set location = drop_file_location(table_name) if execute else none -%}
    {%- set extras = drop_extra_columns(table_name) -%}
    {%- if location is none %}
    select
        cast(null as bigint) as source_line,
        cast(null as string) as raw_line,
        cast(null as boolean) as is_malformed_row,
        {%- for column in declared %}
        cast(null as string) as {{ column.name }}{{ ',' if not loop.last }}
        {%- endfor %}
    where false
    {%- elif location['format'] == 'parquet' %}
    select
        source_row + 1 as source_line,
        cast(null as string) as raw_line,
        false as is_malformed_row,
        {{ select_all_except('parquet_rows', ['source_row']) }}
    from ({{ read_drop_file(table_name, carry_extras=true) }}) as parquet_rows
    {%- else -%}
    {%- set header = drop_file_header(location) -%}
    {%- set position = {} -%}
    {%- for name in header -%}{%- do position.update({name | lower: loop.index}) -%}{%- endfor -%}
    with physical_lines as (
        -- every physical line as an editor numbers it, decoded (stg_drop__mail_list_lines); a blank
        -- line reads as NULL
        select
            source_line,
            nullif(line, '') as raw_line
        from {{ ref('stg_drop__' ~ table_name ~ '_lines') }}
    ),

    split_lines as (
        select
            source_line,
            raw_line,
            {{ split_csv_line('raw_line') }} as raw_fields
        from physical_lines
        where source_line > 1
    ),

    checked_lines as (
        select
            source_line,
            raw_line,
            raw_fields,
            (
                raw_line is null
                or {{ list_length('raw_fields') }} != {{ header | length }}
                or {{ list_join('raw_fields', ',') }} != raw_line
            ) as is_malformed_row
        from split_lines
    )

    select
        source_line,
        raw_line,
        is_malformed_row,
        {%- for column in declared %}
        {%- if column.name in position %}
        case
            when not is_malformed_row
                then nullif({{ unquote_csv_field(list_item('raw_fields', position[column.name])) }}, '')
        end as {{ column.name }}
        {%- else %}
        cast(null as string) as {{ column.name }}
        {%- endif %}{{ ',' if not loop.last or extras }}
        {%- endfor %}
        {%- for name in extras %}
        case
            when not is_malformed_row then {{ unquote_csv_field(list_item('raw_fields', position[name | lower])) }}
        end as {{ adapter.quote(name) }}{{ ',' if not loop.last }}
        {%- endfor %}
    from checked_lines
    {%- endif %}
{%- endmacro %}
