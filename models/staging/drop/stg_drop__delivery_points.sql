-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'delivery_points') }}
{#- Y or N, as the DPV product writes its flags; YES/NO, TRUE/FALSE, T/F and 1/0 (any case) are
    read too, an empty value is N, and any other value stops the build by name (the *_as_written
    columns' tests): a vacant point read as occupied would be mailed. -#}
{% set yes_no = {true: ['Y', 'YES', 'T', 'TRUE', '1'], false: ['N', 'NO', 'F', 'FALSE', '0']} %}
{%- set flags = ['vacant', 'cmra', 'no_stat', 'residential'] %}
with delivery_point_rows as (
    {{ read_drop_file('delivery_points') }}
),

flags_read as (
    select
        *,
        {%- for flag in flags %}
        {{ read_code(flag, yes_no, blank=false) }} as {{ flag }}_read{{ ',' if not loop.last }}
        {%- endfor %}
    from delivery_point_rows
)

select
    source_row,
    lpad(trim(zip5), 5, '0') as zip5,
    lpad(trim(zip4), 4, '0') as zip4,
    upper(trim(primary_number)) as primary_number,
    upper(trim(secondary_designator)) as secondary_designator,
    upper(trim(secondary_number)) as secondary_number,
    lpad(trim(delivery_point), 2, '0') as delivery_point,
    {%- for flag in flags %}
    coalesce({{ flag }}_read, false) as is_{{ flag }},
    {%- endfor %}
    {%- for flag in flags %}
    {{ unreadable_value(flag, flag ~ '_read') }} as {{ flag }}_as_written{{ ',' if not loop.last }}
    {%- endfor %}
from flags_read
