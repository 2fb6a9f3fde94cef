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

{#- Each rule: (order, name, requirement in words, first date, second date, limit, holds). -#}
{%- set rules = [
    (1, 'reference_current', 'reference_release_date <= coding_date <= reference_last_permissible_use',
     'reference_release_date', 'coding_date', 'reference_last_permissible_use',
     'coding_date between reference_release_date and reference_last_permissible_use'),
    (2, 'mailing_within_days_of_coding', 'coding_date <= mailing_date <= coding_date + coding_to_mailing_days',
     'coding_date', 'mailing_date', 'coding_date + coding_to_mailing_days',
     'mailing_date between coding_date and coding_date + coding_to_mailing_days'),
    (3, 'carrier_route_info_within_90_days', 'carrier_route_info_date <= mailing_date <= carrier_route_info_date + 90',
     'carrier_route_info_date', 'mailing_date', 'carrier_route_info_date + 90',
     'mailing_date between carrier_route_info_date and carrier_route_info_date + 90'),
    (4, 'delivery_stop_info_current_105_days', 'carrier_route_info_date <= coding_date <= carrier_route_info_date + 105',
     'carrier_route_info_date', 'coding_date', 'carrier_route_info_date + 105',
     'coding_date between carrier_route_info_date and carrier_route_info_date + 105'),
    (5, 'ncoa_within_move_update_days', 'ncoa_processed_date <= mailing_date <= ncoa_processed_date + move_update_days',
     'ncoa_processed_date', 'mailing_date', 'ncoa_processed_date + move_update_days',
     'mailing_date between ncoa_processed_date and ncoa_processed_date + move_update_days'),
    (6, 'date_list_processed_is_coding_date', 'PS 3553 block B2 (cass_summary.date_list_processed) = coding_date',
     'coding_date', 'reported_date_list_processed', 'coding_date',
     'coalesce(reported_date_list_processed = coding_date, false)'),
] %}

rules as (
    {%- for rule_order, rule_name, requirement, first_date, second_date, limit_date, holds in rules %}
        select
            {{ rule_order }} as rule_order,
            '{{ rule_name }}' as rule_name,
            '{{ requirement }}' as requirement,
            {{ first_date }} as first_date,
            {{ second_date }} as second_date,
            {{ limit_date }} as limit_date,
            {{ days_between(first_date, second_date) }} as days_between,
            {{ holds }} as passes
        from dates
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

final as (
    select
        rule_order,
        rule_name,
        requirement,
        first_date,
        second_date,
        limit_date,
        days_between,
        passes,
        'rule ' || rule_name || ' ' || case when passes then 'holds' else 'is broken' end || ': ' || requirement
        || ' (' || coalesce(cast(first_date as string), '?') || ', ' || coalesce(cast(second_date as string), '?')
        || '; limit ' || coalesce(cast(limit_date as string), '?') || ')' as message
    from rules
)

select * from final
