-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'crm_conversions') }}
with conversion_rows as (
    {{ read_drop_file('crm_conversions') }}
),

-- whether the file's dates written with slashes (11/20/2026) are month or day first, as its own
-- dates show (slash_dates_month_first)
date_orders as (
    select
        *,
        {{ slash_dates_month_first('converted_on') }} as converted_on_month_first
    from conversion_rows
)

select
    source_row,
    customer_id,
    first_name,
    last_name,
    company,
    address_line_1,
    address_line_2,
    city,
    state,
    zip,
    {{ read_date_in_order("converted_on", "converted_on_month_first") }} as converted_on,
    -- as written: a date that cannot be read stops the build by name (written_in_form)
    converted_on as converted_on_as_written
from date_orders
