-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'city_state') }}
with city_state_rows as (
    {{ read_drop_file('city_state') }}
)

select
    source_row,
    lpad(trim(zip5), 5, '0') as zip5,
    upper(trim(city)) as city,
    upper(trim(state)) as state,
    upper(trim(zip_type)) as zip_type,
    upper(trim(alternate_cities)) as alternate_cities
from city_state_rows
