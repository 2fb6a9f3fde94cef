{#- The Intelligent Mail barcode of every piece that goes to the press (USPS-B-3200), one row per
    mailed line. The tracking code is barcode_id (2 digits), service_type_id (3), mailer_id (6
    or 9) and the piece's serial (9 or 6 digits, zero-padded); the routing code is the ZIP, ZIP+4
    and delivery point the piece was coded to (11 digits; 9 or 5 when less is known).
    Serials run in the order of the mail file (ZIP, carrier route, ZIP+4, delivery point, record
    id) from serial_start, or else from one past the highest serial this Mailer ID used in
    drop_log for a drop mailed within 45 days of this one (so that no serial repeats for the
    Mailer ID within 45 days), or else from 0; they wrap past the last serial. The test
    imb_serials_unique_within_45_days fails the build when a serial would repeat. Without a
    mailer_id every column is NULL: the build runs and the mail file has no barcode. -#}
-- the encoder's tables, read only when a mailer_id is given:
-- depends_on: {{ ref('imb_crc_bytes') }}
-- depends_on: {{ ref('imb_codeword_characters') }}
{%- set mailer_id = get_drop_setting('mailer_id') %}
{%- set serial_digits = 9 if mailer_id | length == 6 else 6 %}
{%- set earlier_drops = source('earlier_drops', 'drop_log') %}
{%- set drop_log_has_serials = earlier_drop_log_exists(earlier_drops, 'imb_serial') %}
with mailed as (
    select
        source_line,
        record_id,
        zip5,
        zip4,
        delivery_point,
        carrier_route
    from {{ ref('int_mail_list__outcomes') }}
    where reason_code is null
),

earlier_serials as (
    {%- if drop_log_has_serials %}
        select max(imb_serial) as last_serial
        from {{ earlier_drops }}
        where
            imb_mailer_id = {{ sql_string(mailer_id) }}
            and drop_id != {{ sql_string(get_drop_setting('drop_id')) }}
            and abs({{ days_between('mailing_date', drop_date('mailing_date')) }}) <= 45
    {%- else %}
        select cast(null as bigint) as last_serial
    {%- endif %}
),

first_serial as (
    select
        {%- if get_drop_setting('serial_start') != '' %}
            cast({{ get_drop_setting('serial_start') | int }} as bigint) as serial_start
        {%- else %}
            coalesce(last_serial + 1, 0) as serial_start
        {%- endif %}
    from earlier_serials
),

pieces as (
    -- the one step that sees every piece at once: each piece's place in the mail file (mail_ready
    -- is written in this order), its serial and its routing code
    select
        positions.source_line,
        positions.mail_file_position,
        (first_serial.serial_start + positions.mail_file_position - 1) % {{ 10 ** serial_digits }} as imb_serial,
        positions.imb_routing_code
    from (
        select
            mailed.source_line,
            row_number() over (order by {{ mail_file_order('mailed') }}) as mail_file_position,
            case
                when mailed.zip5 is null then ''
                when mailed.zip4 is null then mailed.zip5
                when mailed.delivery_point is null then mailed.zip5 || mailed.zip4
                else mailed.zip5 || mailed.zip4 || mailed.delivery_point
            end as imb_routing_code
        from mailed
    ) as positions
    cross join first_serial
),

codes as (
    select
        source_line as piece_id,
        imb_serial,
        {{ sql_string(get_drop_setting('barcode_id') ~ get_drop_setting('service_type_id') ~ mailer_id) }}
        || lpad(cast(imb_serial as {{ dbt.type_string() }}), {{ serial_digits }}, '0') as tracking_code,
        imb_routing_code as routing_code
    from pieces
    -- no Mailer ID, no barcode: nothing to encode, and every column of the result is NULL
    where {{ mailer_id != '' }}
),

barcodes as (
    {{ imb_encode('codes') }}
),

final as (
    select
        pieces.source_line,
        pieces.mail_file_position,
        codes.imb_serial,
        codes.tracking_code as imb_tracking_code,
        nullif(codes.routing_code, '') as imb_routing_code,
        -- the tracking and routing codes together (mail_ready's imb_digits) are not kept here: writing
        -- the 31-digit column cost about 2 processor seconds at 10M records, putting it together in
        -- mail_ready about 0.1
        barcodes.imb_bars
    from pieces
    left join codes
        on pieces.source_line = codes.piece_id
    left join barcodes
        on codes.piece_id = barcodes.piece_id
)

select * from final
