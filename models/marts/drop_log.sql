{# Every piece mailed in every drop: drop_id, offer_code, mailing_date, household key, name and
   address. Incremental: a build appends this drop's pieces after deleting whatever the log held
   for the same drop_id, so re-running a drop replaces its rows and never doubles them.
   int_mail_list__internal_suppression reads this log (earlier drops only) for the frequency cap. #}
{#- On Spark, which cannot delete rows from a Parquet table, the log is partitioned by drop_id
   and a build overwrites its own drop's partition (insert_overwrite): the same replacement. #}
{{ config(
    materialized='incremental',
    on_schema_change='append_new_columns',
    incremental_strategy=('insert_overwrite' if target.type == 'spark' else none),
    partition_by=(['drop_id'] if target.type == 'spark' else none),
    pre_hook=["{{ delete_drop_from_log() }}"]
) }}
-- depends_on: {{ ref('drop_release') }}
{# The pieces are int_mail_list__imb's rows, one per mailed line (reason_code is null), as in
   mail_ready: a filter on the outcome model here is guessed at a fifth of the list, and the join
   then hashes the wide side. #}
with outcomes as (
    select * from {{ ref('int_mail_list__outcomes') }}
),

barcodes as (
    select
        source_line,
        imb_serial,
        imb_tracking_code
    from {{ ref('int_mail_list__imb') }}
),

final as (
    select
        {{ sql_string(get_drop_setting('drop_id')) }} as drop_id,
        upper({{ sql_string(get_drop_setting('offer_code')) }}) as offer_code,
        {{ drop_date('mailing_date') }} as mailing_date,
        outcomes.record_id,
        outcomes.household_key,
        outcomes.first_name_standardized as first_name,
        outcomes.last_name_standardized as last_name,
        outcomes.company_standardized as company,
        outcomes.delivery_point_key,
        outcomes.delivery_line,
        outcomes.city_standardized as city,
        outcomes.state_standardized as state,
        outcomes.zip5,
        outcomes.zip4,
        current_timestamp as logged_at,
        nullif({{ sql_string(get_drop_setting('mailer_id')) }}, '') as imb_mailer_id,
        barcodes.imb_serial,
        barcodes.imb_tracking_code
    from barcodes
    inner join outcomes
        on barcodes.source_line = outcomes.source_line
    where {{ get_drop_setting('log_drop') }}
)

select * from final
