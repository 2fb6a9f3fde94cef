{{ config(severity='error') }}
{#- No Intelligent Mail barcode serial repeats for a Mailer ID within 45 days (USPS-B-3200's
    uniqueness rule for full-service mail): none twice in this drop, and none that drop_log holds
    for the same Mailer ID from another drop mailed within 45 days of this one. Returns the
    repeated serials. A serial_start that overlaps an earlier drop fails here. -#}
{%- set mailer_id = get_drop_setting('mailer_id') %}
{%- set earlier_drops = source('earlier_drops', 'drop_log') %}
{%- set drop_log_has_serials = earlier_drop_log_exists(earlier_drops, 'imb_serial') %}
with this_drop as (
    select imb_serial
    from {{ ref('int_mail_list__imb') }}
    where imb_serial is not null
),

repeated_here as (
    select
        imb_serial,
        'twice in this drop' as repeated_in
    from this_drop
    group by 1
    having count(*) > 1
),

repeated_from_earlier as (
    {%- if mailer_id != '' and drop_log_has_serials %}
        select distinct
            this_drop.imb_serial,
            'drop ' || earlier.drop_id || ' of ' || cast(earlier.mailing_date as {{ dbt.type_string() }}) as repeated_in
        from this_drop
        inner join {{ earlier_drops }} as earlier
            on this_drop.imb_serial = earlier.imb_serial
        where
            earlier.imb_mailer_id = {{ sql_string(mailer_id) }}
            and earlier.drop_id != {{ sql_string(get_drop_setting('drop_id')) }}
            and abs({{ days_between('earlier.mailing_date', drop_date('mailing_date')) }}) <= 45
    {%- else %}
        select
            imb_serial,
            'no earlier drop' as repeated_in
        from this_drop
        where false
    {%- endif %}
),

final as (
    select
        imb_serial,
        repeated_in
    from repeated_here
    union all
    select
        imb_serial,
        repeated_in
    from repeated_from_earlier
)

select * from final
