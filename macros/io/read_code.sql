{#- A coded value of a drop file read into its one standard form: `codes` maps each standard form
    to the spellings a file may use for it (compared trimmed and in upper case), e.g.
    {'O': ['O', 'ODD'], 'E': ['E', 'EVEN'], 'B': ['B', 'BOTH']}. An empty value is `blank` (NULL
    unless given); a value that is none of the spellings is NULL, which unreadable_value then
    keeps as written for the input-contract test to name (written_in_form). Each code's first
    spelling, as the file writes nearly every value, is matched before anything is trimmed. -#}
{% macro read_code(value, codes, blank=none) -%}
    {{ return(adapter.dispatch('read_code', 'drop_hygiene')(value, codes, blank)) }}
{%- endmacro %}

{% macro default__read_code(value, codes, blank) -%}
    {%- set written = 'upper(trim(' ~ value ~ '))' -%}
    {#- each code's first spelling as written (`Y`, `N`: nearly every value) is compared as it is -#}
    case {{ value }}
        {%- for standard, spellings in codes.items() %}
        when {{ sql_string(spellings[0]) }} then {{ code_literal(standard) }}
        {%- endfor %}
        else case
            {%- for standard, spellings in codes.items() %}
            when {{ written }} in ({% for spelling in spellings %}{{ sql_string(spelling) }}{{ ', ' if not loop.last }}{% endfor %})
                then {{ code_literal(standard) }}
            {%- endfor %}
            when {{ value }} is null or {{ written }} = '' then {{ 'null' if blank is none else code_literal(blank) }}
        end
    end
{%- endmacro %}

{% macro code_literal(standard) -%}
    {{- (standard | string | lower) if standard is boolean else sql_string(standard) -}}
{%- endmacro %}

{#- The value as the file wrote it when read_code could not read it (a value that is none of the
    spellings), else NULL: nearly always NULL, so the column costs next to nothing to keep, and a
    written_in_form test on it names the file's row and value. -#}
{% macro unreadable_value(value, read) -%}
    case when {{ read }} is null and nullif(trim({{ value }}), '') is not null then {{ value }} end
{%- endmacro %}
