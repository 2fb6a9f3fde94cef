{#- The fullwidth forms of the ASCII characters (U+FF01 to U+FF5E: ＡＢＣ, １２３, ＃, －) and the
    ideographic space (U+3000) read as the ASCII characters they stand for, which is what Unicode's
    compatibility normalization (NFKC) makes of them. A name or an address keyed with an East Asian
    input method left in fullwidth mode (１２３ ＭＡＩＮ ＳＴ) then reads as 123 MAIN ST instead of
    losing its digits and letters. Every other character is left as it is. DuckDB has no NFKC;
    this is the part of it that names and addresses need. test_standardization.py checks all 95
    characters against Python's NFKC, and that nothing else changes.
    DuckDB's translate() builds its map of the 95 characters again for every value (22.9 s for the
    15.2 million address lines of the 10M drop, against 0.4 s to read them), so the callers give it
    only text that is not ASCII. -#}
{% macro fold_fullwidth_forms(text) -%}
    {{ return(adapter.dispatch('fold_fullwidth_forms', 'drop_hygiene')(text)) }}
{%- endmacro %}

{% macro default__fold_fullwidth_forms(text) -%}
    {#- U+FF01 to U+FF5E in order, then U+3000; and U+0021 to U+007E in order, then the space -#}
    {%- set fullwidth = "！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　" -%}
    {%- set ascii = "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ " -%}
    translate({{ text }}, {{ sql_string(fullwidth) }}, {{ sql_string(ascii) }})
{%- endmacro %}
