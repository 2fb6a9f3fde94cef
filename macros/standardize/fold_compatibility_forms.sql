{#- Text as it reads, whatever produced it: what Unicode's compatibility normalization (NFKC)
    makes of the fullwidth forms of ASCII (U+FF01 to U+FF5E: ＡＢＣ, １２３, ＃, －) and of the
    spaces that are not U+0020 (the no-break space U+00A0 of web pages and word processors,
    U+2000 to U+200A, U+202F, U+205F, the ideographic space U+3000, and U+1680, U+2028 and
    U+2029, which NFKC leaves but which separate words as a space does): their ASCII selves. And
    the invisible format characters that text copied from a web page or a word processor carries
    are dropped: the soft hyphen (U+00AD), the zero-width space, non-joiner and joiner, the word
    joiner, the byte-order mark inside a field, and the direction marks and embeddings. So a list
    keyed in an East Asian input method's fullwidth mode (１２３ ＭＡＩＮ ＳＴ) reads as
    123 MAIN ST, `CORNERSTONE<no-break space>HARDWARE, INC.` as two words and a legal ending, and
    `CHE<soft hyphen>RRY` as CHERRY, instead of losing digits, gluing words or splitting one.
    Every other character is left as it is. DuckDB has no NFKC; this is the part of it that names
    and addresses need. test_standardization.py checks every code point against Python's
    unicodedata. DuckDB's translate() builds its map again for every value (22.9 s for the 15.2
    million address lines of the 10M drop, against 0.4 s to read them), so the callers give it
    only text that is not ASCII (as_plain_text). -#}
{% macro fold_compatibility_forms(text) -%}
    {{ return(adapter.dispatch('fold_compatibility_forms', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__fold_compatibility_forms(text) -%}
    {#- U+FF01 to U+FF5E in order, then U+3000; and U+0021 to U+007E in order, then the space -#}
    {%- set fullwidth = "！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　" -%}
    {%- set ascii = "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ " -%}
    {#- written by code point, being invisible: the other spaces (each read as one space), then the
        format characters, which have no counterpart in the second string and so are deleted -#}
    {%- set spaces = [160, 5760] + range(8192, 8203) | list + [8232, 8233, 8239, 8287] -%}
    {%- set invisible = [173, 1564, 6158] + range(8203, 8208) | list + range(8234, 8239) | list
        + range(8288, 8293) | list + range(8294, 8304) | list + [65279, 65529, 65530, 65531] -%}
    translate(
        {{ text }},
        {{ sql_string(fullwidth) }}
        {%- for code_point in spaces + invisible %} || {{ unicode_character(code_point) }}{% endfor %},
        {{ sql_string(ascii ~ (' ' * (spaces | length))) }}
    )
{%- endmacro %}

{#- `text` as the address pass reads it: folded by fold_compatibility_forms when it is not ASCII
    (its length in bytes and in characters differ), as it is otherwise (nearly every value, which
    then costs two length counts and no translate()). NULL stays NULL. -#}
{% macro as_plain_text(text) -%}
    case
        when {{ byte_length(text) }} = length({{ text }}) then {{ text }}
        else {{ fold_compatibility_forms(text) }}
    end
{%- endmacro %}
