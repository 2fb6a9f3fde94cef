{#- Internal suppression: one row per line of the list with its two flags.
      Recent converter: a conversion dated 0 to conversion_window_days days before mailing_date
      (day 90 suppressed, day 91 not, at the default), matched by customer_id when both sides
      have one, else by first and last name at the same delivery point.
      Frequency cap: the same offer_code mailed 0 to frequency_cap_days days before
      mailing_date (day 30 capped, day 31 not), to the same first and last name at the same
      delivery point, from mail_history and from the project's own drop_log of earlier drops.
    Names and delivery points are compared as keys (int_addresses__match_keys). The drop log is
    read through the `earlier_drops` source, not ref(): drop_log is built from this drop's
    outcome, so it is read as earlier builds left it (when it exists), and a drop never caps
    itself (rows of the current drop_id are left out). One row per line of the list. -#}
with list_lines as (
    select
        source_line,
        customer_id,
        delivery_point_key
    from {{ ref('int_mail_list__cass_dpv') }}
),

match_keys as (
    select
        address_source,
        source_key,
        delivery_point_key,
        first_key,
        last_key
    from {{ ref('int_addresses__match_keys') }}
    where address_source in ('mail_list', 'crm_conversions', 'mail_history')
),

people as (
    select
        list_lines.source_line,
        list_lines.customer_id,
        list_lines.delivery_point_key,
        match_keys.first_key,
        match_keys.last_key
    from list_lines
    left join match_keys
        on
            match_keys.address_source = 'mail_list'
            and cast(list_lines.source_line as varchar) = match_keys.source_key
    where list_lines.delivery_point_key is not null or list_lines.customer_id is not null
),

recent_conversions as (
    select
        nullif(trim(conversions.customer_id), '') as customer_id,
        match_keys.delivery_point_key,
        match_keys.first_key,
        match_keys.last_key
    from {{ ref('stg_drop__crm_conversions') }} as conversions
    left join match_keys
        on
            match_keys.address_source = 'crm_conversions'
            and cast(conversions.source_row as varchar) = match_keys.source_key
    where
        {{ drop_date('mailing_date') }} - conversions.converted_on
        between 0 and {{ get_drop_setting('conversion_window_days') }}
),

converter_hits as (
    -- two equi-joins rather than one join on "customer id or name and address", which would
    -- leave the engine a nested loop
    select people.source_line
    from people
    inner join recent_conversions
        on people.customer_id = recent_conversions.customer_id
    union
    select people.source_line
    from people
    inner join recent_conversions
        on
            people.delivery_point_key = recent_conversions.delivery_point_key
            and people.first_key = recent_conversions.first_key
            and people.last_key = recent_conversions.last_key
    where people.customer_id is null or recent_conversions.customer_id is null
),

{%- set earlier_drops = source('earlier_drops', 'drop_log') %}
{#- in a unit test the source is a fixture with no schema, and the earlier drops are left out -#}
{%- set drop_log_exists = earlier_drops.schema is not none and adapter.get_relation(
    database=earlier_drops.database, schema=earlier_drops.schema, identifier=earlier_drops.identifier
) is not none %}

earlier_pieces as (
    select
        match_keys.delivery_point_key,
        match_keys.first_key,
        match_keys.last_key
    from {{ ref('stg_drop__mail_history') }} as history
    inner join match_keys
        on
            match_keys.address_source = 'mail_history'
            and cast(history.source_row as varchar) = match_keys.source_key
    where
        history.offer_code = upper({{ sql_string(get_drop_setting('offer_code')) }})
        and {{ drop_date('mailing_date') }} - history.mailed_on
        between 0 and {{ get_drop_setting('frequency_cap_days') }}
    {%- if drop_log_exists %}
        union all
        select
            delivery_point_key,
            {{ name_match_key('first_name') }} as first_key,
            {{ name_match_key('last_name') }} as last_key
        from {{ earlier_drops }}
        where
            drop_id != {{ sql_string(get_drop_setting('drop_id')) }}
            and upper(offer_code) = upper({{ sql_string(get_drop_setting('offer_code')) }})
            and {{ drop_date('mailing_date') }} - mailing_date
            between 0 and {{ get_drop_setting('frequency_cap_days') }}
    {%- endif %}
),

capped_hits as (
    select distinct people.source_line
    from people
    inner join earlier_pieces
        on
            people.delivery_point_key = earlier_pieces.delivery_point_key
            and people.first_key = earlier_pieces.first_key
            and people.last_key = earlier_pieces.last_key
),

final as (
    select
        list_lines.source_line,
        converter_hits.source_line is not null as fails_suppress_recent_converter,
        capped_hits.source_line is not null as fails_suppress_frequency_cap
    from list_lines
    left join converter_hits
        on list_lines.source_line = converter_hits.source_line
    left join capped_hits
        on list_lines.source_line = capped_hits.source_line
)

select * from final
