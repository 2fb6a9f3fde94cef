{#- NCOA on the spine. A list record matches a move when the move's old address is the same
    delivery point (delivery_point_key, both sides from the one address pass) and the names
    agree as the move type asks: I first and last name, F last name, B company (names folded:
    case, accents, punctuation, middle names and suffixes do not matter). Month arithmetic is
    exact: months_since_move = month of ncoa_processed_date - move_effective_month, in whole
    months (a move in 2025-06 processed on any day of 2026-12 is 18 months back). A move more
    than ncoa_lookback_months back is out of scope, and so is one dated in a month after the
    processing's (filed ahead, or keyed wrong: it had not happened when the list was matched); of
    the rest the most recent move wins, and a
    person who moved on from its new address is followed to the newest one (newest_moves).
    A move with a new address at most ncoa_reroute_months back re-routes the record: from
    here on its address is the new one, standardized, coded and checked in the same address
    pass (effective_address_source / effective_source_key). An older one is
    NCOA_FORWARDING_EXPIRED; a move without a new address is NCOA_MOVED_NO_FORWARD.
    ncoa_return_code is NCOALink's return code: A (a match with a new address), 00 (no
    match), 01 (foreign move), 02 (moved, left no address), 03 (PO box closed, no order). -#}
with spine as (
    select source_line from {{ ref('int_mail_list__intake') }}
),

match_keys as (
    select
        address_source,
        source_key,
        delivery_point_key,
        first_key,
        last_key,
        company_key
    from {{ ref('int_addresses__match_keys') }}
    where address_source in ('mail_list', 'coa_old', 'coa_new')
),

moves as (
    select
        coa_id,
        upper(trim(move_type)) as move_type,
        lower(trim(coa_status)) as coa_status,
        {{ move_month_index('move_effective_month') }} as move_month
    from {{ ref('stg_drop__coa_moves') }}
),

matched_moves as (
    select
        list_people.source_key,
        moves.coa_id,
        moves.move_type,
        moves.coa_status,
        {{ date_month_index(drop_date('ncoa_processed_date')) }} - moves.move_month as months_since_move,
        moves.coa_status = 'new_address' and new_addresses.source_key is not null as has_new_address,
        list_people.first_key,
        list_people.last_key,
        list_people.company_key
    from match_keys as list_people
    inner join match_keys as old_addresses
        on
            list_people.delivery_point_key = old_addresses.delivery_point_key
            and old_addresses.address_source = 'coa_old'
    inner join moves
        on old_addresses.source_key = moves.coa_id
    left join match_keys as new_addresses
        on
            moves.coa_id = new_addresses.source_key
            and new_addresses.address_source = 'coa_new'
    where
        list_people.address_source = 'mail_list'
        and {{ date_month_index(drop_date('ncoa_processed_date')) }} - moves.move_month
        between 0 and {{ get_drop_setting('ncoa_lookback_months') }}
        and {{ ncoa_names_agree('moves.move_type', 'list_people', 'old_addresses') }}
),

ranked_moves as (
    select
        source_key,
        coa_id,
        move_type,
        coa_status,
        months_since_move,
        has_new_address,
        first_key,
        last_key,
        company_key,
        row_number() over (partition by source_key order by months_since_move, coa_id) as move_rank
    from matched_moves
),

latest_moves as (
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
    from ranked_moves
    where move_rank = 1
),

-- a person who moved again from the new address (A to B, then B to C: NCOALink gives the newest
-- address of such a chain): from a move's new delivery point, the most recent later move of the
-- same person (the same name rules, by that move's type; next_move_of_chain), up to three more
-- moves (four in NCOALink's 48 months); the last one found decides, as if the list had held the
-- address before it. Each step needs a move more recent than the one before, so no chain comes
-- back on itself.
moves_after_1 as (
    {{ next_move_of_chain('latest_moves', 'match_keys', 'moves') }}
),

moves_after_2 as (
    {{ next_move_of_chain('moves_after_1', 'match_keys', 'moves') }}
),

moves_after_3 as (
    {{ next_move_of_chain('moves_after_2', 'match_keys', 'moves') }}
),

-- the last move found of each chain (a move found at a step is the whole row of that step)
newest_moves as (
    select
        latest_moves.source_key,
        coalesce(
            moves_after_3.coa_id,
            moves_after_2.coa_id,
            moves_after_1.coa_id,
            latest_moves.coa_id
        ) as coa_id,
        coalesce(
            moves_after_3.move_type,
            moves_after_2.move_type,
            moves_after_1.move_type,
            latest_moves.move_type
        ) as move_type,
        coalesce(
            moves_after_3.coa_status,
            moves_after_2.coa_status,
            moves_after_1.coa_status,
            latest_moves.coa_status
        ) as coa_status,
        coalesce(
            moves_after_3.months_since_move,
            moves_after_2.months_since_move,
            moves_after_1.months_since_move,
            latest_moves.months_since_move
        ) as months_since_move,
        coalesce(
            moves_after_3.has_new_address,
            moves_after_2.has_new_address,
            moves_after_1.has_new_address,
            latest_moves.has_new_address
        ) as has_new_address
    from latest_moves
    left join moves_after_1
        on latest_moves.source_key = moves_after_1.source_key
    left join moves_after_2
        on latest_moves.source_key = moves_after_2.source_key
    left join moves_after_3
        on latest_moves.source_key = moves_after_3.source_key
),

final as (
    select
        spine.source_line,
        newest_moves.coa_id as ncoa_coa_id,
        newest_moves.move_type as ncoa_move_type,
        newest_moves.months_since_move as ncoa_months_since_move,
        case
            when newest_moves.has_new_address then 'A'
            when newest_moves.coa_status = 'foreign_move' then '01'
            when newest_moves.coa_status = 'box_closed_no_order' then '03'
            when newest_moves.coa_id is not null then '02'
            else '00'
        end as ncoa_return_code,
        coalesce(
            newest_moves.has_new_address
            and newest_moves.months_since_move <= {{ get_drop_setting('ncoa_reroute_months') }},
            false
        ) as ncoa_rerouted,
        coalesce(not newest_moves.has_new_address, false) as fails_ncoa_moved_no_forward,
        coalesce(
            newest_moves.has_new_address
            and newest_moves.months_since_move > {{ get_drop_setting('ncoa_reroute_months') }},
            false
        ) as fails_ncoa_forwarding_expired
    from spine
    left join newest_moves
        on cast(spine.source_line as string) = newest_moves.source_key
)

select * from final
