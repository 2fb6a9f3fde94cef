{#- The column keys the list's records, as a step of the checklist carries them: primary_key's
    checks (its own SQL: no row leaves the key empty, no value is on two rows), and the table has
    no more rows than mail_list.csv has data lines (stg_drop__mail_list_line_count, counted from
    the file's bytes by code the line reader does not share): a step that fans a record out into
    two rows fails here even when the copies differ in the key. Returns one row per problem.
    Reading the line count also decides when the test runs under `dbt build`: a test holds back only
    the nodes downstream of everything it reads, and the line count is read by drop_release alone.
    So a step's key test gates the release (every check does: tests/python/test_project.py) without
    holding up the next step, and runs beside it instead of between the two (at 10M records these
    tests were about 5 s of the build's longest chain). -#}
{% test list_record_key(model, column_name) %}
with key_problems as (
    {{ test_primary_key(model, column_name) }}
),

line_count as (
    select physical_lines - 1 as data_lines
    from {{ ref('stg_drop__mail_list_line_count') }}
),

row_count_problems as (
    select
        cast(null as {{ dbt.type_string() }}) as key_value,
        rows_in_table.occurrences,
        'more rows than the list has data lines (' || cast(line_count.data_lines as {{ dbt.type_string() }}) || ')'
            as problem
    from (select count(*) as occurrences from {{ model }}) as rows_in_table
    cross join line_count
    where rows_in_table.occurrences > line_count.data_lines
)

select
    cast(key_value as {{ dbt.type_string() }}) as key_value,
    occurrences,
    problem
from key_problems
union all
select * from row_count_problems
{% endtest %}
