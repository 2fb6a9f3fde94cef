{#- A text cell as a spreadsheet should show it: a cell that begins with =, +, -, @, a tab or a
    carriage return would be read as a formula (OWASP "CSV injection"), so it gets a leading
    single quote. Used for the CSV exports only; the Parquet files keep values as they are. -#}
{% macro neutralize_csv_formula(expression) -%}
    {{ return(adapter.dispatch('neutralize_csv_formula', 'drop_hygiene')(expression)) }}
{%- endmacro %}

{#- The code points a cell may not begin with as written: tab, CR, +, -, =, @. -#}
{% macro csv_formula_code_points() -%}
    {{ return([9, 13, 43, 45, 61, 64]) }}
{%- endmacro %}

{% macro default__neutralize_csv_formula(expression) -%}
    {%- set starts = [] -%}
    {%- for code_point in csv_formula_code_points() -%}
        {%- do starts.append(unicode_character(code_point)) -%}
    {%- endfor %}
    case
        when left({{ expression }}, 1) in ({{ starts | join(', ') }})
            then {{ sql_string("'") }} || {{ expression }}
        else {{ expression }}
    end
{%- endmacro %}

{#- DuckDB: the first character's code point (ord) is compared instead of left(x, 1), which cuts
    a substring from every cell: at 1M records the mail file's export took 3.1 s with ord, 3.7 to
    4.0 s with left and 3.2 s with no check at all. The six code points are the set bits of one
    56-bit mask, read at ord minus the lowest of them, 9 (kept in 0 to 63 whichever of the two
    conditions DuckDB evaluates first; the code points must lie within 64 of each other). DuckDB
    plans `ord(x) in (six values)` as a hash join per text column (30 for the mail file), and
    those joins held the 10M mail file's CSV export to about one core: alone, 11.0 to
    12.3 s in ten runs against 8.6 to 11.1 s in five with the mask (the same bytes), for 11.8 to
    15.0 processor seconds against 14.3 to 19.3. It is the wall time that counts here: the export
    runs at the end of the build, when the other core has nothing else to do.
    tests/python/test_line_endings.py checks the rule on every code point. -#}
{% macro duckdb__neutralize_csv_formula(expression) -%}
    {%- set code_points = csv_formula_code_points() -%}
    {%- set lowest = code_points | min -%}
    {%- set ns = namespace(mask=0) -%}
    {%- for code_point in code_points -%}
        {%- set ns.mask = ns.mask + 2 ** (code_point - lowest) -%}
    {%- endfor -%}
    case
        -- tab, CR, + - = @
        when ord({{ expression }}) between {{ lowest }} and {{ code_points | max }}
            and (({{ ns.mask }} >> ((ord({{ expression }}) - {{ lowest }}) & 63)) & 1) = 1
            then {{ sql_string("'") }} || {{ expression }}
        else {{ expression }}
    end
{%- endmacro %}
