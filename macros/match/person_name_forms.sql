{#- Every form under which the people of a relation can match another person: one row per
    person and form, with
      given_form    the given name it matches on
      form_kind     exact (the name as written, folded), nickname (a canonical form of it from
                    the given_name_forms seed: BILL -> WILLIAM), initial (a one-letter given
                    name read as the only given name with that letter for that surname at that
                    delivery point, int_addresses__given_initials)
      is_ambiguous  a name that belongs to both sexes (PAT, CHRIS), on every form of it, its own
                    included: it matches another written name only when the rest of the record
                    agrees (match_people), even through a form the other name reaches (the seed
                    also links ANTHONY to TONY)
    `people` is a relation or CTE with match_id, delivery_point_key, first_key, last_key,
    suffix_key and middle_initial. A person needs a given name and a surname to have a form. -#}
{% macro person_name_forms(people) -%}
    {%- set person -%}
        people.match_id,
        people.delivery_point_key,
        people.first_key,
        people.last_key,
        people.suffix_key,
        people.middle_initial,
    {%- endset %}
    select
        {{ person }}
        people.first_key as given_form,
        'exact' as form_kind,
        coalesce(ambiguous_names.is_ambiguous, false) as is_ambiguous
    from {{ people }} as people
    left join (
        select distinct given_name, is_ambiguous
        from {{ ref('given_name_forms') }}
        where is_ambiguous
    ) as ambiguous_names
        on people.first_key = ambiguous_names.given_name
    where people.first_key is not null and people.last_key is not null
    union all
    select
        {{ person }}
        nicknames.canonical_name as given_form,
        'nickname' as form_kind,
        nicknames.is_ambiguous
    from {{ people }} as people
    inner join {{ ref('given_name_forms') }} as nicknames
        on people.first_key = nicknames.given_name
    where people.last_key is not null
    union all
    select
        {{ person }}
        initials.given_key as given_form,
        'initial' as form_kind,
        false as is_ambiguous
    from {{ people }} as people
    inner join {{ ref('int_addresses__given_initials') }} as initials
        on
            people.delivery_point_key = initials.delivery_point_key
            and people.last_key = initials.last_key
            and people.first_key = initials.initial
{%- endmacro %}
