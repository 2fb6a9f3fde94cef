{#- A delivery line without the firm or building name written before it behind a comma, as lists
    of businesses key it: `SUNSET TOWERS, 3436 ROSEWOOD ST`, `ACME CORP, 12 ELM ST STE 5`,
    `C/O MARY JONES, 40 OAK AVE`, and a name with a number in it, an account or inmate number
    (`ACCT 55512, 40 ELM ST`, `INMATE 4471, 100 MAIN ST`) -> the address after the comma. The name
    starts with a word (a letter before any digit) and the address after it with a digit; a name
    whose first word is a unit designator (`LOBBY, 40 ELM ST`, `BLDG A, 40 ELM ST`, `APT 8, 40 ELM
    ST`, looked up in `designators`, the pub28_unit_designators map) is a unit written first and
    stays, for the standardization to move after the street. A line without a comma (nearly all)
    is not searched. NULL stays NULL. -#}
{% macro without_name_before_comma(text, designators) -%}
    {{ return(adapter.dispatch('without_name_before_comma', 'drop_hygiene')(text, designators)) }}
{%- endmacro %}

{% macro default__without_name_before_comma(text, designators) -%}
    {%- set first_word = "upper(" ~ regexp_replace_first("trim(" ~ text ~ ")", '[^A-Za-z].*$', '') ~ ")" -%}
    case
        when
            coalesce({{ text }} like '%,%', false)
            and {{ regexp_contains(text, '^[^0-9,]*[A-Za-z][^,]*, *[0-9]') }}
            and {{ lookup(designators, first_word) }} is null
            then {{ regexp_replace_first(text, '^[^,]*, *', '') }}
        else {{ text }}
    end
{%- endmacro %}
