{#- True when a unit number falls in a high-rise record's unit range (ZIP+4 secondary_low to
    secondary_high, secondary_parity): as numbers, with the parity, when all three are whole numbers
    (`12` in 2-98 E); else as text of one length (`4B` in 4A-4F, `C` in A-F, `PH2` in PH1-PH4),
    which is how letters and lettered units count up in a building. A unit of another length than
    its range's ends is not in it. -#}
{% macro fits_unit_range(unit, low, high, parity) -%}
    {{ return(adapter.dispatch('fits_unit_range', 'drop_hygiene')(unit, low, high, parity)) }}
{%- endmacro %}

{% macro default__fits_unit_range(unit, low, high, parity) -%}
    {%- set unit_value = 'try_cast(' ~ unit ~ ' as bigint)' -%}
    coalesce(case
        when
            {{ unit_value }} is not null
            and try_cast({{ low }} as bigint) is not null
            and try_cast({{ high }} as bigint) is not null
            then
                {{ unit_value }} between try_cast({{ low }} as bigint) and try_cast({{ high }} as bigint)
                and {{ fits_parity(unit_value, parity) }}
        else
            length({{ unit }}) = length({{ low }})
            and length({{ unit }}) = length({{ high }})
            and {{ unit }} between {{ low }} and {{ high }}
    end, false)
{%- endmacro %}
