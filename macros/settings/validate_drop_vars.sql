{#- on-run-start: stop the build, naming the var and the form it must have, when a drop var
    is malformed. Returns a harmless statement for the hook to run. -#}
{% macro validate_drop_vars() -%}
    {%- set kinds = drop_var_kinds() -%}
    {%- set problems = [] -%}
    {%- for name in kinds['date'] -%}
        {%- set value = drop_var(name) -%}
        {%- set text = '' if value is none else (value | string | trim) -%}
        {%- if text == '' and name in kinds['required_date'] -%}
            {%- do problems.append("var '" ~ name ~ "' is empty: expected a date as YYYY-MM-DD") -%}
        {%- elif text != '' and not is_iso_date(text) -%}
            {%- do problems.append("var '" ~ name ~ "' = '" ~ text ~ "' is not a date: expected YYYY-MM-DD, e.g. 2026-12-08") -%}
        {%- endif -%}
    {%- endfor -%}
    {%- for name in kinds['integer'] -%}
        {%- set text = drop_var(name) | string | trim -%}
        {%- if not modules.re.match('^[0-9]+$', text) -%}
            {%- do problems.append("var '" ~ name ~ "' = '" ~ text ~ "' is not a whole number of days or months: expected e.g. 90") -%}
        {%- endif -%}
    {%- endfor -%}
    {%- for name in kinds['boolean'] -%}
        {%- set text = drop_var(name) | string | trim | lower -%}
        {%- if text not in ['true', 'false'] -%}
            {%- do problems.append("var '" ~ name ~ "' = '" ~ drop_var(name) ~ "' is not a switch: expected true or false") -%}
        {%- endif -%}
    {%- endfor -%}
    {%- for name in kinds['number'] -%}
        {%- set text = drop_var(name) | string | trim -%}
        {%- if not modules.re.match('^[0-9]+(\.[0-9]+)?$', text) -%}
            {%- do problems.append("var '" ~ name ~ "' = '" ~ text ~ "' is not an amount: expected a number such as 0.65") -%}
        {%- endif -%}
    {%- endfor -%}
    {%- for name in kinds['text'] -%}
        {%- if (drop_var(name) | string | trim) == '' -%}
            {%- do problems.append("var '" ~ name ~ "' is empty: expected a value") -%}
        {%- endif -%}
    {%- endfor -%}
    {#- drop_id names the default output folder (output/<drop_id>) and the drop in drop_log: any
        text but a path -#}
    {%- set drop_id = drop_var('drop_id') | string | trim -%}
    {%- if drop_id in ('.', '..') or '/' in drop_id or '\\' in drop_id
          or modules.re.search('[\x00-\x1f]', drop_id) -%}
        {%- do problems.append("var 'drop_id' = '" ~ drop_id ~ "' is not a drop id: expected text without a slash, "
                               ~ "a backslash or control characters (it names the output folder)") -%}
    {%- endif -%}
    {%- for name, choices in kinds['choice'].items() -%}
        {%- if (drop_var(name) | string | trim) not in choices -%}
            {%- do problems.append("var '" ~ name ~ "' = '" ~ drop_var(name) ~ "' is not one of: " ~ choices | join(', ')) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- do problems.extend(imb_var_problems()) -%}
    {%- if problems -%}
        {{ exceptions.raise_compiler_error("Drop vars are malformed:\n  - " ~ problems | join("\n  - ")) }}
    {%- endif -%}
    select 1 as drop_vars_valid
{%- endmacro %}
