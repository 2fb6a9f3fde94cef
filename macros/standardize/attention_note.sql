{#- The care-of and attention notes lists key into the address lines, as Pub 28 (A2) places them on
    the information/attention line above the recipient, not in the delivery address: `C/O MARY
    JONES`, `ATTN: BILLING`, `ATTENTION MR SMITH`, `CARE OF`, `IN CARE OF`, `MAIL STOP 12`, `M/S 12`,
    and the care-of sign `℅`, in any case. A note is either a line's start (the whole line, or its
    text up to a comma: `C/O MARY JONES, 40 OAK AVE`) or follows an address on the same line
    (`40 OAK AVE C/O MARY JONES`, `PO BOX 5, ATTN BILLING`: after a digit and a space, comma or
    semicolon, to the end of the line). A word that only begins with the letters (`CARE OFFICE`)
    is no note. -#}
{% macro attention_note_words() -%}
    C */ *O|IN +CARE +OF|CARE +OF|ATTN|ATTENTION|MAIL *STOP|M */ *S
{%- endmacro %}

{#- A note that follows an address on its line, to the line's end: a note word and what follows it,
    or the care-of sign and what follows it (a regular expression, case-insensitive where used). -#}
{% macro trailing_attention_note() -%}
    (?:{{ attention_note_words() }})(?:[^A-Z0-9].*)?|℅.*
{%- endmacro %}

{#- What a form's one address field takes after the address that is no part of it and is not
    printed either (a regular expression, case-insensitive where used): an e-mail address
    (`JOHN@EXAMPLE.COM`), a telephone number of ten digits grouped 3, 3 and 4, with or without its
    label (`555-123-4567`, `(555) 123-4567`, `PH: 555.123.4567`, `CELL 5551234567`), a gate or
    door code (`GATE CODE 1234`, `GATE CODE #4321`), and a carrier's instruction (`SIDE DOOR`,
    `LEAVE AT BACK DOOR`, `DELIVER TO GARAGE`, `PLEASE RING BELL`, `DO NOT BEND`). A unit's number
    is never so grouped (`APT 555-1234` stays), nor is a ZIP+4; an instruction's verb counts only
    with the word that makes it one (`12 PLEASE ST` and `12 BACK DOOR RD` are streets). -#}
{% macro trailing_field_extras() -%}
    [^ ,;@]+@[^ ,;@]+[.][A-Z]{2,}[ .]*|(?:(?:PH|PHONE|TEL|TELEPHONE|CELL|MOBILE|FAX)[.:]? *)?[(]?[0-9]{3}[)]?[ .-]*[0-9]{3}[ .-]?[0-9]{4}|(?:GATE|DOOR|ACCESS|ENTRY) *(?:CODE|CD)[ :#]*[0-9A-Z*#-]+|(?:SIDE|BACK|FRONT|REAR|GARAGE) DOOR[ .!]*|(?:PLEASE +)?(?:LEAVE +(?:AT|ON|IN|BY|WITH|PKG|PACKAGES?)|DELIVER +(?:TO|AT)|DO +NOT|DON.?T) .*|(?:PLEASE +)?RING +(?:THE +)?(?:DOOR)?BELL[ .!]*
{%- endmacro %}

{#- An address line without the note that follows its address (`40 OAK AVE C/O MARY JONES` -> `40
    OAK AVE`): left in, its words were read as the street's and the address was not coded. A line
    that opens with a note is left as it is: the line with the address is read instead
    (without_name_before_comma reads `C/O MARY JONES, 40 OAK AVE`). A mark of a missing value at the
    end of the line goes too (`40 OAK AVE N/A`, `40 OAK AVE, NULL`: an export that joined an empty
    line 2 written as a mark to line 1), and so does an e-mail address, a telephone number, a gate
    code or a carrier's instruction there (trailing_field_extras). NULL stays NULL. The search
    starts at the line's first digit, not at its start: anchored at the start, it cost 0.22 s a
    million lines against 0.05 s. -#}
{% macro without_attention_note(line) -%}
    {{ return(adapter.dispatch('without_attention_note', 'drop_hygiene')(line)) }}
{%- endmacro %}

{% macro default__without_attention_note(line) -%}
    {{ regexp_replace_first(
        line,
        '(?i)([0-9].*?)[ ,;]+(?:' ~ trailing_attention_note() ~ '|(?:#?N *[/.] *A[.]?|NULL|NONE)[ .]*'
            ~ '|' ~ trailing_field_extras() ~ ')$',
        '\\1'
    ) }}
{%- endmacro %}

{#- The note of an address line as written (trimmed), where it opens the line or follows the
    address; NULL when the line has none. -#}
{% macro attention_note_of(line) -%}
    {{ return(adapter.dispatch('attention_note_of', 'drop_hygiene')(line)) }}
{%- endmacro %}

{% macro default__attention_note_of(line) -%}
    {%- set words = attention_note_words() -%}
    case
        when {{ regexp_contains(line, '(?i)' ~ words ~ '|℅') }}
            then nullif(
                trim(
                    coalesce(
                        nullif(regexp_extract(
                            {{ line }}, {{ sql_string('(?i)^((?:' ~ words ~ ')(?:[^A-Z0-9,][^,]*)?|℅[^,]*)(?:,|$)') }}, 1
                        ), ''),
                        regexp_extract(
                            {{ line }}, {{ sql_string('(?i)[0-9].*?[ ,;]+(' ~ trailing_attention_note() ~ ')$') }}, 1
                        )
                    )
                ),
                ''
            )
    end
{%- endmacro %}
