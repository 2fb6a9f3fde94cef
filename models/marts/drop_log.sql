{# Every piece mailed in every drop: drop_id, offer_code, mailing_date, household key, name and
   address. Incremental: a build appends this drop's pieces after deleting whatever the log held
   for the same drop_id, so re-running a drop replaces its rows and never doubles them.
   int_mail_list__internal_suppression reads this log (earlier drops only) for the frequency cap. #}
{{ config(
    materialized='incremental',
    on_schema_change='fail',
    pre_hook=["{{ delete_drop_from_log() }}"]
) }}
-- depends_on: {{ ref('drop_release') }}
with mailed as (
    select * from {{ ref('int_mail_list__outcomes') }}
    where reason_code is null and {{ get_drop_setting('log_drop') }}
),

final as (
    select
        {{ sql_string(get_drop_setting('drop_id')) }} as drop_id,
        upper({{ sql_string(get_drop_setting('offer_code')) }}) as offer_code,
        {{ drop_date('mailing_date') }} as mailing_date,
        record_id,
        household_key,
        first_name_standardized as first_name,
        last_name_standardized as last_name,
        company_standardized as company,
        delivery_point_key,
        delivery_line,
        city_standardized as city,
        state_standardized as state,
        zip5,
        zip4,
        current_timestamp as logged_at
    from mailed
)

select * from final
