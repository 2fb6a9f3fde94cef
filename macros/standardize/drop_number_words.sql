{#- A token list without the `#`, NO, NUMBER, NBR or NUM that follows a unit designator or a box
    or route word and comes before its number: APT # 5 -> APT 5, PO BOX NO 12 -> PO BOX 12,
    RR # 3 BOX # 8 -> RR 3 BOX 8 (Pub 28 213, 241 and 281 print neither). A `#` that is the
    designator itself (`MAIN ST # 5`) stays. `text` is the cleaned line the tokens came from;
    `designators` is the one-row map of Appendix C2. -#}
{% macro drop_number_words(tokens, text, designators) -%}
    {{ return(adapter.dispatch('drop_number_words', 'drop_hygiene')(tokens, text, designators)) }}
{%- endmacro %}

{% macro default__drop_number_words(tokens, text, designators) -%}
    {%- set token_at = list_item(tokens, 'i') -%}
    {%- set token_before = list_item(tokens, 'i - 1') -%}
    {%- set kept_positions = list_where(integer_range(1, list_length(tokens) ~ ' + 1'), 'i', "not (
                    " ~ token_at ~ " in ('#', 'NO', 'NUMBER', 'NBR', 'NUM')
                    and i > 1 and i < " ~ list_length(tokens) ~ "
                    and (
                        " ~ token_before ~ " <> '#' and " ~ lookup(designators, token_before) ~ " is not null
                        or " ~ token_before ~ " in (
                            'BOX', 'BX', 'RR', 'HC', 'HCR', 'RFD', 'PSC', 'CMR', 'RT', 'RTE', 'ROUTE',
                            'DRAWER', 'CALLER', 'BIN', 'LOCKBOX'
                        )
                    )
                )") -%}
    case
        -- `text` is the line the tokens were split from: a cheap test that any of the words is there
        when contains({{ text }}, '#') or contains({{ text }}, 'NO') or contains({{ text }}, 'NUM')
            or contains({{ text }}, 'NBR')
            then {{ list_transform(kept_positions, 'i', token_at) }}
        else {{ tokens }}
    end
{%- endmacro %}
