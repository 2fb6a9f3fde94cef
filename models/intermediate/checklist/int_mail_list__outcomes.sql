{#- One outcome per physical line of the list: reason_code is the first failing check in
    checklist order (SPEC section 5), step is the step it belongs to, and flags holds every
    check the line failed. A NULL reason_code means the record goes to the press. -#}
{#- every check in checklist order, NULL where the line passed it -#}
{%- set raised_flag_items %}
        case when fails_intake_malformed_row then 'INTAKE_MALFORMED_ROW' end,
        case when fails_intake_missing_record_id then 'INTAKE_MISSING_RECORD_ID' end,
        case when fails_intake_duplicate_record_id then 'INTAKE_DUPLICATE_RECORD_ID' end,
        case when fails_ncoa_moved_no_forward then 'NCOA_MOVED_NO_FORWARD' end,
        case when fails_ncoa_forwarding_expired then 'NCOA_FORWARDING_EXPIRED' end,
        case when fails_cass_unparseable then 'CASS_UNPARSEABLE' end,
        case when fails_cass_invalid_zip then 'CASS_INVALID_ZIP' end,
        case when fails_cass_not_coded then 'CASS_NOT_CODED' end,
        case when fails_dpv_not_confirmed then 'DPV_NOT_CONFIRMED' end,
        case when fails_dpv_secondary_unconfirmed then 'DPV_SECONDARY_UNCONFIRMED' end,
        case when fails_dpv_vacant then 'DPV_VACANT' end,
        case when fails_dpv_cmra then 'DPV_CMRA' end,
        case when fails_suppress_dma then 'SUPPRESS_DMA' end,
        case when fails_suppress_deceased then 'SUPPRESS_DECEASED' end,
        case when fails_suppress_prison then 'SUPPRESS_PRISON' end,
        case when fails_suppress_recent_converter then 'SUPPRESS_RECENT_CONVERTER' end,
        case when fails_suppress_frequency_cap then 'SUPPRESS_FREQUENCY_CAP' end,
        case when fails_dedupe then 'DEDUPE_{{ get_drop_setting('dedupe_level') | upper }}' end
{%- endset %}
{%- set raised_flag_list = list_of([raised_flag_items]) %}
{#- how each failed name-and-address match was made (match_people), CHECK:KIND -#}
{%- set match_kind_items %}
        case when fails_suppress_dma then 'SUPPRESS_DMA:' || dma_match_kind end,
        case when fails_suppress_deceased then 'SUPPRESS_DECEASED:' || deceased_match_kind end,
        case when fails_suppress_recent_converter then 'SUPPRESS_RECENT_CONVERTER:' || converter_match_kind end,
        case when fails_suppress_frequency_cap then 'SUPPRESS_FREQUENCY_CAP:' || frequency_cap_match_kind end,
        case
            when fails_dedupe then 'DEDUPE_{{ get_drop_setting('dedupe_level') | upper }}:' || dedupe_match_kind
        end
{%- endset %}
{%- set match_kind_list = list_of([match_kind_items]) %}

{#- The list's own fields (names and address as written, customer_id, the extra columns) stay on
    the intake spine: the marts that print or report them join it by source_line. Carried here
    too, they were written again for every line, and at 10M records this model's query (with
    them) reached the 7GB memory limit. -#}
with list_records as (
    -- the record's id and list source, as the intake spine read them
    select
        source_line,
        record_id,
        list_source
    from {{ ref('int_mail_list__intake') }}
),

list_lines as {{ inline_cte() }} (
    select * from {{ ref('int_mail_list__cass_dpv') }}
),

external_suppression as (
    select
        source_line,
        fails_suppress_dma,
        fails_suppress_deceased,
        fails_suppress_prison,
        dma_match_kind,
        deceased_match_kind
    from {{ ref('int_mail_list__external_suppression') }}
),

internal_suppression as (
    select
        source_line,
        fails_suppress_recent_converter,
        fails_suppress_frequency_cap,
        converter_match_kind,
        frequency_cap_match_kind
    from {{ ref('int_mail_list__internal_suppression') }}
),

deduplication as (
    select
        source_line,
        household_key,
        survivor_record_id,
        fails_dedupe,
        dedupe_match_kind
    from {{ ref('int_mail_list__deduplicated') }}
),

checked_lines as (
    -- inner joins: a line missing from a step leaves the outcome, and the reconciliation
    -- tests (which count the file's own lines) fail the build
    select
        list_lines.*,
        external_suppression.fails_suppress_dma,
        external_suppression.fails_suppress_deceased,
        external_suppression.fails_suppress_prison,
        internal_suppression.fails_suppress_recent_converter,
        internal_suppression.fails_suppress_frequency_cap,
        deduplication.household_key,
        deduplication.survivor_record_id,
        deduplication.fails_dedupe,
        external_suppression.dma_match_kind,
        external_suppression.deceased_match_kind,
        internal_suppression.converter_match_kind,
        internal_suppression.frequency_cap_match_kind,
        deduplication.dedupe_match_kind
    from list_lines
    inner join external_suppression
        on list_lines.source_line = external_suppression.source_line
    inner join internal_suppression
        on list_lines.source_line = internal_suppression.source_line
    inner join deduplication
        on list_lines.source_line = deduplication.source_line
),

raised_flags as (
    -- the flags beside the line's columns, not joined back: the lines stream through once
    select
        checked_lines.*,
        {{ drop_null_items(raised_flag_list) }} as flags,
        {{ drop_null_items(match_kind_list) }} as match_kinds
    from checked_lines
),

final as (
    select
        list_records.source_line,
        list_records.record_id,
        list_records.list_source,
        raised_flags.first_name_standardized,
        raised_flags.last_name_standardized,
        raised_flags.company_standardized,
        raised_flags.address_kind,
        raised_flags.delivery_line,
        raised_flags.city_standardized,
        raised_flags.state_standardized,
        raised_flags.zip5,
        raised_flags.zip4,
        raised_flags.delivery_point,
        {{ dpbc_check_digit("raised_flags.zip5 || raised_flags.zip4 || raised_flags.delivery_point") }}
            as check_digit,
        raised_flags.carrier_route,
        raised_flags.dpv_code,
        raised_flags.is_vacant,
        raised_flags.is_cmra,
        raised_flags.is_no_stat,
        raised_flags.suggested_correction,
        raised_flags.is_zip_corrected,
        raised_flags.is_street_corrected,
        raised_flags.is_analyst_corrected,
        raised_flags.ncoa_rerouted,
        raised_flags.ncoa_return_code,
        raised_flags.ncoa_coa_id,
        raised_flags.ncoa_months_since_move,
        raised_flags.delivery_point_key,
        raised_flags.household_key,
        raised_flags.survivor_record_id,
        raised_flags.flags,
        raised_flags.match_kinds,
        {{ list_item('raised_flags.flags', 1) }} as reason_code,
        reason_codes.step,
        reason_codes.step_order
    from raised_flags
    inner join list_records
        on raised_flags.source_line = list_records.source_line
    left join {{ ref('reason_codes') }} as reason_codes
        on {{ list_item('raised_flags.flags', 1) }} = reason_codes.reason_code
)

select * from final
