-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'coa_moves') }}
{#- A move's type and status read from the words other producers write too: `Individual`, `Family`,
    `Business` are I, F, B; a status written with spaces or hyphens (`New Address`,
    `moved-left-no-address`) is the spec's form with underscores. Any other value is kept as
    written, and the file's test (coa_moves_codes_written_in_form) stops the build naming it. #}
with coa_moves_rows as (
    {{ read_drop_file('coa_moves') }}
),

statuses_keyed as (
    select
        *,
        upper({{ regexp_replace_all('trim(coa_status)', '[ _-]+', '_') }}) as status_key
    from coa_moves_rows
),

final as (
    select
        {{ select_all_except('statuses_keyed', ['move_type', 'coa_status', 'status_key']) }},
        case upper(trim(statuses_keyed.move_type))
            when 'INDIVIDUAL' then 'I'
            when 'FAMILY' then 'F'
            when 'BUSINESS' then 'B'
            else statuses_keyed.move_type
        end as move_type,
        case
            when
                statuses_keyed.status_key
                in ('NEW_ADDRESS', 'MOVED_LEFT_NO_ADDRESS', 'BOX_CLOSED_NO_ORDER', 'FOREIGN_MOVE')
                then lower(statuses_keyed.status_key)
            else statuses_keyed.coa_status
        end as coa_status
    from statuses_keyed
)

select * from final
