{#- What is wrong with the Intelligent Mail barcode vars, as messages naming each var (empty
    when nothing is). mailer_id '' means no barcode; with one, the Mailer ID is 6 digits not
    starting with 9 or 9 digits starting with 9 (USPS assigns the 9-digit ones from 900000000),
    service_type_id 3 digits, barcode_id 2 digits with the second 0-4, serial_start digits that
    fit the serial (9 digits with a 6-digit Mailer ID, 6 with a 9-digit one). -#}
{% macro imb_var_problems() -%}
    {%- set problems = [] -%}
    {%- set mailer_id = drop_var('mailer_id') | string | trim -%}
    {%- set service_type_id = drop_var('service_type_id') | string | trim -%}
    {%- set barcode_id = drop_var('barcode_id') | string | trim -%}
    {%- set serial_start = drop_var('serial_start') | string | trim -%}
    {%- set quote_hint = " (quote it in --vars: '012345', or YAML drops the leading zeros)" -%}
    {%- if mailer_id != '' -%}
        {%- if not (modules.re.match('^[0-8][0-9]{5}$', mailer_id) or modules.re.match('^9[0-9]{8}$', mailer_id)) -%}
            {%- do problems.append("var 'mailer_id' = '" ~ mailer_id ~ "' is not a Mailer ID: expected 6 digits "
                                   ~ "not starting with 9, or 9 digits starting with 9" ~ quote_hint) -%}
        {%- endif -%}
        {%- if not modules.re.match('^[0-9]{3}$', service_type_id) -%}
            {%- do problems.append("var 'service_type_id' = '" ~ service_type_id ~ "' is not a service type: "
                                   ~ "expected 3 digits with mailer_id" ~ quote_hint) -%}
        {%- endif -%}
        {%- set serial_digits = 9 if mailer_id | length == 6 else 6 -%}
        {%- if serial_start != '' and not modules.re.match('^[0-9]{1,' ~ serial_digits ~ '}$', serial_start) -%}
            {%- do problems.append("var 'serial_start' = '" ~ serial_start ~ "' is not a serial number: expected "
                                   ~ "up to " ~ serial_digits ~ " digits with this mailer_id") -%}
        {%- endif -%}
    {%- endif -%}
    {%- if not modules.re.match('^[0-9][0-4]$', barcode_id) -%}
        {%- do problems.append("var 'barcode_id' = '" ~ barcode_id ~ "' is not a barcode identifier: expected "
                               ~ "2 digits, the second 0-4" ~ quote_hint) -%}
    {%- endif -%}
    {{ return(problems) }}
{%- endmacro %}
