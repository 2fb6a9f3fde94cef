{#- Every value of the column, as the drop file wrote it, is in the form the checklist reads: a
    value it cannot read would otherwise drop out of its step unseen (a move whose month is
    `3/2025` never matches, a conversion dated `11/20/2026` never suppresses). Returns one row per
    such value: its `source_row` (the file's data row), the value and the form expected.
      pattern   the whole value, trimmed and in upper case, matches this regular expression;
      cast_to   or it reads as this type (try_cast: `2026-09-25`, also with a time after it);
      required  an empty value fails too (the column is one the step cannot do without). -#}
{% test written_in_form(model, column_name, form, pattern=none, cast_to=none, required=false) %}
select
    source_row,
    {{ column_name }} as value_as_written,
    {{ sql_string(form) }} as expected_form
from {{ model }}
where
    {%- if required %}
        nullif(trim({{ column_name }}), '') is null or (
    {%- else %}
        nullif(trim({{ column_name }}), '') is not null and (
    {%- endif %}
        {%- if pattern is not none %}
            not {{ matches_whole_pattern('upper(trim(' ~ column_name ~ '))', pattern) }}
        {%- else %}
            try_cast(trim({{ column_name }}) as {{ cast_to }}) is null
        {%- endif %}
    )
{% endtest %}
