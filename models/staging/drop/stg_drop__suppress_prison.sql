-- depends_on: {{ source('drop', 'suppress_prison') }}
with suppress_prison_rows as (
    {{ read_drop_file('suppress_prison') }}
)

select * from suppress_prison_rows
