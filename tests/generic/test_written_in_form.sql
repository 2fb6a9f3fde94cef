{#- Every value of the column, as the drop file wrote it, is in the form the checklist reads: a
    value it cannot read would otherwise drop out of its step unseen (a move whose month is
    `3/2025` never matches, a conversion dated `11/20/2026` never suppresses). Returns one row per
    such value: its `source_row` (the file's data row), the value and the form expected.
    pattern, cast_to, read_as and required are value_out_of_form's (required: the column is one the
    step cannot do without). -#}
{% test written_in_form(model, column_name, form, pattern=none, cast_to=none, required=false, read_as=none) %}
select
    source_row,
    {{ column_name }} as value_as_written,
    {{ sql_string(form) }} as expected_form
from {{ model }}
where
    {{ value_out_of_form(column_name, pattern, cast_to, required, read_as) }}
{% endtest %}
