{#- The name a drop file's header gives a column, as the project declares its columns: lower case,
    each run of spaces, hyphens, periods or other signs one underscore, none at either end
    (`Address Line 1`, `address-line-1` and `ADDRESS_LINE_1` are all address_line_1). A list
    exported with its headers spelled for people (`First Name`, `ZIP`) is read as declared, where
    a column taken for an extra one would lose the names the suppressions match on. -#}
{% macro column_key(name) -%}
    {{ return(modules.re.sub('_+', '_', modules.re.sub('[^a-z0-9_]', '_', (name or '') | trim | lower)).strip('_')) }}
{%- endmacro %}
