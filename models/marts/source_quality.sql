{# Per list_source: records, mailed, and the rate of each failure, so a bad source can be sent
   its rejection report. A source whose DPV failure rate (DPV_NOT_CONFIRMED over its records)
   is above source_dpv_failure_threshold is flagged. Rates are fractions of the source's lines.
   Exported as source_quality.csv, for the owners of the list sources. #}
{{ config(post_hook=["{{ export_to_output_dir('source_quality.csv', 'csv', 'list_source') }}"]) }}
-- depends_on: {{ ref('int_drop__output_directory') }}
with outcomes as (
    select * from {{ ref('int_mail_list__outcomes') }}
),

by_source as (
    select
        coalesce(list_source, '(none)') as list_source,
        count(*) as records,
        count(*) filter (where reason_code is null) as mailed,
        count(*) filter (where step = 'intake') as intake_failures,
        count(*) filter (where step = 'ncoa') as ncoa_removed,
        count(*) filter (where step = 'cass') as cass_failures,
        count(*) filter (where reason_code = 'DPV_NOT_CONFIRMED') as dpv_not_confirmed,
        count(*) filter (where step = 'dpv') as dpv_failures,
        count(*) filter (where step = 'external_suppression') as externally_suppressed,
        count(*) filter (where step = 'internal_suppression') as internally_suppressed,
        count(*) filter (where step = 'dedupe') as duplicates
    from outcomes
    group by 1
),

final as (
    select
        list_source,
        records,
        mailed,
        round(mailed / records, 4) as mailed_rate,
        round(intake_failures / records, 4) as intake_failure_rate,
        round(ncoa_removed / records, 4) as ncoa_removed_rate,
        round(cass_failures / records, 4) as cass_failure_rate,
        round(dpv_failures / records, 4) as dpv_failure_rate,
        round(dpv_not_confirmed / records, 4) as dpv_not_confirmed_rate,
        round(externally_suppressed / records, 4) as external_suppression_rate,
        round(internally_suppressed / records, 4) as internal_suppression_rate,
        round(duplicates / records, 4) as duplicate_rate,
        dpv_not_confirmed / records > {{ get_drop_setting('source_dpv_failure_threshold') }} as is_flagged
    from by_source
)

select * from final
