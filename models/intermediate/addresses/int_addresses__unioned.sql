{#- Every address that enters the drop, from every input, in one relation, so that one
    standardization, CASS and DPV pass serves them all and formatting never hides a match.
    (address_source, source_key) identifies the row it came from. A list record that an
    analyst corrected (address_corrections, by record_id) enters with the corrected fields. -#}
with mail_list_lines as (
    select * from {{ ref('int_mail_list__intake') }}
),

-- one correction per record: an analyst who corrects a record again adds a row, so the file's last
-- row for it is the one applied, whole (taking each field's largest value, as this did before, made
-- an address of two rows that neither of them wrote); warn_address_corrections_not_applied names the
-- rows that are not applied
corrections as (
    select
        record_id,
        address_line_1,
        address_line_2,
        city,
        state,
        zip
    from (
        select
            trim(record_id) as record_id,
            address_line_1,
            address_line_2,
            city,
            state,
            zip,
            row_number() over (partition by trim(record_id) order by source_row desc) as recency
        from {{ ref('stg_drop__address_corrections') }}
    ) as correction_rows
    where recency = 1
),

list_addresses as (
    select
        'mail_list' as address_source,
        cast(mail_list_lines.source_line as string) as source_key,
        mail_list_lines.first_name,
        mail_list_lines.middle_name,
        mail_list_lines.last_name,
        mail_list_lines.name_suffix,
        mail_list_lines.company,
        coalesce(corrections.address_line_1, mail_list_lines.address_line_1) as address_line_1,
        case
            when corrections.record_id is not null then corrections.address_line_2
            else mail_list_lines.address_line_2
        end as address_line_2,
        coalesce(corrections.city, mail_list_lines.city) as city,
        coalesce(corrections.state, mail_list_lines.state) as state,
        coalesce(corrections.zip, mail_list_lines.zip) as zip,
        corrections.record_id is not null as is_analyst_corrected
    from mail_list_lines
    left join corrections
        on
            mail_list_lines.record_id = corrections.record_id
            and not mail_list_lines.fails_intake_duplicate_record_id
    where not mail_list_lines.fails_intake_malformed_row
),

moves as (
    select * from {{ ref('stg_drop__coa_moves') }}
),

move_addresses as (
    select
        'coa_old' as address_source,
        coa_id as source_key,
        first_name,
        middle_name,
        last_name,
        cast(null as string) as name_suffix,
        company,
        old_address_line_1 as address_line_1,
        old_address_line_2 as address_line_2,
        old_city as city,
        old_state as state,
        old_zip as zip,
        false as is_analyst_corrected
    from moves
    union all
    select
        'coa_new' as address_source,
        coa_id as source_key,
        first_name,
        middle_name,
        last_name,
        cast(null as string) as name_suffix,
        company,
        new_address_line_1 as address_line_1,
        new_address_line_2 as address_line_2,
        new_city as city,
        new_state as state,
        new_zip as zip,
        false as is_analyst_corrected
    from moves
    where new_address_line_1 is not null
),

other_file_addresses as (
    select
        'suppress_dma' as address_source,
        cast(source_row as string) as source_key,
        first_name,
        cast(null as string) as middle_name,
        last_name,
        cast(null as string) as name_suffix,
        cast(null as string) as company,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        false as is_analyst_corrected
    from {{ ref('stg_drop__suppress_dma') }}
    union all
    select
        'suppress_deceased' as address_source,
        cast(source_row as string) as source_key,
        first_name,
        middle_name,
        last_name,
        cast(null as string) as name_suffix,
        cast(null as string) as company,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        false as is_analyst_corrected
    from {{ ref('stg_drop__suppress_deceased') }}
    union all
    select
        'crm_conversions' as address_source,
        cast(source_row as string) as source_key,
        first_name,
        cast(null as string) as middle_name,
        last_name,
        cast(null as string) as name_suffix,
        company,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        false as is_analyst_corrected
    from {{ ref('stg_drop__crm_conversions') }}
    union all
    select
        'mail_history' as address_source,
        cast(source_row as string) as source_key,
        first_name,
        cast(null as string) as middle_name,
        last_name,
        cast(null as string) as name_suffix,
        company,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        false as is_analyst_corrected
    from {{ ref('stg_drop__mail_history') }}
    union all
    select
        'suppress_prison' as address_source,
        cast(source_row as string) as source_key,
        cast(null as string) as first_name,
        cast(null as string) as middle_name,
        cast(null as string) as last_name,
        cast(null as string) as name_suffix,
        facility_name as company,
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        false as is_analyst_corrected
    from {{ ref('stg_drop__suppress_prison') }}
),

file_addresses as (
    select * from move_addresses
    union all
    select * from other_file_addresses
),

-- the list's names come from the intake spine, where a field that only marks a missing value
-- (`N/A`, `NULL`: without_placeholder) is already empty; the other files' names are read the same way
final as (
    select * from list_addresses
    union all
    select
        address_source,
        source_key,
        {{ name_fields_without_placeholders() }},
        address_line_1,
        address_line_2,
        city,
        state,
        zip,
        is_analyst_corrected
    from file_addresses
)

select * from final
