-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'suppress_prison') }}
with suppress_prison_rows as (
    {{ read_drop_file('suppress_prison') }}
)

select * from suppress_prison_rows
