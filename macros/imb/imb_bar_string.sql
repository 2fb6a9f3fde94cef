{#- The 65 bars of an Intelligent Mail barcode from its ten 13-bit characters (columns
    character_a ... character_j of `characters`): bar n has a descender when bit db of
    character dc is set and an ascender when bit ab of character ac is set, by the
    bar-to-character table of USPS-B-3200 below (bars 1 to 65, descender/ascender as character
    and bit); A ascender only, D descender only, F both, T neither. Each bar's letter is
    character_at('TDAF', 1 + descender + 2 * ascender). -#}
{% macro imb_bar_string(characters) -%}
    {%- set bar_table = '
        H2/E3 B10/A0 J12/C8 F5/G11 I9/D1 A1/F12 C5/B8 E4/J11 G3/I10 D9/H6 F11/B4 I5/C12 J10/A2 H1/G7
        D6/E9 A3/I6 G4/C7 B1/J9 H10/F2 E0/D8 G2/A4 I11/B0 J8/D12 C6/H7 F1/E10 B12/G9 H3/I0 F8/J7 E6/C10
        D4/A5 I4/F7 H11/B9 G0/J6 A6/E8 C1/D2 F9/I12 E11/G1 J5/H4 D3/B2 A7/C0 B3/E1 G10/D5 I7/J4 C11/F6
        A8/H12 E2/I1 F10/D0 J3/A9 G5/C4 H8/B7 F0/E5 C3/A10 G12/J2 D11/B6 I8/H9 F4/A11 B5/C2 J1/E12 I3/G6
        H0/D7 E7/H5 A12/B11 C9/J0 G8/F3 D10/I2' -%}
    concat(
    {%- for cell in bar_table.split() %}
        {%- set descender, ascender = cell.split('/') %}
        {{ character_at('TDAF',
            '1 + ' ~ bit_of(characters ~ '.character_' ~ descender[0] | lower, descender[1:])
            ~ ' + 2 * ' ~ bit_of(characters ~ '.character_' ~ ascender[0] | lower, ascender[1:])) }}
        {{- ',' if not loop.last }}
    {%- endfor %}
    )
{%- endmacro %}
