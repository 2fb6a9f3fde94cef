{#- How alike two street names are, for correcting a misspelled street: Jaro-Winkler
    similarity (0..1). Used with edit_distance() and the thresholds in
    int_addresses__cass_coded. -#}
{% macro street_similarity(a, b) -%}
    {{ return(adapter.dispatch('street_similarity', 'drop_hygiene')(a, b)) }}
{%- endmacro %}

{% macro default__street_similarity(a, b) -%}
    jaro_winkler_similarity({{ a }}, {{ b }})
{%- endmacro %}

{#- Spark has no Jaro-Winkler: the same measure in SQL. Each character of `a` matches the first
    unmatched equal character of `b` within the window (half the longer length, less one; the
    window is checked again, as Spark's sequence() counts down when it is empty);
    t is half the matched characters that are out of order; Jaro = (m/|a| + m/|b| + (m - t)/m)/3,
    and above 0.7 a common prefix of up to 4 characters lifts it by 0.1 per character (as
    DuckDB's jaro_winkler_similarity does). -#}
{% macro spark__street_similarity(a, b) -%}
    {%- set window = 'greatest(cast(greatest(length(' ~ a ~ '), length(' ~ b ~ ')) / 2 as int) - 1, 0)' -%}
    {%- set pairs -%}
        aggregate(
            sequence(0, length({{ a }}) - 1),
            cast(array() as array<struct<i: int, j: int>>),
            (matched, i) -> coalesce(concat(matched, array(named_struct('i', i, 'j', try_element_at(filter(
                sequence(greatest(i - {{ window }}, 0), least(i + {{ window }}, length({{ b }}) - 1)),
                j -> j between i - {{ window }} and least(i + {{ window }}, length({{ b }}) - 1)
                    and substr({{ b }}, j + 1, 1) = substr({{ a }}, i + 1, 1)
                    and not exists(matched, pair -> coalesce(pair.j = j, false))
            ), 1)))), matched),
            matched -> filter(matched, pair -> pair.j is not null)
        )
    {%- endset -%}
    {%- set jaro -%}
        (case
            when size({{ pairs }}) = 0 then 0.0
            else (
                size({{ pairs }}) / length({{ a }})
                + size({{ pairs }}) / length({{ b }})
                + (size({{ pairs }}) - floor(size(filter(
                    zip_with(
                        transform({{ pairs }}, pair -> substr({{ a }}, pair.i + 1, 1)),
                        transform(array_sort(transform({{ pairs }}, pair -> pair.j)), j -> substr({{ b }}, j + 1, 1)),
                        (x, y) -> x = y
                    ), same -> not same)) / 2)) / size({{ pairs }})
            ) / 3
        end)
    {%- endset -%}
    {%- set prefix -%}
        coalesce(try_element_at(filter(sequence(1, 4), k -> substr({{ a }}, k, 1) != substr({{ b }}, k, 1)
            or k > least(length({{ a }}), length({{ b }}))), 1) - 1, least(length({{ a }}), length({{ b }}), 4))
    {%- endset -%}
    case
        when {{ jaro }} > 0.7 then {{ jaro }} + {{ prefix }} * 0.1 * (1 - {{ jaro }})
        else {{ jaro }}
    end
{%- endmacro %}

{#- How many letters two names are apart, by Levenshtein's distance (a letter added, dropped or
    changed is one). A swap of neighbouring letters counts two here: with_letters_swapped says
    when that is the one difference. -#}
{% macro edit_distance(a, b) -%}
    {{ return(adapter.dispatch('edit_distance', 'drop_hygiene')(a, b)) }}
{%- endmacro %}

{% macro default__edit_distance(a, b) -%}
    levenshtein({{ a }}, {{ b }})
{%- endmacro %}

{#- True when `b` is `a` with two neighbouring letters swapped and nothing else changed (MIAN and
    MAIN, TRCAY and TRACY): the slip a typist makes most often beside a wrong letter (Damerau,
    1964), which a correction allowed one letter off takes as one letter. DuckDB: the same length,
    two places that differ (hamming, cheap), and those two one swap apart (Damerau-Levenshtein 1,
    looked at only then: computed on every pair of names it made CASS's query at 10M records
    about 8 s slower); Spark, which has neither, looks for the swap itself. -#}
{% macro with_letters_swapped(a, b) -%}
    {{ return(adapter.dispatch('with_letters_swapped', 'drop_hygiene')(a, b)) }}
{%- endmacro %}

{% macro default__with_letters_swapped(a, b) -%}
    (
        length({{ a }}) = length({{ b }})
        and hamming({{ a }}, {{ b }}) = 2
        and damerau_levenshtein({{ a }}, {{ b }}) = 1
    )
{%- endmacro %}

{% macro spark__with_letters_swapped(a, b) -%}
    (
        length({{ a }}) = length({{ b }})
        and {{ a }} != {{ b }}
        and exists(
            sequence(1, greatest(length({{ a }}) - 1, 1)),
            i -> concat(substr({{ a }}, 1, i - 1), substr({{ a }}, i + 1, 1), substr({{ a }}, i, 1),
                substr({{ a }}, i + 2)) = {{ b }}
        )
    )
{%- endmacro %}
