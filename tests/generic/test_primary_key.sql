{#- The column is a key: no row leaves it empty and no value is on two rows (dbt's `not_null` and
    `unique` in one pass over the table, one node of the build instead of two). Returns one row per
    problem: the empty key with how many rows have it, and each repeated value with its count. -#}
{% test primary_key(model, column_name) %}
select
    {{ column_name }} as key_value,
    count(*) as occurrences,
    case when {{ column_name }} is null then 'missing' else 'repeated' end as problem
from {{ model }}
group by {{ column_name }}
having {{ column_name }} is null or count(*) > 1
{% endtest %}
