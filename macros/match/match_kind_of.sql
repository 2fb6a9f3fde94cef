{#- The name of a match rank from match_people: 1 EXACT, 2 NICKNAME, 3 INITIAL, 4 FIRM; and 5
    SWAPPED and 6 JOINT, external suppression's own (a name keyed into each other's fields; a
    couple keyed in one given-name field, either person matching). A step that finds
    several matches for one record keeps the best, min(match_rank). -#}
{% macro match_kind_of(match_rank) -%}
    case {{ match_rank }}
        when 1 then 'EXACT'
        when 2 then 'NICKNAME'
        when 3 then 'INITIAL'
        when 4 then 'FIRM'
        when 5 then 'SWAPPED'
        when 6 then 'JOINT'
    end
{%- endmacro %}
