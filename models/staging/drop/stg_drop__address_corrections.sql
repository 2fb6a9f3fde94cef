-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'address_corrections') }}
with address_corrections_rows as (
    {{ read_drop_file('address_corrections') }}
)

select * from address_corrections_rows
