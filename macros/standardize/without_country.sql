{#- An address line without the country written at its end behind a comma, as lists exported
    from shops and forms that take foreign addresses key it: `404 CEDAR TER, USA`, `3437 GRANT ST,
    TRACY, MN 56175, U.S.A.`, `8 OCEAN PKWY, UNITED STATES OF AMERICA` -> the line before the comma.
    A domestic address has no country line (the delivery line and the last line are the whole
    address), and a country left in the line made its last word part of the street name, so the
    address was not coded. Only after a comma: without one the words cannot be told from a street's
    (`US HIGHWAY 30`). The forms are US, USA and UNITED STATES (OF AMERICA), in any case, with or
    without periods and spaces (`U. S. A.`). A line without a comma (nearly all) is not searched.
    NULL stays NULL. -#}
{% macro without_country(text) -%}
    {{ return(adapter.dispatch('without_country', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__without_country(text) -%}
    case
        when coalesce({{ text }} like '%,%', false)
            then {{ regexp_replace_first(
                text, '(?i) *, *(U[.]? *S[.]?( *A[.]?)?|UNITED +STATES( +OF +AMERICA)?)[ .]*$', ''
            ) }}
        else {{ text }}
    end
{%- endmacro %}
