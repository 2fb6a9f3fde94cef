-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'suppress_dma') }}
with suppress_dma_rows as (
    {{ read_drop_file('suppress_dma') }}
)

select * from suppress_dma_rows
