{#- The vars by the form they must have. -#}
{% macro drop_var_kinds() -%}
    {{ return({
        'date': ['mailing_date', 'coding_date', 'reference_release_date', 'reference_last_permissible_use',
                 'ncoa_processed_date', 'carrier_route_info_date'],
        'required_date': ['mailing_date', 'reference_release_date'],
        'integer': ['conversion_window_days', 'frequency_cap_days', 'ncoa_lookback_months', 'ncoa_reroute_months',
                    'move_update_days', 'coding_to_mailing_days'],
        'boolean': ['reject_vacant', 'reject_cmra', 'reject_dpv_partial', 'suppress_prison', 'log_drop'],
        'number': ['piece_cost_usd', 'source_dpv_failure_threshold'],
        'text': ['input_dir', 'drop_id', 'offer_code'],
        'choice': {'dedupe_level': ['household', 'individual', 'address'], 'list_encoding': ['utf-8', 'windows-1252']},
    }) }}
{%- endmacro %}
