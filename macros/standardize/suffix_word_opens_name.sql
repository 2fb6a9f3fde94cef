{#- True when the first word of a street name's words, if it is a Pub 28 suffix word, is the
    street's name and not its type, so that it is spelled out as its primary name (Pub 28 232 and
    Appendix C1): the whole name when no suffix follows (`75 Pkwy` is PARKWAY), or a name of a
    number or letters after it (`Ave J` is AVENUE J, `Rd 5` is ROAD 5), or an `OF` name (`Ave of
    the Americas`). ST, MT and FT open names as SAINT, MOUNT and FORT and are never spelled out.
    Used by the addresses' parse and by the ZIP+4 file's reading, so that both write a street
    alike; the caller checks that the word is a suffix word. -#}
{% macro suffix_word_opens_name(words, suffix) -%}
    {{ list_item(words, '1') }} not in ('ST', 'MT', 'FT')
    and (
        {{ list_length(words) }} = 1 and {{ suffix }} is null
        or {{ list_length(words) }} = 2
        and {{ matches_whole_pattern(list_item(words, '2'), '[0-9]+[A-Z]?|[A-Z]{1,2}') }}
        or {{ list_length(words) }} >= 3 and {{ list_item(words, '2') }} = 'OF'
    )
{%- endmacro %}
