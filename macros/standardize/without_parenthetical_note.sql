{#- An address line without a note in parentheses that is not part of the address: `123 Main St
    (back door)`, `(work) 40 Elm St`, `PO Box 12 (c/o Smith)` as a CRM's users key delivery notes into
    the line. A parenthesis that holds a digit, `(Apt 4)`, `(#4)`, a ship's hull number `(LSD 51)`, opens
    with a unit designator, `(rear)`, or names a floor, `(Second Floor)`, is part of the address and stays (the clean-up
    then drops the parentheses as punctuation). Only the first parenthesis of a line decides, and a line with none, or with an
    unclosed one, passes as it is. NULL stays NULL. -#}
{% macro without_parenthetical_note(line) -%}
    {%- set address_words = 'APT|APARTMENT|BSMT|BASEMENT|BLDG|BUILDING|DEPT|DEPARTMENT|FL|FLR|FLOOR|FRNT|FRONT|'
        ~ 'HNGR|HANGAR|HANGER|KEY|LBBY|LOBBY|LOT|LOWR|LOWER|OFC|OFFICE|PH|PENTHOUSE|PIER|REAR|RM|ROOM|SIDE|SLIP|'
        ~ 'SPC|SPACE|STOP|STE|SUITE|TRLR|TRAILER|UNIT|UPPR|UPPER|BOX|PMB|NO|NUMBER' -%}
    case
        when {{ line }} like '%(%)%'
            and not {{ regexp_contains(
                'regexp_extract(' ~ line ~ ', ' ~ sql_string('[(]([^)]*)[)]') ~ ', 1)',
                '(?i)[0-9]|^ *(#|(' ~ address_words ~ ')([^A-Z]|$))|(^|[^A-Z])(FLOOR|FLR|FL)([^A-Z]|$)') }}
            then trim({{ regexp_replace_first(line, '^(.*?)[(][^)]*[)](.*)$', '\\1 \\2') }})
        else {{ line }}
    end
{%- endmacro %}
