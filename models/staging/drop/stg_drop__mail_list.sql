-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'mail_list') }}
-- depends_on: {{ ref('stg_drop__mail_list_lines') }}
with mail_list_lines as (
    {{ read_drop_lines('mail_list') }}
)

select * from mail_list_lines
