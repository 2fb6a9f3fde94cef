{#- A given-name field without the courtesy titles written before the name and a nickname written
    in quotes or parentheses, as lists key them: `Mr. John`, `Dr Mary`, `Mrs John`, `Mr. & Mrs.
    Gary`, `Mr and Mrs Gary` -> the name; `Robert "Bob"`, `Robert (Bob)` -> `Robert`. The titles are
    MR, MRS, MS, MISS, MX, DR, PROF, REV and HON (any case, with or without a period), alone or as a
    couple joined by `&`, AND or `/`; a title is taken off only when a space or a period follows it, so
    a name that begins with its letters (`Drew`, `Misty`, `Revel`) keeps them. What is left is the
    name as written and trimmed, for standardize_name; a field that held only a title is NULL. A
    field with no space or period (nearly all) is not searched and is returned as it is: a title
    needs one after it, and a nickname is keyed after the name with a space. NULL stays NULL. -#}
{% macro strip_name_titles(name) -%}
    {{ return(adapter.dispatch('strip_name_titles', 'drop_hygiene')(name)) }}
{%- endmacro %}

{% macro default__strip_name_titles(name) -%}
    {%- set titles = '(MR|MRS|MS|MISS|MX|DR|PROF|REV|HON)' -%}
    {%- set without_nicknames = "trim(" ~ regexp_replace_all(name, '"[^"]*"|[(][^)]*[)]', ' ') ~ ")" -%}
    case
        when not ({{ name }} like '% %' or {{ name }} like '%.%') then {{ name }}
        else nullif(trim({{ regexp_replace_first(
            without_nicknames,
            '^(?i)' ~ titles ~ '[.]?( *(&|AND|/) *' ~ titles ~ '[.]?)?([ .]+|$)',
            ''
        ) }}), '')
    end
{%- endmacro %}
