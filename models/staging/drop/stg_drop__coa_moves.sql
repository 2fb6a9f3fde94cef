-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'coa_moves') }}
with coa_moves_rows as (
    {{ read_drop_file('coa_moves') }}
)

select * from coa_moves_rows
