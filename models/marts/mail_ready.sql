{# The records that go to the press, in the column order the printer's file relies on:
   SPEC section 6 (with the names as the list gave them, trimmed, and name_line, the name to
   print: proper case when the whole list is in one case), the Intelligent Mail barcode, the
   codes peers return, then the columns the list carried that we do not use. The files are written in the order a printer wants: ZIP, carrier route, ZIP+4,
   delivery point, then record id (the serials of the barcodes run in that order too). #}
{#- The table is written in that order (int_mail_list__imb's mail_file_position), and each export
   writes the table's stored order as it is (export_to_output_dir's stored_order: COPY with
   PRESERVE_ORDER; a parallel COPY without it does not keep the order). The reconciliation test
   assert_mail_file_in_mail_order checks both files' order on every build; test_imb checks it
   against the barcodes' serials. #}
{{ config(
    post_hook=[
        "{{ export_to_output_dir('mail_ready.csv', 'csv', stored_order=mail_file_order()) }}",
        "{{ export_to_output_dir('mail_ready.parquet', 'parquet', stored_order=mail_file_order()) }}"
    ]
) }}
-- depends_on: {{ ref('int_drop__output_directory') }}
{# The pieces are int_mail_list__imb's rows: one per mailed line (reason_code is null), and the
   joins start from them. Filtering the outcome model here instead made DuckDB guess a fifth of
   the list for the filter and build its hash tables on the wide rows: 5.7 to 6.4 s against 2.4 s
   at 1M records, the same rows in the same order. #}
with outcomes as (
    select * from {{ ref('int_mail_list__outcomes') }}
),

-- the names as the list gave them and its extra columns, from the intake spine, the care-of or
-- attention notes its address lines hold (attention_note_of: `C/O MARY JONES`, `ATTN BILLING`), and
-- whether any of the names holds an ASCII control character (one test of the five names together: a
-- NUL or a form feed is rare, and testing each name twice cost the mail file about 0.4 s at 1M records)
intake_names as (
    select
        source_line,
        first_name,
        middle_name,
        last_name,
        name_suffix,
        company,
        nullif(
            concat_ws(' ', {{ attention_note_of('address_line_1') }}, {{ attention_note_of('address_line_2') }}), ''
        ) as attention_written,
        coalesce(
            {{ regexp_contains("concat_ws('|', first_name, middle_name, last_name, name_suffix, company)",
                '[\\x00-\\x1f\\x7f]') }},
            false
        ) as has_control_characters{{ carried_columns() }}
    from {{ ref('int_mail_list__intake') }}
),

{% set printed_name = {} %}
{% for column in ['first_name', 'middle_name', 'last_name', 'name_suffix', 'company'] %}
    {% do printed_name.update({column: 'case when has_control_characters then ' ~ as_printable_text(column)
        ~ ' else ' ~ as_plain_text(column) ~ ' end'}) %}
{% endfor %}
mail_list_lines as (
    -- the names as they read and print (as_printable_text): a no-break space a space, the
    -- invisible characters a copy from a web page leaves (a soft hyphen, a zero-width space) and
    -- the control characters of old exports (a NUL, a form feed) not sent to the printer
    select
        source_line,
        {{ printed_name['first_name'] }} as first_name,
        {{ printed_name['middle_name'] }} as middle_name,
        {{ printed_name['last_name'] }} as last_name,
        {{ printed_name['name_suffix'] }} as name_suffix,
        {{ printed_name['company'] }} as company,
        {{ as_printable_text('attention_written') }} as attention_written{{ carried_columns() }}
    from intake_names
),

-- each part's printed form under the part as the list's names are read above (as_printable_text),
-- so that a part with a no-break space or a control character in it finds its form (one per part:
-- two spellings that read alike print alike)
print_names as (
    select
        name_part,
        trim({{ as_printable_text('written') }}) as written,
        min(trim({{ as_printable_text('printed') }})) as printed
    from {{ ref('int_mail_list__print_names') }}
    group by 1, 2
),

codes as (
    select
        source_line,
        dpv_match_code,
        dpv_footnotes,
        dpv_vacant,
        dpv_cmra,
        dpv_no_stat,
        rdi,
        ncoa_return_code,
        ncoa_move_type,
        ncoa_move_effective_date
    from {{ ref('int_mail_list__return_codes') }}
),

barcodes as (
    select
        source_line,
        mail_file_position,
        imb_tracking_code,
        imb_routing_code,
        imb_bars
    from {{ ref('int_mail_list__imb') }}
),

-- a list that keys the whole name in the last name's field as `SMITH, JOHN` (the first name's field
-- empty) prints it in the order of an address label, JOHN SMITH; a comma before a suffix (`SMITH,
-- JR.`) stays as written
{% set last_as_printed = "coalesce(last_printed.printed, nullif(trim(mail_list_lines.last_name), ''))" %}
{%- set surname_first = is_name_behind_comma('mail_list_lines.last_name', 'mail_list_lines.first_name') %}
final as (
    select
        outcomes.record_id,
        nullif(trim(mail_list_lines.first_name), '') as first_name,
        nullif(trim(mail_list_lines.middle_name), '') as middle_name,
        nullif(trim(mail_list_lines.last_name), '') as last_name,
        nullif(trim(mail_list_lines.name_suffix), '') as name_suffix,
        nullif(trim(mail_list_lines.company), '') as company,
        -- the name to print: the parts as the list gave them (trimmed), proper case for a list in one case,
        -- a surname keyed first behind a comma printed last; the company when there is no name; the
        -- occupant designation when there is neither
        coalesce(
            nullif(
                concat_ws(
                    ' ',
                    case
                        when {{ surname_first }}
                            then nullif({{ name_after_comma(last_as_printed) }}, '')
                        else coalesce(first_printed.printed, nullif(trim(mail_list_lines.first_name), ''))
                    end,
                    coalesce(middle_printed.printed, nullif(trim(mail_list_lines.middle_name), '')),
                    case
                        when {{ surname_first }}
                            then nullif({{ name_before_comma(last_as_printed) }}, '')
                        else {{ last_as_printed }}
                    end,
                    coalesce(suffix_printed.printed, nullif(trim(mail_list_lines.name_suffix), ''))
                ),
                ''
            ),
            nullif(trim(mail_list_lines.company), ''),
            -- a record with no name and no company: the occupant designation (DMM 602.3)
            nullif({{ sql_string(get_drop_setting('occupant_name_line')) }}, '')
        ) as name_line,
        -- the care-of or attention note of the list's address lines, for the line above the name
        -- (Pub 28 A2); not for a mover re-routed to the new address, where it does not hold
        case when not outcomes.ncoa_rerouted then mail_list_lines.attention_written end as attention_line,
        outcomes.delivery_line,
        outcomes.city_standardized as city,
        outcomes.state_standardized as state,
        outcomes.zip5,
        outcomes.zip4,
        outcomes.delivery_point,
        outcomes.check_digit,
        outcomes.carrier_route,
        outcomes.dpv_code,
        outcomes.ncoa_rerouted,
        outcomes.household_key,
        barcodes.imb_tracking_code,
        barcodes.imb_routing_code,
        barcodes.imb_tracking_code || coalesce(barcodes.imb_routing_code, '') as imb_digits,
        barcodes.imb_bars,
        codes.dpv_match_code,
        codes.dpv_footnotes,
        codes.dpv_vacant,
        codes.dpv_cmra,
        codes.dpv_no_stat,
        codes.rdi,
        codes.ncoa_return_code,
        codes.ncoa_move_type,
        codes.ncoa_move_effective_date{{ carried_columns('mail_list_lines') }},
        barcodes.mail_file_position
    from barcodes
    inner join outcomes
        on barcodes.source_line = outcomes.source_line
    inner join mail_list_lines
        on outcomes.source_line = mail_list_lines.source_line
    inner join codes
        on outcomes.source_line = codes.source_line
    left join print_names as first_printed
        on first_printed.name_part = 'first' and trim(mail_list_lines.first_name) = first_printed.written
    left join print_names as middle_printed
        on middle_printed.name_part = 'middle' and trim(mail_list_lines.middle_name) = middle_printed.written
    left join print_names as last_printed
        on last_printed.name_part = 'last' and trim(mail_list_lines.last_name) = last_printed.written
    left join print_names as suffix_printed
        on suffix_printed.name_part = 'suffix' and trim(mail_list_lines.name_suffix) = suffix_printed.written
)

-- in the order of the mail file (int_mail_list__imb numbers the pieces in it); by name, as a
-- column the select leaves out has no position
select {{ select_all_except('final', ['mail_file_position']) }}
from final
order by final.mail_file_position  -- noqa: AM06
