{#- Every row's check digit is the delivery point barcode check digit of its ZIP5 + ZIP4 +
    delivery point, computed independently here: the digit sum of all twelve is a multiple of
    10, and ZIP5, ZIP4 and delivery point have 5, 4 and 2 digits. Returns the rows that fail. -#}
{% test valid_dpbc_check_digit(model, column_name, zip5='zip5', zip4='zip4', delivery_point='delivery_point') %}
select *
from {{ model }}
where
    not {{ matches_whole_pattern("coalesce(" ~ zip5 ~ ", '')", '[0-9]{5}') }}
    or not {{ matches_whole_pattern("coalesce(" ~ zip4 ~ ", '')", '[0-9]{4}') }}
    or not {{ matches_whole_pattern("coalesce(" ~ delivery_point ~ ", '')", '[0-9]{2}') }}
    or not {{ matches_whole_pattern("coalesce(" ~ column_name ~ ", '')", '[0-9]') }}
    or {{ digit_sum(zip5 ~ ' || ' ~ zip4 ~ ' || ' ~ delivery_point ~ ' || ' ~ column_name, 12) }} % 10 != 0
{% endtest %}
