{#- One date-currency rule of date_currency_checks holds. Returns the rule's row, whose
    `message` names the rule, the dates compared and the limit, when it is broken (or missing). -#}
{% test date_rule_holds(model, rule) %}
with rule_rows as (
    select * from {{ model }} where rule_name = '{{ rule }}'
)

select rule_name, message from rule_rows where not passes
union all
select '{{ rule }}' as rule_name, 'rule {{ rule }} is missing from date_currency_checks' as message
where not exists (select 1 from rule_rows)
{% endtest %}
