-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'zip4_ranges') }}
{#- The coded columns are read from their letters or their words, in any case (`O` or `ODD`, `H` or
    `HIGH-RISE`: reference_code_spellings), and any other value stops the build by name (the *_as_written columns' tests): a
    segment of an unknown type, or parity read wrong, would code addresses to the wrong ZIP+4 or to
    none. An empty parity is B (both sides), as before. The primary range is read as the
    addresses' numbers are (primary_number_value): its digits, a hyphenated number's two parts
    together (`71-01` is 7101, as Queens numbers its houses). -#}
{% set record_types = reference_code_spellings('record_type') %}
{%- set parities = reference_code_spellings('parity') %}
with zip4_range_rows as (
    {{ read_drop_file('zip4_ranges') }}
),

codes_read as (
    select
        *,
        {{ read_code('record_type', record_types) }} as record_type_read,
        {{ read_code('primary_parity', parities) }} as primary_parity_read,
        {{ read_code('secondary_parity', parities) }} as secondary_parity_read
    from zip4_range_rows
)

select
    source_row,
    lpad(trim(zip5), 5, '0') as zip5,
    lpad(trim(zip4), 4, '0') as zip4,
    record_type_read as record_type,
    {{ primary_number_value('trim(primary_low)') }} as primary_low,
    {{ primary_number_value('trim(primary_high)') }} as primary_high,
    primary_parity_read as primary_parity,
    upper(trim(predirectional)) as predirectional,
    upper(trim(street_name)) as street_name,
    upper(trim(suffix)) as suffix,
    upper(trim(postdirectional)) as postdirectional,
    upper(trim(secondary_designator)) as secondary_designator,
    upper(trim(secondary_low)) as secondary_low,
    upper(trim(secondary_high)) as secondary_high,
    secondary_parity_read as secondary_parity,
    upper(trim(carrier_route)) as carrier_route,
    {{ unreadable_value('record_type', 'record_type_read') }} as record_type_as_written,
    {{ unreadable_value('primary_parity', 'primary_parity_read') }} as primary_parity_as_written,
    {{ unreadable_value('secondary_parity', 'secondary_parity_read') }} as secondary_parity_as_written
from codes_read
