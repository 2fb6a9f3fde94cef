-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'delivery_points') }}
with delivery_point_rows as (
    {{ read_drop_file('delivery_points') }}
)

select
    source_row,
    lpad(trim(zip5), 5, '0') as zip5,
    lpad(trim(zip4), 4, '0') as zip4,
    upper(trim(primary_number)) as primary_number,
    upper(trim(secondary_designator)) as secondary_designator,
    upper(trim(secondary_number)) as secondary_number,
    lpad(trim(delivery_point), 2, '0') as delivery_point,
    coalesce(upper(trim(vacant)) = 'Y', false) as is_vacant,
    coalesce(upper(trim(cmra)) = 'Y', false) as is_cmra,
    coalesce(upper(trim(no_stat)) = 'Y', false) as is_no_stat,
    coalesce(upper(trim(residential)) = 'Y', false) as is_residential
from delivery_point_rows
