{#- Write drop_report.html into output_dir for this build (called by report_build_outcome at the
    end of every build that prepared the output folder). The build's outcome goes to the page
    renderer (scripts/drop_report.py) as JSON: released, failed or not released, each failed
    check's line, each warning's line, and the relation of every model and seed this build made.
    The page shows only those tables, so a failed build never shows an earlier build's numbers.
    Returns the line to log. -#}
{% macro write_drop_report(state, failed, skipped, results, warned=[]) -%}
    {%- set relations = {} -%}
    {%- for result in results -%}
        {%- if result.node.resource_type in ('model', 'seed') and (result.status | string | lower) == 'success' -%}
            {%- do relations.update({result.node.name: relation_of_node(result.node) | string}) -%}
        {%- endif -%}
    {%- endfor -%}
    {#- reference data does not change between builds: the seed serves when this run did not load it -#}
    {%- set reason_codes = graph.nodes.get('seed.drop_hygiene.reason_codes') -%}
    {%- if reason_codes and 'reason_codes' not in relations -%}
        {%- do relations.update({'reason_codes': relation_of_node(reason_codes) | string}) -%}
    {%- endif -%}
    {%- set target_path = invocation_args_dict.get('target_path') or 'target' -%}
    {%- set outcome = {
        'state': state, 'command': invocation_args_dict.get('which', ''), 'failures': failed, 'warnings': warned,
        'skipped': skipped, 'relations': relations, 'output_dir': get_drop_setting('output_dir'),
        'docs_index': target_path ~ '/index.html'} -%}
    {{ return(adapter.dispatch('write_drop_report', 'drop_hygiene')(tojson(outcome))) }}
{%- endmacro %}

{#- DuckDB: the dbt-duckdb plugin in scripts/drop_report.py registers write_drop_report(). -#}
{% macro duckdb__write_drop_report(outcome_json) -%}
    {%- set registered = run_query("select count(*) from duckdb_functions() where function_name = 'write_drop_report'") -%}
    {%- if registered.columns[0].values()[0] == 0 -%}
        {{ return("drop report not written: the profile does not load the drop_report plugin "
                  ~ "(profiles.yml); run `python scripts/drop_report.py` for this warehouse") }}
    {%- endif -%}
    {{ return(run_query("select write_drop_report(" ~ sql_string(outcome_json) ~ ")").columns[0].values()[0]) }}
{%- endmacro %}

{% macro default__write_drop_report(outcome_json) -%}
    {{ return("drop report not written on " ~ target.type ~ ": run `python scripts/drop_report.py` for this warehouse") }}
{%- endmacro %}

{#- The relation a model or seed node was built as. -#}
{% macro relation_of_node(node) -%}
    {{ return(api.Relation.create(database=node.database, schema=node.schema, identifier=node.alias)) }}
{%- endmacro %}
