{#- Pub 28 clean-up of one address text field: upper case, accents folded to ASCII, periods
    and apostrophes dropped (P.O. -> PO, O'NEIL -> ONEIL), `#` made a token of its own, every
    other punctuation mark a space, a hyphen or slash kept only inside a word or number
    (12-34, 1/2), runs of spaces collapsed. NULL stays NULL; an empty result is NULL. -#}
{% macro clean_address_text(text) -%}
    {{ return(adapter.dispatch('clean_address_text', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__clean_address_text(text) -%}
    nullif(trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        upper(strip_accents({{ text }})),
        '[.'']', '', 'g'),
        '#', ' # ', 'g'),
        '[^A-Z0-9/# -]', ' ', 'g'),
        '(^|\s)[-/]+|[-/]+(\s|$)', ' ', 'g'),
        '\s+', ' ', 'g')), '')
{%- endmacro %}
