{#- The two given names of a couple keyed in one given-name field, as lists of households write
    them (`John & Jane`, `JOHN AND JANE`, `John + Jane`, the surname in its own field), each
    standardized (standardize_name) and joined by `|`: `JOHN|JANE`; NULL for every other name.
    The field is read after its courtesy titles are taken off (strip_name_titles: `Mr. & Mrs.
    John` is one name, JOHN). External suppression matches a couple's record when either person
    is on the DMA or deceased file (int_mail_list__external_suppression). A field without `&`,
    `+` or a word AND (nearly all) is not searched further. -#}
{% macro split_joint_given_names(name) -%}
    {{ return(adapter.dispatch('split_joint_given_names', 'drop_hygiene')(name)) }}
{%- endmacro %}

{% macro default__split_joint_given_names(name) -%}
    {%- set couple = '^(?i) *([^&+ ][^&+]*?) *(?:&|[+]| AND ) *([^&+ ][^&+]*?) *$' -%}
    case
        when {{ regexp_contains(name, '(?i)[&+]| AND ') }} and {{ regexp_contains(name, couple) }}
            then {{ standardize_name("regexp_extract(" ~ name ~ ", " ~ sql_string(couple) ~ ", 1)") }}
                || '|' || {{ standardize_name("regexp_extract(" ~ name ~ ", " ~ sql_string(couple) ~ ", 2)") }}
    end
{%- endmacro %}
