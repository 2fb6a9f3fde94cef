{#- written_in_form for several columns of one file in one test (one dbt node instead of one per
    column: each node costs dbt about a tenth of a second to schedule, which a small drop feels).
    `columns` maps each column to {form, pattern, cast_to, required} as written_in_form takes
    them (value_out_of_form). Returns one row per value not in its form: its `source_row`, the
    column (less an `_as_written` ending), the value and the form expected. -#}
{% test written_in_forms(model, columns) %}
{%- for column, spec in columns.items() %}
select
    source_row,
    {{ sql_string(column | replace('_as_written', '')) }} as column_name,
    {{ column }} as value_as_written,
    {{ sql_string(spec['form']) }} as expected_form
from {{ model }}
where
    {{ value_out_of_form(column, spec.get('pattern'), spec.get('cast_to'), spec.get('required', false)) }}
{{ 'union all' if not loop.last }}
{%- endfor %}
{% endtest %}
