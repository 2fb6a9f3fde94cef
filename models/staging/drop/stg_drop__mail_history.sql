-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'mail_history') }}
with mail_history_rows as (
    {{ read_drop_file('mail_history') }}
),

-- whether the file's dates written with slashes (11/20/2026) are month or day first, as its own
-- dates show (slash_dates_month_first)
date_orders as (
    select
        *,
        {{ slash_dates_month_first('mailed_on') }} as mailed_on_month_first
    from mail_history_rows
)

select
    source_row,
    first_name,
    last_name,
    company,
    address_line_1,
    address_line_2,
    city,
    state,
    zip,
    upper(trim(offer_code)) as offer_code,
    {{ read_date_in_order("mailed_on", "mailed_on_month_first") }} as mailed_on,
    -- as written: a date that cannot be read stops the build by name (written_in_form)
    mailed_on as mailed_on_as_written,
    drop_id
from date_orders
