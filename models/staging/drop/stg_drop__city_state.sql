-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'city_state') }}
{#- The ZIP's type as the spec writes it or as the USPS City State file codes it (its ZIP
    classification: P PO box only, U unique, M military, blank or S standard), any case; another
    value stops the build by name (zip_type_as_written). -#}
{% set zip_types = reference_code_spellings('zip_type') %}
with city_state_rows as (
    {{ read_drop_file('city_state') }}
),

codes_read as (
    select
        *,
        {{ read_code('zip_type', zip_types) }} as zip_type_read
    from city_state_rows
)

select
    source_row,
    lpad(trim(zip5), 5, '0') as zip5,
    upper(trim(city)) as city,
    upper(trim(state)) as state,
    zip_type_read as zip_type,
    upper(trim(alternate_cities)) as alternate_cities,
    {{ unreadable_value('zip_type', 'zip_type_read') }} as zip_type_as_written
from codes_read
