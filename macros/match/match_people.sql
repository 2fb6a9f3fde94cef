{#- The pairs of a relation `left` and a relation `right` that are the same person or firm at
    one delivery point, with how they matched, one row per pair: left_id, right_id,
    match_rank and match_kind, the first of (match_kind_of)
      EXACT     the same given name and surname as written (folded: case, accents, punctuation)
      NICKNAME  given names that share a canonical form (BILL and WILLIAM, BILL and WILL)
      INITIAL   a one-letter given name and the only given name with that letter for that
                surname at that delivery point (M and MARTIN)
      FIRM      two company-only records (no person name) with the same firm_match_key
    A person matches on the same delivery point, the same surname key (hyphens and spaces do not
    matter: RUIZ-SOTO, RUIZ SOTO) and a shared given-name form (person_name_forms), and
      - generational suffixes that differ keep them apart (JR and SR are father and son); a
        suffix on one side only still matches;
      - a name that belongs to both sexes (PAT: PATRICIA or PATRICK) matches another written
        name by a nickname only when the rest of the record agrees: both give a middle name or
        initial and the initials are equal (an initial that can only be one name there matches
        it whatever its sex).
    Every comparison is an equi-join on keys, never a pairwise scan. Both relations have
    match_id, delivery_point_key, first_key, last_key, suffix_key, middle_initial, company_key
    and is_firm_only. -#}
{% macro match_people(left, right) -%}
    select
        left_id,
        right_id,
        min(match_rank) as match_rank,
        {{ match_kind_of('min(match_rank)') }} as match_kind
    from (
        select
            left_forms.match_id as left_id,
            right_forms.match_id as right_id,
            case
                when left_forms.first_key = right_forms.first_key then 1
                when left_forms.form_kind = 'initial' or right_forms.form_kind = 'initial' then 3
                else 2
            end as match_rank
        from ({{ person_name_forms(left) }}) as left_forms
        inner join ({{ person_name_forms(right) }}) as right_forms
            on
                left_forms.delivery_point_key = right_forms.delivery_point_key
                and left_forms.last_key = right_forms.last_key
                and left_forms.given_form = right_forms.given_form
        where
            (
                left_forms.suffix_key is null
                or right_forms.suffix_key is null
                or left_forms.suffix_key = right_forms.suffix_key
            )
            and (
                left_forms.first_key = right_forms.first_key
                -- an initial already stands for the one name it can be there
                or left_forms.form_kind = 'initial'
                or right_forms.form_kind = 'initial'
                or not (left_forms.is_ambiguous or right_forms.is_ambiguous)
                or left_forms.middle_initial = right_forms.middle_initial
            )
        union all
        select
            left_firms.match_id as left_id,
            right_firms.match_id as right_id,
            4 as match_rank
        from {{ left }} as left_firms
        inner join {{ right }} as right_firms
            on
                left_firms.delivery_point_key = right_firms.delivery_point_key
                and left_firms.company_key = right_firms.company_key
        where left_firms.is_firm_only and right_firms.is_firm_only
    ) as matched_pairs
    group by 1, 2
{%- endmacro %}
