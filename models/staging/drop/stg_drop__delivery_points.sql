-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'delivery_points') }}
{#- Y or N, as the DPV product writes its flags; YES/NO, TRUE/FALSE, T/F and 1/0 (any case) are
    read too, an empty value is N, and any other value stops the build by name (the *_as_written
    columns' tests): a vacant point read as occupied would be mailed. -#}
{% set yes_no = reference_code_spellings('yes_no') %}
with delivery_point_rows as (
    {{ read_drop_file('delivery_points') }}
),

flags_read as (
    select
        *,
        {{ read_code('vacant', yes_no, blank=false) }} as vacant_read,
        {{ read_code('cmra', yes_no, blank=false) }} as cmra_read,
        {{ read_code('no_stat', yes_no, blank=false) }} as no_stat_read,
        {{ read_code('residential', yes_no, blank=false) }} as residential_read
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
    coalesce(vacant_read, false) as is_vacant,
    coalesce(cmra_read, false) as is_cmra,
    coalesce(no_stat_read, false) as is_no_stat,
    coalesce(residential_read, false) as is_residential,
    {{ unreadable_value('vacant', 'vacant_read') }} as vacant_as_written,
    {{ unreadable_value('cmra', 'cmra_read') }} as cmra_as_written,
    {{ unreadable_value('no_stat', 'no_stat_read') }} as no_stat_as_written,
    {{ unreadable_value('residential', 'residential_read') }} as residential_as_written
from flags_read
