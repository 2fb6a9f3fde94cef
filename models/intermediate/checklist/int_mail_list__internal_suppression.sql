{#- Internal suppression on the spine.
      Recent converter: a conversion dated 0 to conversion_window_days days before mailing_date
      (day 90 suppressed, day 91 not, at the default), matched by customer_id when both sides
      have one, else by first and last name at the same delivery point.
      Frequency cap: the same offer_code mailed 0 to frequency_cap_days days before
      mailing_date (day 30 capped, day 31 not), to the same first and last name at the same
      delivery point, from mail_history and from the project's own drop_log of earlier drops.
    The drop log is read as a relation if it exists, not through ref(): drop_log is built from
    this drop's outcome, and a drop never caps itself (rows of the current drop_id are left out). -#}
with spine as (
    select * from {{ ref('int_mail_list__external_suppression') }}
),

people as (
    select
        source_line,
        customer_id,
        delivery_point_key,
        {{ name_match_key('first_name_standardized') }} as first_key,
        {{ name_match_key('last_name_standardized') }} as last_key
    from spine
    where delivery_point_key is not null or customer_id is not null
),

address_pass as (
    select
        address_source,
        source_key,
        delivery_point_key,
        {{ name_match_key('first_name') }} as first_key,
        {{ name_match_key('last_name') }} as last_key
    from {{ ref('int_addresses__dpv_checked') }}
    where address_source in ('crm_conversions', 'mail_history')
),

recent_conversions as (
    select
        nullif(trim(conversions.customer_id), '') as customer_id,
        address_pass.delivery_point_key,
        address_pass.first_key,
        address_pass.last_key
    from {{ ref('stg_drop__crm_conversions') }} as conversions
    left join address_pass
        on
            address_pass.address_source = 'crm_conversions'
            and cast(conversions.source_row as varchar) = address_pass.source_key
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

{%- set drop_log = adapter.get_relation(database=target.database, schema='marts', identifier='drop_log') %}

earlier_pieces as (
    select
        address_pass.delivery_point_key,
        address_pass.first_key,
        address_pass.last_key
    from {{ ref('stg_drop__mail_history') }} as history
    inner join address_pass
        on
            address_pass.address_source = 'mail_history'
            and cast(history.source_row as varchar) = address_pass.source_key
    where
        history.offer_code = upper({{ sql_string(get_drop_setting('offer_code')) }})
        and {{ drop_date('mailing_date') }} - history.mailed_on
        between 0 and {{ get_drop_setting('frequency_cap_days') }}
    {%- if drop_log is not none %}
        union all
        select
            delivery_point_key,
            {{ name_match_key('first_name') }} as first_key,
            {{ name_match_key('last_name') }} as last_key
        from {{ drop_log }}
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
        spine.*,
        converter_hits.source_line is not null as fails_suppress_recent_converter,
        capped_hits.source_line is not null as fails_suppress_frequency_cap
    from spine
    left join converter_hits
        on spine.source_line = converter_hits.source_line
    left join capped_hits
        on spine.source_line = capped_hits.source_line
)

-- the spine passes through (spine.*) and this step adds its flags; the columns are in yml
select * from final  -- noqa: AM04
