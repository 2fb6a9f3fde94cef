{{ config(severity='warn') }}
{#- Not a failure: the list's extra columns whose names are those of columns the pipeline writes
    beside them (`zip5`, `delivery_line`, `source_line`), each carried to mail_ready and
    rejected_records under a name of its own (carried_column_names: `list_zip5`), its values as
    written. The warning names each, so that whoever reads the files knows where their column went. -#}
-- depends_on: {{ source('drop', 'mail_list') }}
{%- set carried_as = carried_column_names() %}
{%- set renamed = [] %}
{%- for name, carried in carried_as.items() if carried != name %}{% do renamed.append((name, carried)) %}{% endfor %}
with renamed_columns as (
    select
        cast(null as string) as column_as_written,
        cast(null as string) as carried_as
    where false
    {%- for name, carried in renamed %}
    union all
    select
        {{ sql_string(name) }} as column_as_written,
        {{ sql_string(carried) }} as carried_as
    {%- endfor %}
),

final as (
    select
        column_as_written,
        carried_as
    from renamed_columns
)

select * from final
