-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'zip4_ranges') }}
with zip4_range_rows as (
    {{ read_drop_file('zip4_ranges') }}
)

select
    source_row,
    lpad(trim(zip5), 5, '0') as zip5,
    lpad(trim(zip4), 4, '0') as zip4,
    upper(trim(record_type)) as record_type,
    try_cast(primary_low as bigint) as primary_low,
    try_cast(primary_high as bigint) as primary_high,
    upper(trim(primary_parity)) as primary_parity,
    upper(trim(predirectional)) as predirectional,
    upper(trim(street_name)) as street_name,
    upper(trim(suffix)) as suffix,
    upper(trim(postdirectional)) as postdirectional,
    upper(trim(secondary_designator)) as secondary_designator,
    upper(trim(secondary_low)) as secondary_low,
    upper(trim(secondary_high)) as secondary_high,
    upper(trim(secondary_parity)) as secondary_parity,
    upper(trim(carrier_route)) as carrier_route
from zip4_range_rows
