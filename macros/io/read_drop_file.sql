{#- The select a staging model makes of one drop file: source_row (the row's number in the
    file, 1 for the first data row), every declared column (lower-case name, text, '' read as
    NULL; a no-break space a space and an invisible format character nothing, as_plain_text; from
    a Parquet file's floating-point or decimal column, a whole number without its decimal point:
    write_number_as_text; a column declared whole_number, written 7100.0, as 7100:
    drop_decimal_zeros, and not looked at for invisible characters, which a column of numbers
    has no reason to hold), NULL for a declared column the file does not have, and, when
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
    {%- for name in header -%}{%- do by_lower.update({column_key(name): name}) -%}{%- endfor -%}
    {%- set number_columns = parquet_number_columns(location['path']) if location['format'] == 'parquet' else [] -%}
    select
        {{ file_row_number() }} as source_row,
        {%- for column in declared %}
        {%- if by_lower.get(column.name) in number_columns %}
        nullif({{ write_number_as_text(adapter.quote(by_lower[column.name])) }}, '') as {{ column.name }}
        {%- elif column.name in by_lower and column.whole_number %}
        nullif({{ drop_decimal_zeros('cast(' ~ adapter.quote(by_lower[column.name]) ~ ' as string)') }}, '') as {{ column.name }}
        {%- elif column.name in by_lower %}
        nullif({{ as_plain_text('cast(' ~ adapter.quote(by_lower[column.name]) ~ ' as string)') }}, '') as {{ column.name }}
        {%- else %}
        cast(null as string) as {{ column.name }}
        {%- endif %}{{ ',' if not loop.last or (carry_extras and drop_extra_columns(table_name)) }}
        {%- endfor %}
        {%- if carry_extras %}
        {%- set carried_as = carried_column_names() %}
        {%- for name in drop_extra_columns(table_name) %}
        cast({{ adapter.quote(name) }} as string) as {{ adapter.quote(carried_as[name]) }}{{ ',' if not loop.last }}
        {%- endfor %}
        {%- endif %}
    from {{ csv_scan(location['path'], header) if location['format'] == 'csv' else parquet_scan(location['path']) }}
    {%- endif %}
{%- endmacro %}

