{{ config(severity='warn') }}
{#- Not a failure: list records whose ZIP had lost its leading zeros (a spreadsheet or an integer
    column: 6282, 62821234) and was read with them put back (int_addresses__standardized,
    is_zip_zero_restored). The warning says how many and which, so the data owner can fix the
    export. -#}
with restored as (
    select
        source_key as source_line,
        zip_given
    from (
        select
            source_key,
            zip5_given || coalesce('-' || zip4_given, '') as zip_given,
            is_zip_zero_restored
        from {{ ref('int_addresses__standardized') }}
        where address_source = 'mail_list'
    ) as list_addresses
    where is_zip_zero_restored
),

final as (
    select
        source_line,
        zip_given
    from restored
)

select * from final
