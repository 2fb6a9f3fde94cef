{#- One outcome per physical line of the list: reason_code is the first failing check in
    checklist order (SPEC section 5), step is the step it belongs to, and flags holds every
    check the line failed. A NULL reason_code means the record goes to the press. -#}
{#- every check in checklist order, NULL where the line passed it -#}
{%- set raised_flag_list %}
    [
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
    ]
{%- endset %}
{#- how each failed name-and-address match was made (match_people), CHECK:KIND -#}
{%- set match_kind_list %}
    [
        case when fails_suppress_dma then 'SUPPRESS_DMA:' || dma_match_kind end,
        case when fails_suppress_deceased then 'SUPPRESS_DECEASED:' || deceased_match_kind end,
        case when fails_suppress_recent_converter then 'SUPPRESS_RECENT_CONVERTER:' || converter_match_kind end,
        case when fails_suppress_frequency_cap then 'SUPPRESS_FREQUENCY_CAP:' || frequency_cap_match_kind end,
        case
            when fails_dedupe then 'DEDUPE_{{ get_drop_setting('dedupe_level') | upper }}:' || dedupe_match_kind
        end
    ]
{%- endset %}

with list_records as (
    -- the list's own fields, as the intake spine read them
    select
        source_line,
        record_id,
        first_name,
        middle_name,
        last_name,
        name_suffix,
        company,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        list_source,
        customer_id
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
    select
        source_line,
        {{ drop_null_items(raised_flag_list) }} as flags,
        {{ drop_null_items(match_kind_list) }} as match_kinds
    from checked_lines
),

final as (
    select
        list_records.source_line,
        list_records.record_id,
        list_records.first_name,
        list_records.middle_name,
        list_records.last_name,
        list_records.name_suffix,
        list_records.company,
        list_records.address_line_1,
        list_records.address_line_2,
        list_records.city,
        list_records.state,
        list_records.zip,
        list_records.list_source,
        list_records.customer_id,
        checked_lines.first_name_standardized,
        checked_lines.last_name_standardized,
        checked_lines.company_standardized,
        checked_lines.address_kind,
        checked_lines.delivery_line,
        checked_lines.city_standardized,
        checked_lines.state_standardized,
        checked_lines.zip5,
        checked_lines.zip4,
        checked_lines.delivery_point,
        {{ dpbc_check_digit("checked_lines.zip5 || checked_lines.zip4 || checked_lines.delivery_point") }}
            as check_digit,
        checked_lines.carrier_route,
        checked_lines.dpv_code,
        checked_lines.is_vacant,
        checked_lines.is_cmra,
        checked_lines.is_no_stat,
        checked_lines.suggested_correction,
        checked_lines.is_zip_corrected,
        checked_lines.is_street_corrected,
        checked_lines.is_analyst_corrected,
        checked_lines.ncoa_rerouted,
        checked_lines.ncoa_return_code,
        checked_lines.ncoa_coa_id,
        checked_lines.ncoa_months_since_move,
        checked_lines.delivery_point_key,
        checked_lines.household_key,
        checked_lines.survivor_record_id,
        raised_flags.flags,
        raised_flags.match_kinds,
        raised_flags.flags[1] as reason_code,
        reason_codes.step,
        reason_codes.step_order
    from checked_lines
    inner join list_records
        on checked_lines.source_line = list_records.source_line
    inner join raised_flags
        on checked_lines.source_line = raised_flags.source_line
    left join {{ ref('reason_codes') }} as reason_codes
        on raised_flags.flags[1] = reason_codes.reason_code
)

select * from final
