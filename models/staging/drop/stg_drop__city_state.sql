-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'city_state') }}
{#- The ZIP's type as the spec writes it or as the USPS City State file codes it (its ZIP
    classification: P PO box only, U unique, M military, blank or S standard), any case; another
    value stops the build by name (zip_type_as_written). The state is read to its two-letter code
    from its name or a traditional abbreviation (`Minnesota`, `Minn.`: pub28_states), as a list's
    state is; before, a file that names its states coded no record without a ZIP from its city.
    Alternate cities separated by semicolons or commas are read as if by pipes. -#}
{% set zip_types = reference_code_spellings('zip_type') %}
with city_state_rows as (
    {{ read_drop_file('city_state') }}
),

codes_read as (
    select
        *,
        {{ read_code('zip_type', zip_types) }} as zip_type_read
    from city_state_rows
),

pub28 as (
    select {{ seed_map(ref('pub28_states')) }} as states
),

states_read as (
    select
        codes_read.*,
        coalesce(
            {{ lookup('pub28.states', "replace(upper(trim(codes_read.state)), '.', '')") }},
            upper(trim(codes_read.state))
        ) as state_read
    from codes_read
    cross join pub28
)

select
    source_row,
    lpad(trim(zip5), 5, '0') as zip5,
    upper(trim(city)) as city,
    state_read as state,
    zip_type_read as zip_type,
    -- a semicolon or comma between the names is the pipe the spec writes (no city's name holds one)
    {{ regexp_replace_all('upper(trim(alternate_cities))', '[;,]', '|') }} as alternate_cities,
    {{ unreadable_value('zip_type', 'zip_type_read') }} as zip_type_as_written
from states_read
