-- depends_on: {{ source('drop', 'coa_moves') }}
with coa_moves_rows as (
    {{ read_drop_file('coa_moves') }}
)

select * from coa_moves_rows
