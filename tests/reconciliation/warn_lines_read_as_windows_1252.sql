{{ config(severity='warn') }}
{#- Not a failure: the lines of mail_list that were not valid UTF-8 and were read as
    Windows-1252 (list_encoding utf-8). The build goes on; the warning says how many there are
    and which, so the data owner can be asked for a UTF-8 file. -#}
with recoded_lines as (
    select
        source_line,
        line
    from {{ ref('stg_drop__mail_list_lines') }}
    where is_recoded
),

final as (
    select
        source_line,
        line
    from recoded_lines
)

select * from final
