{#- Where a model's table is kept. By default every table is in the warehouse file, compressed,
    and stays there after the build. With DROP_HYGIENE_INTERMEDIATE=memory (DuckDB only), the
    intermediate models are kept instead in drop_scratch, an in-memory database attached for the
    build (profiles.yml): they are neither compressed nor written to the file, which was about
    a third of the build's processor time at 1M records, but they are gone when dbt exits and take
    memory (README, "Benchmark and how to scale"). Staging, seeds and marts stay in the warehouse
    either way. Any other value stops the build at parse, naming the variable. -#}
{% macro generate_database_name(custom_database_name=none, node=none) -%}
    {%- if intermediate_in_memory() and is_intermediate_model(node) -%}
        {{ return('drop_scratch') }}
    {%- endif -%}
    {#- the adapter's own choice otherwise (Spark's is none: it has no databases) -#}
    {{ return(adapter.dispatch('generate_database_name', 'dbt')(custom_database_name, node)) }}
{%- endmacro %}
