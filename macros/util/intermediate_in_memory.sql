{#- True when DROP_HYGIENE_INTERMEDIATE=memory asks for the intermediate models to be kept in the
    in-memory drop_scratch database (generate_database_name); false for `warehouse`, the default,
    and on engines other than DuckDB. Any other value is an error that names the variable. -#}
{% macro intermediate_in_memory() -%}
    {%- set mode = env_var('DROP_HYGIENE_INTERMEDIATE', 'warehouse') | trim | lower -%}
    {%- if mode not in ('warehouse', 'memory') -%}
        {{ exceptions.raise_compiler_error(
            "DROP_HYGIENE_INTERMEDIATE is '" ~ mode ~ "': it must be 'warehouse' (every table kept in "
            ~ "the warehouse file, the default) or 'memory' (the intermediate tables kept in memory "
            ~ "for the build only)") }}
    {%- endif -%}
    {{ return(mode == 'memory' and target.type == 'duckdb') }}
{%- endmacro %}
