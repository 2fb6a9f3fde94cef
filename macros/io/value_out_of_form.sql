{#- True when a drop file's value, as written, is not in the form the checklist reads: for the
    input-contract tests written_in_form (one column) and written_in_forms (several in one node).
      pattern   the whole value, trimmed and in upper case, must match this regular expression;
      cast_to   or it must read as this type (try_cast); a date as read_date reads it (`2026-09-25`,
                also with a time after it, or `20260925`);
      read_as   or the model's column that holds the value as the step reads it must not be NULL
                (a date whose order the file's own dates tell: read_date_in_order);
      required  an empty value is out of form too (else it passes). -#}
{% macro value_out_of_form(column, pattern=none, cast_to=none, required=false, read_as=none) -%}
    {%- if required %}
    nullif(trim({{ column }}), '') is null or (
    {%- else %}
    nullif(trim({{ column }}), '') is not null and (
    {%- endif %}
        {%- if read_as is not none %}
        {{ read_as }} is null
        {%- elif pattern is not none %}
        not {{ matches_whole_pattern('upper(trim(' ~ column ~ '))', pattern) }}
        {%- elif cast_to == 'date' %}
        {{ read_date(column) }} is null
        {%- else %}
        try_cast(trim({{ column }}) as {{ cast_to }}) is null
        {%- endif %}
    )
{%- endmacro %}
