-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'delivery_points') }}
{#- Y or N, as the DPV product writes its flags; YES/NO, TRUE/FALSE, T/F and 1/0 (any case) are
    read too, an empty value is N, and any other value stops the build by name (the *_as_written
    columns' tests): a vacant point read as occupied would be mailed.
    A unit's number written with its designator or a `#` (`APT 6`, `#5`, as an export of a
    property list may write it) is the number alone, the designator taken from it when the
    designator's column is empty; a designator is read to its Pub 28 C2 abbreviation (APARTMENT is
    APT). Before, `#5` never matched a list's `Apt 5`, which was then coded to the building. -#}
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
),

pub28 as (
    select {{ seed_map(ref('pub28_unit_designators')) }} as designators
),

-- a unit's number as written, in upper case; a designator or `#` written before it is not part
-- of it (looked at only in a number with a space or a `#`: nearly every point has no unit)
units_written as (
    select
        flags_read.*,
        upper(trim(flags_read.secondary_number)) as number_text,
        upper(trim(flags_read.secondary_designator)) as designator_text
    from flags_read
),

units_read as (
    select
        units_written.*,
        case
            when units_written.number_text like '#%' then '#'
            when units_written.number_text like '% %'
                then {{ lookup('pub28.designators', "regexp_extract(units_written.number_text, '^([A-Z]+)[.]? ', 1)") }}
        end as designator_in_number
    from units_written
    cross join pub28
),

designators_read as (
    select
        units_read.*,
        case
            when units_read.designator_in_number = '#' then nullif(trim(substr(units_read.number_text, 2)), '')
            when units_read.designator_in_number is not null
                then regexp_extract(units_read.number_text, '^[A-Z]+[.]? +(.+)$', 1)
            else units_read.number_text
        end as secondary_number_read,
        coalesce(
            {{ lookup('pub28.designators', "replace(units_read.designator_text, '.', '')") }},
            units_read.designator_text,
            units_read.designator_in_number
        ) as secondary_designator_read
    from units_read
    cross join pub28
)

select
    source_row,
    lpad(trim(zip5), 5, '0') as zip5,
    lpad(trim(zip4), 4, '0') as zip4,
    upper(trim(primary_number)) as primary_number,
    secondary_designator_read as secondary_designator,
    secondary_number_read as secondary_number,
    lpad(trim(delivery_point), 2, '0') as delivery_point,
    coalesce(vacant_read, false) as is_vacant,
    coalesce(cmra_read, false) as is_cmra,
    coalesce(no_stat_read, false) as is_no_stat,
    coalesce(residential_read, false) as is_residential,
    {{ unreadable_value('vacant', 'vacant_read') }} as vacant_as_written,
    {{ unreadable_value('cmra', 'cmra_read') }} as cmra_as_written,
    {{ unreadable_value('no_stat', 'no_stat_read') }} as no_stat_as_written,
    {{ unreadable_value('residential', 'residential_read') }} as residential_as_written
from designators_read
