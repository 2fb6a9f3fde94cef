{#- The spellings a reference file may use for each standard form of a coded column, written once
    for the staging model that reads them (read_code) and the input-contract test that names a value
    in none of them (reference_code_pattern, in the staging yml's written_in_forms):
      yes_no       the DPV flags: Y or N, YES/NO, TRUE/FALSE, T/F, 1/0
      record_type  the ZIP+4 record types, as letters or words
      parity       O, E, B or ODD, EVEN, BOTH
      zip_type     the City State file's ZIP types, as words or its one-letter classification
    Each form's first spelling is the one files write nearly always (read_code compares it first). -#}
{% macro reference_code_spellings(kind) -%}
    {%- set spellings = {
        'yes_no': {true: ['Y', 'YES', 'T', 'TRUE', '1'], false: ['N', 'NO', 'F', 'FALSE', '0']},
        'record_type': {
            'S': ['S', 'STREET'], 'H': ['H', 'HIGHRISE', 'HIGH-RISE', 'HIGH RISE'], 'P': ['P', 'PO BOX', 'POBOX'],
            'R': ['R', 'RURAL ROUTE', 'HIGHWAY CONTRACT'], 'F': ['F', 'FIRM'], 'G': ['G', 'GENERAL DELIVERY']
        },
        'parity': {'O': ['O', 'ODD'], 'E': ['E', 'EVEN'], 'B': ['B', 'BOTH']},
        'zip_type': {
            'STANDARD': ['STANDARD', 'S'], 'PO BOX': ['PO BOX', 'P', 'POBOX', 'PO BOX ONLY'], 'UNIQUE': ['UNIQUE', 'U'],
            'MILITARY': ['MILITARY', 'M']
        }
    } -%}
    {{ return(spellings[kind]) }}
{%- endmacro %}

{#- Every spelling of `kind`, as a regular expression for the whole value (`O|ODD|E|EVEN|B|BOTH`). -#}
{% macro reference_code_pattern(kind) -%}
    {%- set all_spellings = [] -%}
    {%- for spellings in reference_code_spellings(kind).values() -%}
        {%- do all_spellings.extend(spellings) -%}
    {%- endfor -%}
    {{ return(all_spellings | join('|')) }}
{%- endmacro %}
