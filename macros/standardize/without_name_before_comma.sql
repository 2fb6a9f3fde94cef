{#- A delivery line without the firm or building name written before it behind a comma, as lists
    of businesses key it: `SUNSET TOWERS, 3436 ROSEWOOD ST`, `ACME CORP, 12 ELM ST STE 5`,
    `C/O MARY JONES, 40 OAK AVE`, and a name with a number in it, an account or inmate number
    (`ACCT 55512, 40 ELM ST`, `INMATE 4471, 100 MAIN ST`) -> the address after the comma. The name
    starts with a word (a letter before any digit) and the address after it with a digit, or with a
    box or route word before its number (`C/O MARY JONES, P.O. BOX 284`, `ACME CORP, POB 12`, `RR 2
    BOX 5`, `PSC 1234 BOX 5`, in any case); a route or box written before the other (`RFD 3, BOX 22`,
    `PSC 1234, BOX 5`, `BOX 1234, RR 1`) is no name, nor is a PO box before a street (`PO BOX 5, 123
    MAIN ST`: a dual address, which with_parts_in_place reads); a name
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
            and (
                {{ regexp_contains(text, '^[^0-9,]*[A-Za-z][^,]*, *[0-9]') }}
                or (
                    {{ regexp_contains(
                        text,
                        '(?i)^[^0-9,]*[A-Z][^,]*, *((P *[.]? *O *[.]? *|POST +OFFICE +)?(BOX|BX)[^A-Z]|POB[^A-Z]|(RR|HC|PSC|CMR) *[0-9])'
                    ) }}
                    and {{ first_word }} not in (
                        'RR', 'RFD', 'RD', 'RURAL', 'ROUTE', 'RT', 'HC', 'HCR', 'STAR', 'HIGHWAY', 'PSC', 'CMR',
                        'BOX', 'BX', 'PO', 'P', 'POB', 'POST', 'DRAWER'
                    )
                )
            )
            and {{ lookup(designators, first_word) }} is null
            -- a PO box before a street (`PO BOX 5, 123 MAIN ST`) is no name: with_parts_in_place reads it
            and not {{ regexp_contains(text, '(?i)^ *((P *[.]? *O *[.]? *|POST +OFFICE +)(BOX|BX)|POB) *#? *[0-9]') }}
            then {{ regexp_replace_first(text, '^[^,]*, *', '') }}
        else {{ text }}
    end
{%- endmacro %}
