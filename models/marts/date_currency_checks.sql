{# One row per date-currency rule of SPEC section 7 (USPS Customer Support Ruling PS-300 and the
   Move Update standard): the dates compared, the limit, the day count and pass/fail. A dbt
   test of severity error per rule fails the build when its row fails. #}
{{ config(post_hook=["{{ export_to_output_dir('date_currency_checks.csv', 'csv', 'rule_order') }}"]) }}
-- depends_on: {{ ref('int_drop__output_directory') }}
with dates as (
    select
        {{ drop_date('reference_release_date') }} as reference_release_date,
        {{ drop_date('reference_last_permissible_use') }} as reference_last_permissible_use,
        {{ drop_date('coding_date') }} as coding_date,
        {{ drop_date('mailing_date') }} as mailing_date,
        {{ drop_date('carrier_route_info_date') }} as carrier_route_info_date,
        {{ drop_date('ncoa_processed_date') }} as ncoa_processed_date,
        {{ get_drop_setting('coding_to_mailing_days') }} as coding_to_mailing_days,
        {{ get_drop_setting('move_update_days') }} as move_update_days,
        (select max(date_list_processed) from {{ ref('cass_summary') }}) as reported_date_list_processed
),

rules as (
    select
        1 as rule_order,
        'reference_current' as rule,
        'reference_release_date <= coding_date <= reference_last_permissible_use' as requirement,
        reference_release_date as first_date,
        coding_date as second_date,
        reference_last_permissible_use as limit_date,
        coding_date - reference_release_date as days,
        coding_date between reference_release_date and reference_last_permissible_use as passes
    from dates
    union all
    select
        2,
        'mailing_within_days_of_coding',
        'coding_date <= mailing_date <= coding_date + ' || coding_to_mailing_days || ' days',
        coding_date,
        mailing_date,
        coding_date + coding_to_mailing_days,
        mailing_date - coding_date,
        mailing_date between coding_date and coding_date + coding_to_mailing_days
    from dates
    union all
    select
        3,
        'carrier_route_info_within_90_days',
        'carrier_route_info_date <= mailing_date <= carrier_route_info_date + 90 days',
        carrier_route_info_date,
        mailing_date,
        carrier_route_info_date + 90,
        mailing_date - carrier_route_info_date,
        mailing_date between carrier_route_info_date and carrier_route_info_date + 90
    from dates
    union all
    select
        4,
        'delivery_stop_info_current_105_days',
        'carrier_route_info_date <= coding_date <= carrier_route_info_date + 105 days',
        carrier_route_info_date,
        coding_date,
        carrier_route_info_date + 105,
        coding_date - carrier_route_info_date,
        coding_date between carrier_route_info_date and carrier_route_info_date + 105
    from dates
    union all
    select
        5,
        'ncoa_within_move_update_days',
        'ncoa_processed_date <= mailing_date <= ncoa_processed_date + ' || move_update_days || ' days',
        ncoa_processed_date,
        mailing_date,
        ncoa_processed_date + move_update_days,
        mailing_date - ncoa_processed_date,
        mailing_date between ncoa_processed_date and ncoa_processed_date + move_update_days
    from dates
    union all
    select
        6,
        'date_list_processed_is_coding_date',
        'PS 3553 block B2 (cass_summary.date_list_processed) = coding_date',
        coding_date,
        reported_date_list_processed,
        coding_date,
        reported_date_list_processed - coding_date,
        coalesce(reported_date_list_processed = coding_date, false)
    from dates
),

final as (
    select
        rule_order,
        rule,
        requirement,
        first_date,
        second_date,
        limit_date,
        days,
        passes,
        'rule ' || rule || ' ' || case when passes then 'holds' else 'is broken' end || ': ' || requirement
        || ' (' || coalesce(cast(first_date as varchar), '?') || ', ' || coalesce(cast(second_date as varchar), '?')
        || '; limit ' || coalesce(cast(limit_date as varchar), '?') || ')' as message
    from rules
)

select * from final
