{#- on-run-end: say plainly whether the drop was released, and if not, why.
    Every node that failed or erred is named with its numbers: a date rule with its dates and
    limit (from date_currency_checks), a data or reconciliation test with the rows it returned
    (the first few, from its own SQL), a model with its error. A test that warned (a list line
    read as Windows-1252, a ZIP with its zeros put back, a source above the DPV failure
    threshold) is named the same way in the log, and holds nothing back. When a build or test
    run did not release the drop, DROP_FAILED.txt is written to output_dir (if the folder was prepared)
    with the same lines; drop_release published nothing, so no printer file is there. Every build
    that prepared the folder also gets drop_report.html there (write_drop_report). -#}
{% macro report_build_outcome(results) -%}
    {%- if not execute or invocation_args_dict.get('which') not in ('build', 'run', 'test') -%}
        {{ return('select 1 as nothing_to_report') }}
    {%- endif -%}
    {%- set failed = [] -%}
    {%- set warned = [] -%}
    {%- set state = {'released': false, 'folder_ready': false, 'skipped': 0} -%}
    {%- for result in results -%}
        {%- set status = result.status | string | lower -%}
        {%- if result.node.name == 'drop_release' and status == 'success' -%}
            {%- do state.update({'released': true}) -%}
        {%- elif result.node.name == 'int_drop__output_directory' and status == 'success' -%}
            {%- do state.update({'folder_ready': true}) -%}
        {%- endif -%}
        {%- if status in ('error', 'fail', 'runtime error') -%}
            {%- do failed.append(describe_failed_node(result)) -%}
        {%- elif status == 'warn' -%}
            {%- do warned.append(describe_failed_node(result) | replace(' failing rows', ' rows')) -%}
        {%- elif status == 'skipped' -%}
            {%- do state.update({'skipped': state['skipped'] + 1}) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- set output_dir = get_drop_setting('output_dir') -%}
    {%- if warned -%}
        {#- a warning does not hold the drop back: it is said, with its first rows, for the analyst -#}
        {%- set warning_lines = ["DROP " ~ get_drop_setting('drop_id') ~ ": " ~ warned | length ~ " warning(s):"] -%}
        {%- for line in warned -%}{%- do warning_lines.append("  - " ~ line) -%}{%- endfor -%}
        {{ log(warning_lines | join("\n"), info=true) }}
    {%- endif -%}
    {%- if state['folder_ready'] -%}
        {%- set report_state = 'failed' if failed else ('released' if state['released'] else 'not_released') -%}
        {{ log(write_drop_report(report_state, failed, state['skipped'], results, warned), info=true) }}
    {%- endif -%}
    {%- if failed -%}
        {%- set lines = ["DROP " ~ get_drop_setting('drop_id') ~ " NOT RELEASED: " ~ failed | length
                         ~ " check(s) failed; nothing was published to " ~ output_dir ~ " and drop_log is unchanged."] -%}
        {%- for line in failed -%}{%- do lines.append("  - " ~ line) -%}{%- endfor -%}
        {%- if state['skipped'] -%}
            {%- do lines.append("  (" ~ state['skipped'] ~ " later steps were skipped)") -%}
        {%- endif -%}
        {{ log(lines | join("\n"), info=true) }}
        {%- if state['folder_ready'] -%}
            {{ return(write_text_file(output_dir ~ '/DROP_FAILED.txt', lines)) }}
        {%- endif -%}
    {%- elif state['released'] -%}
        {{ log("DROP " ~ get_drop_setting('drop_id') ~ " RELEASED to " ~ output_dir
               ~ " (release_manifest.json lists each file with its rows and SHA-256)", info=true) }}
    {%- endif -%}
    {{ return('select 1 as build_outcome_reported') }}
{%- endmacro %}

{#- One line naming a failed node and its numbers. -#}
{% macro describe_failed_node(result) -%}
    {%- set node = result.node -%}
    {%- if node.resource_type == 'test' and node.name.startswith('date_rule_') -%}
        {%- set rule = node.name[10:] -%}
        {%- set checks = graph.nodes['model.drop_hygiene.date_currency_checks'] -%}
        {%- set checks_table = api.Relation.create(database=checks.database, schema=checks.schema,
                                                   identifier=checks.alias) -%}
        {%- set found = run_query("select message from " ~ checks_table ~ " where rule_name = "
                                  ~ sql_string(rule)).columns[0].values() -%}
        {{ return("date rule " ~ rule ~ ": " ~ (found[0] if found else result.message)) }}
    {%- elif node.resource_type == 'test' and node.compiled_code -%}
        {%- set sample = run_query("select * from (" ~ node.compiled_code ~ ") as failing limit 3") -%}
        {%- set rows = [] -%}
        {%- for row in sample.rows -%}
            {%- set cells = [] -%}
            {%- for name in sample.column_names -%}{%- do cells.append(name ~ "=" ~ row[name]) -%}{%- endfor -%}
            {%- do rows.append(cells | join(", ")) -%}
        {%- endfor -%}
        {{ return("test " ~ node.name ~ ": " ~ (result.failures or 0) ~ " failing rows"
                  ~ (" (" ~ rows | join("; ") ~ ")" if rows else "")) }}
    {%- else -%}
        {#- a Python model's message is its traceback: its last line says what went wrong -#}
        {%- set message = (result.message or 'failed') | string -%}
        {%- set message = message.split('Error: ')[-1] if 'Traceback' in message else message -%}
        {%- set what = node.resource_type ~ " " ~ node.name -%}
        {%- if node.name.startswith('stg_drop__') -%}
            {%- set what = "drop file " ~ node.name[10:] ~ " (model " ~ node.name ~ ")" -%}
        {%- endif -%}
        {{ return(what ~ ": " ~ message | replace("\n", " ") | trim) }}
    {%- endif -%}
{%- endmacro %}
