{#- A company name folded for matching firms: accents to ASCII, upper case, `&` read as AND,
    periods and apostrophes dropped (L.L.C. -> LLC, O'REILLY -> OREILLY), every other run of
    punctuation or space a word break, a leading or trailing THE and the trailing legal endings
    (LLC, INC, CORP, CO, LTD and their spelled-out forms, LLP, PLLC, PC) removed, then the words
    joined with no space. `The Acme Co.`, `ACME, INC` and `Acme L.L.C.` all give ACME;
    `Smith & Wesson` and `SMITH AND WESSON` give SMITHANDWESSON. NULL when nothing is left. -#}
{% macro firm_match_key(company) -%}
    {{ return(adapter.dispatch('firm_match_key', 'drop_hygiene')(company)) }}
{%- endmacro %}

{% macro default__firm_match_key(company) -%}
    {%- set words = regexp_replace_all(
        regexp_replace_all("replace(upper(" ~ fold_to_ascii(company) ~ "), '&', ' AND ')", "[.']", ''),
        '[^A-Z0-9]+', ' ') -%}
    nullif(
        replace(
            {{ regexp_replace_all('trim(' ~ words ~ ')',
                '^(THE )+|( (THE|LLC|INC|INCORPORATED|CORP|CORPORATION|CO|COMPANY|LTD|LIMITED|LLP|PLLC|PC))+$', '') }},
            ' ',
            ''
        ),
        ''
    )
{%- endmacro %}
