{#- Every group of rows that agree on `group_by` holds one value of the column (NULL counts as a
    value of its own): returns each group that holds more, with its values and the file rows they
    are on (the model's source_row: a drop file's row). A ZIP listed on two rows of the City State
    file in two states is such a group. -#}
{% test one_value_per_group(model, column_name, group_by) %}
select
    {{ group_by }},
    count(distinct coalesce({{ column_name }}, '<empty>')) as values_found,
    min({{ column_name }}) as lowest_value,
    max({{ column_name }}) as highest_value,
    min(source_row) as first_row,
    max(source_row) as last_row
from {{ model }}
group by {{ group_by }}
having count(distinct coalesce({{ column_name }}, '<empty>')) > 1
{% endtest %}
