-- the output folder is prepared (and found writable) before the drop is read
-- depends_on: {{ ref('int_drop__output_directory') }}
-- depends_on: {{ source('drop', 'zip4_ranges') }}
{#- The coded columns are read from their letters or their words, in any case (`O` or `ODD`, `H` or
    `HIGH-RISE`: reference_code_spellings), and any other value stops the build by name (the *_as_written columns' tests): a
    segment of an unknown type, or parity read wrong, would code addresses to the wrong ZIP+4 or to
    none. An empty parity is B (both sides), as before. The primary range is read as the
    addresses' numbers are (primary_number_value): its digits, a hyphenated number's two parts
    together (`71-01` is 7101, as Queens numbers its houses).
    The street's parts are read as the addresses' are (Pub 28), so that a file written with words
    where the ZIP+4 product has abbreviations still codes and prints the same street: each part
    cleaned as an address line is (clean_address_text: upper case, periods dropped, `ST. JAMES` is
    ST JAMES), the directionals and the suffix to their Pub 28 abbreviations (NORTH -> N, AVENUE
    -> AVE), ordinal words in the name to figures (FIFTH -> 5TH), and a directional or suffix
    written inside the name, with its own column empty, taken out of it the way the addresses'
    parse takes them (`MAPLE GROVE AVE` with no suffix is MAPLE GROVE, AVE), and a suffix word
    that opens a lettered name spelled out as the addresses' is (`AVE J` is AVENUE J). A word
    the tables do not know stays as written. -#}
{% set record_types = reference_code_spellings('record_type') %}
{%- set parities = reference_code_spellings('parity') %}
with zip4_range_rows as (
    {{ read_drop_file('zip4_ranges') }}
),

codes_read as (
    select
        *,
        {{ read_code('record_type', record_types) }} as record_type_read,
        {{ read_code('primary_parity', parities) }} as primary_parity_read,
        {{ read_code('secondary_parity', parities) }} as secondary_parity_read
    from zip4_range_rows
),

pub28 as (
    select
        {{ seed_map(ref('pub28_directionals')) }} as directionals,
        {{ seed_map(ref('pub28_street_suffixes')) }} as suffixes,
        {{ seed_map(ref('pub28_street_suffixes'), 'primary_name') }} as suffix_names,
        {{ seed_map(ref('pub28_ordinals')) }} as ordinals,
        {{ seed_map(ref('pub28_unit_designators')) }} as designators
),

-- each part cleaned as an address line is, the name as its words
street_parts as (
    select
        codes_read.*,
        {{ clean_address_text('codes_read.predirectional') }} as predirectional_text,
        {{ address_tokens(clean_address_text('codes_read.street_name')) }} as name_words,
        {{ clean_address_text('codes_read.suffix') }} as suffix_text,
        {{ clean_address_text('codes_read.postdirectional') }} as postdirectional_text,
        {{ clean_address_text('codes_read.secondary_designator') }} as designator_text
    from codes_read
),

-- a directional written as the name's last word, with the postdirectional's column empty
postdirectionals_in_name as (
    select
        street_parts.*,
        case
            when street_parts.postdirectional_text is null and {{ list_length('street_parts.name_words') }} >= 2
                then {{ lookup('pub28.directionals', list_item('street_parts.name_words', '-1')) }}
        end as postdirectional_in_name
    from street_parts
    cross join pub28
),

-- then a suffix written as the name's last word, with the suffix's column empty
suffixes_in_name as (
    select
        postdirectionals_in_name.*,
        case
            when postdirectionals_in_name.suffix_text is null and {{ list_length('words_before_post') }} >= 2
                then {{ lookup('pub28.suffixes', list_item('words_before_post', '-1')) }}
        end as suffix_in_name
    from (
        select
            *,
            case
                when postdirectional_in_name is not null then {{ list_slice('name_words', '1', '-2') }}
                else name_words
            end as words_before_post
        from postdirectionals_in_name
    ) as postdirectionals_in_name
    cross join pub28
),

-- then a directional written as the name's first word, with the predirectional's column empty
predirectionals_in_name as (
    select
        suffixes_in_name.*,
        case
            when suffixes_in_name.predirectional_text is null and {{ list_length('words_before_suffix') }} >= 2
                then {{ lookup('pub28.directionals', list_item('words_before_suffix', '1')) }}
        end as predirectional_in_name
    from (
        select
            *,
            case
                when suffix_in_name is not null then {{ list_slice('words_before_post', '1', '-2') }}
                else words_before_post
            end as words_before_suffix
        from suffixes_in_name
    ) as suffixes_in_name
    cross join pub28
),

-- the name's words, ordinals in figures
name_words_read as (
    select
        predirectionals_in_name.*,
        {%- set words_of_name -%}
            case
                when predirectionals_in_name.predirectional_in_name is not null
                    then {{ list_slice('predirectionals_in_name.words_before_suffix', '2') }}
                else predirectionals_in_name.words_before_suffix
            end
        {%- endset %}
        {{ list_transform(words_of_name, 'word', 'coalesce(' ~ lookup('pub28.ordinals', 'word') ~ ', word)') }}
            as street_name_words,
        coalesce(
            predirectionals_in_name.suffix_in_name,
            {{ lookup('pub28.suffixes', 'predirectionals_in_name.suffix_text') }},
            predirectionals_in_name.suffix_text
        ) as suffix_read
    from predirectionals_in_name
    cross join pub28
),

streets_read as (
    select
        name_words_read.*,
        coalesce(
            name_words_read.predirectional_in_name,
            {{ lookup('pub28.directionals', "replace(name_words_read.predirectional_text, ' ', '')") }},
            name_words_read.predirectional_text
        ) as predirectional_read,
        {%- set spelled_first_word -%}
            case
                when {{ suffix_word_opens_name('name_words_read.street_name_words', 'name_words_read.suffix_read') }}
                    then {{ lookup('pub28.suffix_names', list_item('name_words_read.street_name_words', '1')) }}
            end
        {%- endset %}
        {%- set words_spelled -%}
            case
                when {{ spelled_first_word }} is not null
                    then {{ list_of([spelled_first_word]) }} || {{ list_slice('name_words_read.street_name_words', '2') }}
                else name_words_read.street_name_words
            end
        {%- endset %}
        nullif({{ list_join(words_spelled, ' ') }}, '') as street_name_read,
        coalesce(
            name_words_read.postdirectional_in_name,
            {{ lookup('pub28.directionals', "replace(name_words_read.postdirectional_text, ' ', '')") }},
            name_words_read.postdirectional_text
        ) as postdirectional_read,
        coalesce(
            {{ lookup('pub28.designators', 'name_words_read.designator_text') }}, name_words_read.designator_text
        ) as secondary_designator_read
    from name_words_read
    cross join pub28
)

select
    source_row,
    lpad(trim(zip5), 5, '0') as zip5,
    lpad(trim(zip4), 4, '0') as zip4,
    record_type_read as record_type,
    {{ primary_number_value('trim(primary_low)') }} as primary_low,
    {{ primary_number_value('trim(primary_high)') }} as primary_high,
    primary_parity_read as primary_parity,
    predirectional_read as predirectional,
    street_name_read as street_name,
    suffix_read as suffix,
    postdirectional_read as postdirectional,
    secondary_designator_read as secondary_designator,
    upper(trim(secondary_low)) as secondary_low,
    upper(trim(secondary_high)) as secondary_high,
    secondary_parity_read as secondary_parity,
    upper(trim(carrier_route)) as carrier_route,
    {{ unreadable_value('record_type', 'record_type_read') }} as record_type_as_written,
    {{ unreadable_value('primary_parity', 'primary_parity_read') }} as primary_parity_as_written,
    {{ unreadable_value('secondary_parity', 'secondary_parity_read') }} as secondary_parity_as_written
from streets_read