{#- The select of a drop file that must lose no line (the mail list): one row per record after
    the header with `source_line` (the number of its first physical line in the file, the header
    being line 1; for Parquet the row number plus one), `last_line` (its last physical line),
    `raw_line` (the record as written), `is_malformed_row` (not valid CSV, not as many fields
    as the header, or the header written again, its names bare or each quoted, as when two
    exports are joined into one file, or longer than max_record_length characters: a damaged
    record or a file that is not a list, whose fields would make the files written from them
    too long a line for a CSV reader), and the declared and extra columns as in read_drop_file (without
    source_row), NULL on a malformed row.
    A record is one physical line, except where a quoted field holds a line break (RFC 4180,
    2.6: a spreadsheet cell with a line break in it): the lines from one with an odd number of
    quote characters to the next such line are one record, joined with LF, when together they
    are well-formed CSV with the header's number of fields and span at most
    max_record_lines lines. Otherwise each line stays a row of its own (malformed, so
    counted and reported), so an unbalanced quote never swallows the lines after it. A line
    belongs to one record only: a span is not taken when the span that ends on its first line
    was well-formed (of three well-formed spans in a row, only the first is taken; the lines of
    the others are rejected as malformed, never lost). -#}
{% macro read_drop_lines(table_name) -%}
    {#- the most physical lines one record may span: a cell with a few line breaks, not a runaway quote -#}
    {%- set max_record_lines = 10 -%}
    {#- the longest record read as one: a list's record is a few hundred characters -#}
    {%- set max_record_length = 100000 -%}
    {%- set declared = drop_declared_columns(table_name) -%}
    {%- set location = drop_file_location(table_name) if execute else none -%}
    {%- set extras = drop_extra_columns(table_name) -%}
    {%- if location is none %}
    select
        cast(null as bigint) as source_line,
        cast(null as bigint) as last_line,
        cast(null as string) as raw_line,
        cast(null as boolean) as is_malformed_row,
        {%- for column in declared %}
        cast(null as string) as {{ column.name }}{{ ',' if not loop.last }}
        {%- endfor %}
    where false
    {%- elif location['format'] == 'parquet' %}
    select
        source_row + 1 as source_line,
        source_row + 1 as last_line,
        cast(null as string) as raw_line,
        false as is_malformed_row,
        {{ select_all_except('parquet_rows', ['source_row']) }}
    from ({{ read_drop_file(table_name, carry_extras=true) }}) as parquet_rows
    {%- else -%}
    {%- set header = drop_file_header(location) -%}
    {%- set position = {} -%}
    {%- set position_of_extra = {} -%}
    {%- for name in header -%}
        {%- do position.update({column_key(name): loop.index}) -%}
        {%- do position_of_extra.update({name: loop.index}) -%}
    {%- endfor -%}
    with physical_lines as {{ inline_cte() }} (
        -- every physical line as an editor numbers it, decoded (stg_drop__mail_list_lines); a blank
        -- line reads as NULL. Read three times below, each time scanned again rather than held
        select
            source_line,
            nullif(line, '') as raw_line
        from {{ ref('stg_drop__' ~ table_name ~ '_lines') }}
    ),

    -- a line with an odd number of quote characters opens or closes a quoted field that holds a
    -- line break; nearly every list has none, and every later step reads only these lines
    odd_quote_lines as (
        select
            source_line,
            lead(source_line) over (order by source_line) as next_odd_line
        from physical_lines
        where
            source_line > 1
            and (length(raw_line) - length(replace(raw_line, '"', ''))) % 2 = 1
    ),

    span_lines as (
        select
            spans.first_line,
            spans.last_line,
            spans.source_line,
            physical_lines.raw_line
        from (
            select
                source_line as first_line,
                next_odd_line as last_line,
                {{ unnest_list(integer_range('source_line', 'next_odd_line + 1')) }} as source_line
            from odd_quote_lines
            where next_odd_line - source_line < {{ max_record_lines }}
        ) as spans
        inner join physical_lines
            on spans.source_line = physical_lines.source_line
    ),

    spans_checked as (
        select
            first_line,
            last_line,
            record_text,
            {{ list_length(split_csv_line('record_text')) }} = {{ header | length }}
            and {{ list_join(split_csv_line('record_text'), ',') }} = record_text as is_record
        from (
            select
                first_line,
                last_line,
                {{ join_lines_in_order('source_line', "coalesce(raw_line, '')") }} as record_text
            from span_lines
            group by 1, 2
        ) as spans
    ),

    records_across_lines as (
        select
            first_line,
            last_line,
            record_text
        from (
            select
                *,
                lag(is_record) over (order by first_line) as is_previous_record,
                lag(last_line) over (order by first_line) as previous_last_line
            from spans_checked
        ) as ordered_spans
        where is_record and not coalesce(is_previous_record and previous_last_line = first_line, false)
    ),

    continued_lines as (
        select span_lines.source_line
        from span_lines
        inner join records_across_lines
            on
                span_lines.first_line = records_across_lines.first_line
                and span_lines.last_line = records_across_lines.last_line
        where span_lines.source_line > span_lines.first_line
    ),

    records as (
        select
            physical_lines.source_line,
            coalesce(records_across_lines.last_line, physical_lines.source_line) as last_line,
            coalesce(records_across_lines.record_text, physical_lines.raw_line) as raw_line
        from physical_lines
        left join records_across_lines
            on physical_lines.source_line = records_across_lines.first_line
        left join continued_lines
            on physical_lines.source_line = continued_lines.source_line
        where physical_lines.source_line > 1 and continued_lines.source_line is null
    ),

    split_lines as (
        select
            source_line,
            last_line,
            raw_line,
            {{ split_csv_line('raw_line') }} as raw_fields
        from records
    ),

    checked_lines as (
        select
            source_line,
            last_line,
            raw_line,
            raw_fields,
            (
                raw_line is null
                or length(raw_line) > {{ max_record_length }}
                or {{ list_length('raw_fields') }} != {{ header | length }}
                or {{ list_join('raw_fields', ',') }} != raw_line
                -- the header again, its names bare or each quoted (two exports joined into one file)
                or raw_line in (
                    {{ sql_string(header | join(',')) }},
                    {{ sql_string('"' ~ (header | map('replace', '"', '""') | join('","')) ~ '"') }}
                )
            ) as is_malformed_row
        from split_lines
    )

    select
        source_line,
        last_line,
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
        {%- set carried_as = carried_column_names() %}
        {%- for name in extras %}
        case
            when not is_malformed_row then {{ unquote_csv_field(list_item('raw_fields', position_of_extra[name])) }}
        end as {{ adapter.quote(carried_as[name]) }}{{ ',' if not loop.last }}
        {%- endfor %}
    from checked_lines
    {%- endif %}
{%- endmacro %}
