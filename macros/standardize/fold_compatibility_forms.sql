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
    {#- written as escapes, being invisible (Jinja reads `\uXXXX` in a string as the character): the
        other spaces (each read as one space), then the format characters, which have no counterpart
        in the second string and so are deleted. One literal each: a chain of || or a concat() of
        them nests the expression as deep as it is long, past sqlfluff's parse depth -#}
    {%- set spaces = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f" -%}
    {%- set invisible = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff\ufff9\ufffa\ufffb" -%}
    translate(
        {{ text }},
        {{ sql_string(fullwidth ~ spaces ~ invisible) }},
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
