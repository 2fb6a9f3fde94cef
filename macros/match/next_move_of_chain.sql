{#- The next move of each chain of moves (int_mail_list__ncoa): for each row of `earlier` (the
    person's move so far: source_key, coa_id, months_since_move, has_new_address, and the list
    person's first_key, last_key and company_key), the most recent move of the same person from
    that move's new delivery point (the name rule of the move's type, ncoa_names_agree) that is
    more recent than it; at most one row per source_key, with the columns of `earlier`. `keys`
    holds the model's match keys of coa_old and coa_new, `moves` its moves (coa_id, move_type,
    coa_status, move_month). A more recent move at each step means a chain never comes back on
    itself. -#}
{% macro next_move_of_chain(earlier, keys, moves) -%}
    {%- set processed_month = date_month_index(drop_date('ncoa_processed_date')) -%}
    select
        source_key,
        coa_id,
        move_type,
        coa_status,
        months_since_move,
        has_new_address,
        first_key,
        last_key,
        company_key
    from (
        select
            earlier.source_key,
            later_moves.coa_id,
            later_moves.move_type,
            later_moves.coa_status,
            {{ processed_month }} - later_moves.move_month as months_since_move,
            later_moves.coa_status = 'new_address' and later_new.source_key is not null as has_new_address,
            earlier.first_key,
            earlier.last_key,
            earlier.company_key,
            row_number() over (
                partition by earlier.source_key order by later_moves.move_month desc, later_moves.coa_id
            ) as move_rank
        from {{ earlier }} as earlier
        inner join {{ keys }} as earlier_new
            on
                earlier.coa_id = earlier_new.source_key
                and earlier_new.address_source = 'coa_new'
        inner join {{ keys }} as later_old
            on
                earlier_new.delivery_point_key = later_old.delivery_point_key
                and later_old.address_source = 'coa_old'
        inner join {{ moves }} as later_moves
            on later_old.source_key = later_moves.coa_id
        left join {{ keys }} as later_new
            on
                later_moves.coa_id = later_new.source_key
                and later_new.address_source = 'coa_new'
        where
            earlier.has_new_address
            and {{ processed_month }} - later_moves.move_month between 0 and earlier.months_since_move - 1
            and {{ ncoa_names_agree('later_moves.move_type', 'earlier', 'later_old') }}
    ) as ranked
    where move_rank = 1
{%- endmacro %}
