{#- The Intelligent Mail barcode of each piece (USPS-B-3200), set-based: `pieces` is a relation
    with piece_id, tracking_code (20 digits) and routing_code ('' or 5, 9 or 11 digits); the
    result has piece_id and imb_bars, the 65 bars as A (ascender), D (descender), F (full) and
    T (tracker). The steps of the specification:
      1. the routing code as a number (none 0, 5 digits +1, 9 digits +100001, 11 digits
         +1000100001), then the tracking code appended (the barcode identifier's two digits in
         base 10 and base 5, the other 18 in base 10): the 102-bit binary data;
      2. the 11-bit frame check sequence of that data (CRC, polynomial 0xF35, initial 0x7FF),
         as the XOR of one looked-up contribution per data byte (seed imb_crc_bytes, see
         scripts/build_imb_seeds.py; both seeds are read as lists and indexed, seed_list);
      3. ten codewords: the data in base 636 for the last and base 1365 for the others (one
         128-bit division splits the data in two 64-bit parts first: 128-bit division is slow);
         the last doubled, the first + 659 when the FCS's bit 10 is set;
      4. each codeword's 13-bit character (seed imb_codeword_characters: the 5-of-13 and 2-of-13
         tables), inverted when the FCS's bit of that character (A bit 0 ... J bit 9) is set;
      5. each bar's descender and ascender read from one bit of one character (imb_bar_string).
    Checked against the specification's examples and an independent encoder (tests). -#}
{% macro imb_encode(pieces) -%}
    {%- set wide = wide_integer_type() -%}
    {%- set letters = 'abcdefghij' -%}
    select
        characters.piece_id,
        {{ imb_bar_string('characters') }} as imb_bars
    from (
        select
            looked_up.piece_id
            {%- for letter in letters %},
            case
                when {{ bit_of('looked_up.frame_check', loop.index0) }} = 1
                    then {{ bitwise_xor('looked_up.character_' ~ letter, 8191) }}
                else looked_up.character_{{ letter }}
            end as character_{{ letter }}
            {%- endfor %}
        from (
            select
                codewords.piece_id,
                codewords.frame_check
                {%- for letter in letters %},
                {{ list_item('codewords.codeword_characters', '1 + codewords.codeword_' ~ letter) }} as character_{{ letter }}
                {%- endfor %}
            from (
                select
                    checked.piece_id,
                    checked.codeword_characters,
                    checked.frame_check,
                    cast({{ integer_divide('checked.data_high', 1365 ** 5) }} as integer)
                    + 659 * {{ bit_of('checked.frame_check', 10) }} as codeword_a
                    {%- for letter in 'bcdef' %},
                    cast({{ integer_divide('checked.data_high', 1365 ** (5 - loop.index)) }} % 1365 as integer)
                        as codeword_{{ letter }}
                    {%- endfor %},
                    cast({{ integer_divide('checked.data_low', 636 * 1365 ** 2) }} as integer) as codeword_g,
                    cast({{ integer_divide('checked.data_low', 636 * 1365) }} % 1365 as integer) as codeword_h,
                    cast({{ integer_divide('checked.data_low', 636) }} % 1365 as integer) as codeword_i,
                    2 * cast(checked.data_low % 636 as integer) as codeword_j
                from (
                    select
                        data_bytes.piece_id,
                        data_bytes.codeword_characters,
                        -- one 128-bit division: the data in base 636 * 1365^3, both parts 64-bit, so
                        -- that the codewords need only 64-bit arithmetic
                        cast(
                            {{ integer_divide('data_bytes.binary_data', 'cast(' ~ 636 * 1365 ** 3 ~ ' as ' ~ wide ~ ')') }} as bigint
                        ) as data_high,
                        cast(data_bytes.binary_data % cast({{ 636 * 1365 ** 3 }} as {{ wide }}) as bigint) as data_low,
                        {#- the list holds byte 0's 64 values (the top 6 bits of the 102), then 256 for each
                            other byte -#}
                        {%- set ns = namespace(expression=none) %}
                        {%- for position in range(13) %}
                        {%- set contribution = list_item(
                            'data_bytes.crc_contributions',
                            (1 + (64 + 256 * (position - 1) if position else 0)) ~ ' + data_bytes.byte_' ~ position
                        ) %}
                        {%- set ns.expression = contribution if ns.expression is none
                            else bitwise_xor(ns.expression, contribution) %}
                        {%- endfor %}
                        {{ ns.expression }} as frame_check
                    from (
                        select
                            binary_numbers.piece_id,
                            binary_numbers.crc_contributions,
                            binary_numbers.codeword_characters,
                            binary_numbers.binary_data
                            {%- for position in range(13) %},
                            cast(
                                {{ wide_byte('binary_numbers.binary_data', 8 * (12 - position)) }} as integer
                            ) as byte_{{ position }}
                            {%- endfor %}
                        from (
                            select
                                pieces.piece_id,
                                encoder_tables.crc_contributions,
                                encoder_tables.codeword_characters,
                                (
                                    (
                                        case length(pieces.routing_code)
                                            when 5 then cast(pieces.routing_code as {{ wide }}) + 1
                                            when 9 then cast(pieces.routing_code as {{ wide }}) + 100001
                                            when 11 then cast(pieces.routing_code as {{ wide }}) + 1000100001
                                            else cast(0 as {{ wide }})
                                        end * 10
                                        + cast(substr(pieces.tracking_code, 1, 1) as integer)
                                    ) * 5
                                    + cast(substr(pieces.tracking_code, 2, 1) as integer)
                                ) * cast('1000000000000000000' as {{ wide }})
                                + cast(substr(pieces.tracking_code, 3, 18) as {{ wide }}) as binary_data
                            from {{ pieces }} as pieces
                            cross join (
                                select
                                    {{ seed_list(ref('imb_crc_bytes'), 'contribution', 'byte_position, byte_value') }}
                                        as crc_contributions,
                                    {{ seed_list(ref('imb_codeword_characters'), 'character', 'codeword') }}
                                        as codeword_characters
                            ) as encoder_tables
                        ) as binary_numbers
                    ) as data_bytes
                ) as checked
            ) as codewords
        ) as looked_up
    ) as characters
{%- endmacro %}
