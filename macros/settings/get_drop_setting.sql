{#- The value of one drop var, with the derived defaults of SPEC section 3 filled in:
    coding_date -> the date of the run; reference_last_permissible_use -> release + 105 days;
    ncoa_processed_date -> coding_date; carrier_route_info_date -> reference_release_date;
    output_dir -> output/<drop_id>. Dates come back as ISO strings, counts as integers,
    switches as booleans. validate_drop_vars() has checked the forms already. -#}
{% macro get_drop_setting(name) -%}
    {%- set raw = drop_var(name) -%}
    {%- set text = '' if raw is none else (raw | string | trim) -%}
    {%- if name == 'coding_date' and text == '' -%}
        {{ return(run_started_at.strftime('%Y-%m-%d')) }}
    {%- elif name == 'reference_last_permissible_use' and text == '' -%}
        {%- set release = modules.datetime.date.fromisoformat(get_drop_setting('reference_release_date')) -%}
        {{ return((release + modules.datetime.timedelta(days=105)).isoformat()) }}
    {%- elif name == 'ncoa_processed_date' and text == '' -%}
        {{ return(get_drop_setting('coding_date')) }}
    {%- elif name == 'carrier_route_info_date' and text == '' -%}
        {{ return(get_drop_setting('reference_release_date')) }}
    {%- elif name == 'input_dir' -%}
        {#- absolute, so that a view reading a drop file finds it from wherever it is queried -#}
        {%- set folder = text.rstrip('/') or '.' -%}
        {%- if not folder.startswith('/') -%}
            {%- set folder = invocation_args_dict.get('project_dir', '.').rstrip('/') ~ '/' ~ folder -%}
        {%- endif -%}
        {{ return(folder) }}
    {%- elif name == 'output_dir' -%}
        {{ return((text if text != '' else 'output/' ~ get_drop_setting('drop_id')).rstrip('/')) }}
    {%- elif name in drop_var_kinds()['integer'] -%}
        {{ return(text | int) }}
    {%- elif name in drop_var_kinds()['boolean'] -%}
        {{ return(text | lower == 'true') }}
    {%- elif name in drop_var_kinds()['number'] -%}
        {{ return(text | float) }}
    {%- else -%}
        {{ return(text) }}
    {%- endif -%}
{%- endmacro %}
