{#- Internal suppression: one row per line of the list with its two flags and how each match
    was made.
      Recent converter: a conversion dated 0 to conversion_window_days days before mailing_date
      (day 90 suppressed, day 91 not, at the default), matched by customer_id when both sides
      have one (CUSTOMER_ID; trimmed, and without leading zeros when digits only:
      customer_id_key), else as a person or firm at the same delivery point
      (match_people: EXACT, NICKNAME, INITIAL, FIRM).
      Frequency cap: the same offer_code mailed 0 to frequency_cap_days days before
      mailing_date (day 30 capped, day 31 not), to the same person or firm at the same
      delivery point (match_people), from mail_history and from the project's own drop_log of
      earlier drops. A company-only record is capped by its firm name: from drop_log's company,
      and from mail_history's optional company column.
    The drop log is read through the `earlier_drops` source, not ref(): drop_log is built from
    this drop's outcome, so it is read as earlier builds left it (when it exists), and a drop
    never caps itself (rows of the current drop_id are left out). One row per line of the list. -#}
with list_lines as (
    select
        source_line,
        customer_id,
        delivery_point_key
    from {{ ref('int_mail_list__cass_dpv') }}
),

match_keys as {{ inline_cte() }} (
    select
        address_source,
        source_key,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only
    from {{ ref('int_addresses__match_keys') }}
    where address_source in ('mail_list', 'crm_conversions', 'mail_history')
),

recent_conversions as (
    select
        conversions.source_row as match_id,
        {{ customer_id_key('conversions.customer_id') }} as customer_id,
        match_keys.delivery_point_key,
        match_keys.first_key,
        match_keys.last_key,
        match_keys.suffix_key,
        match_keys.middle_initial,
        match_keys.company_key,
        match_keys.is_firm_only
    from {{ ref('stg_drop__crm_conversions') }} as conversions
    left join match_keys
        on
            match_keys.address_source = 'crm_conversions'
            and cast(conversions.source_row as string) = match_keys.source_key
    where
        {{ days_between('conversions.converted_on', drop_date('mailing_date')) }}
        between 0 and {{ get_drop_setting('conversion_window_days') }}
),

{%- set earlier_drops = source('earlier_drops', 'drop_log') %}
{%- set drop_log_exists = earlier_drop_log_exists(earlier_drops) %}

earlier_pieces as (
    select
        'mail_history ' || match_keys.source_key as match_id,
        match_keys.delivery_point_key,
        match_keys.first_key,
        match_keys.last_key,
        match_keys.suffix_key,
        match_keys.middle_initial,
        match_keys.company_key,
        match_keys.is_firm_only
    from {{ ref('stg_drop__mail_history') }} as history
    inner join match_keys
        on
            match_keys.address_source = 'mail_history'
            and cast(history.source_row as string) = match_keys.source_key
    where
        history.offer_code = upper({{ sql_string(get_drop_setting('offer_code')) }})
        and {{ days_between('history.mailed_on', drop_date('mailing_date')) }}
        between 0 and {{ get_drop_setting('frequency_cap_days') }}
    {%- if drop_log_exists %}
        union all
        select
            'drop_log ' || logged.drop_id || ' ' || logged.record_id as match_id,
            logged.delivery_point_key,
            logged.first_key,
            logged.last_key,
            cast(null as {{ dbt.type_string() }}) as suffix_key,
            cast(null as {{ dbt.type_string() }}) as middle_initial,
            logged.company_key,
            logged.first_key is null and logged.last_key is null and logged.company_key is not null as is_firm_only
        from (
            select
                drop_id,
                record_id,
                delivery_point_key,
                {{ name_match_key('first_name') }} as first_key,
                {{ name_match_key('last_name') }} as last_key,
                {{ firm_match_key('company') }} as company_key
            from {{ earlier_drops }}
            where
                drop_id != {{ sql_string(get_drop_setting('drop_id')) }}
                and upper(offer_code) = upper({{ sql_string(get_drop_setting('offer_code')) }})
                and {{ days_between('mailing_date', drop_date('mailing_date')) }}
                between 0 and {{ get_drop_setting('frequency_cap_days') }}
        ) as logged
    {%- endif %}
),

-- the delivery points of the recent conversions and of the earlier pieces: every name match is at
-- one of them, so only the list's lines there, and those whose customer id converted, are compared
-- (fewer than 5 in 100 lines of the generated 10M drop: this model's query, run alone, took 2.9 s
-- instead of 5.6 s)
compared_points as (
    select delivery_point_key
    from recent_conversions
    where delivery_point_key is not null
    union
    select delivery_point_key
    from earlier_pieces
    where delivery_point_key is not null
),

converted_customer_ids as (
    select distinct customer_id
    from recent_conversions
    where customer_id is not null
),

people as (
    select
        list_lines.source_line as match_id,
        {{ customer_id_key('list_lines.customer_id') }} as customer_id,
        list_lines.delivery_point_key,
        match_keys.first_key,
        match_keys.last_key,
        match_keys.suffix_key,
        match_keys.middle_initial,
        match_keys.company_key,
        match_keys.is_firm_only
    from list_lines
    left join compared_points
        on list_lines.delivery_point_key = compared_points.delivery_point_key
    left join converted_customer_ids
        on {{ customer_id_key('list_lines.customer_id') }} = converted_customer_ids.customer_id
    left join match_keys
        on
            match_keys.address_source = 'mail_list'
            and cast(list_lines.source_line as string) = match_keys.source_key
    where compared_points.delivery_point_key is not null or converted_customer_ids.customer_id is not null
),

-- the name path compares only pairs where one side has no customer id
people_without_customer_id as (
    select
        match_id,
        customer_id,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only
    from people
    where customer_id is null
),

conversions_without_customer_id as (
    select
        match_id,
        customer_id,
        delivery_point_key,
        first_key,
        last_key,
        suffix_key,
        middle_initial,
        company_key,
        is_firm_only
    from recent_conversions
    where customer_id is null
),

converter_matches as (
    -- equi-joins rather than one join on "customer id or name and address", which would leave
    -- the engine a nested loop; CUSTOMER_ID ranks before every name match
    select
        people.match_id as source_line,
        0 as match_rank
    from people
    inner join recent_conversions
        on people.customer_id = recent_conversions.customer_id
    union all
    select
        left_id as source_line,
        match_rank
    from ({{ match_people('people_without_customer_id', 'recent_conversions') }}) as name_matches
    union all
    select
        left_id as source_line,
        match_rank
    from ({{ match_people('people', 'conversions_without_customer_id') }}) as name_matches
),

converter_hits as (
    select
        source_line,
        case when min(match_rank) = 0 then 'CUSTOMER_ID' else {{ match_kind_of('min(match_rank)') }} end
            as match_kind
    from converter_matches
    group by 1
),

capped_hits as (
    select
        left_id as source_line,
        {{ match_kind_of('min(match_rank)') }} as match_kind
    from ({{ match_people('people', 'earlier_pieces') }}) as cap_matches
    group by 1
),

final as (
    select
        list_lines.source_line,
        converter_hits.source_line is not null as fails_suppress_recent_converter,
        capped_hits.source_line is not null as fails_suppress_frequency_cap,
        converter_hits.match_kind as converter_match_kind,
        capped_hits.match_kind as frequency_cap_match_kind
    from list_lines
    left join converter_hits
        on list_lines.source_line = converter_hits.source_line
    left join capped_hits
        on list_lines.source_line = capped_hits.source_line
)

select * from final
