{#- The value of one drop var as the user gave it: in the environment variable DROP_HYGIENE_VARS
    (a YAML mapping, written as --vars takes it), else in --vars, else its default in
    dbt_project.yml. get_drop_setting() fills in the derived defaults; validate_drop_vars() checks
    the forms.

    Why an environment variable: dbt parses the whole project again whenever --vars changes (about
    2.5 s of every build on this machine), and every drop has vars of its own. Nothing dbt parses
    depends on a drop's vars (tests/python/test_project.py checks it), so a drop named in
    DROP_HYGIENE_VARS reuses the parse of the drop before it. The variable is read only when dbt
    runs the nodes, never while it parses (dbt would parse again every model that read it).

    Unit tests never read DROP_HYGIENE_VARS: they run on dbt_project.yml's defaults, --vars and
    their own overrides, whatever drop the environment names. -#}
{% macro drop_var(name) -%}
    {%- if model is mapping and model.get('resource_type') == 'unit_test' -%}
        {{ return(var(name)) }}
    {%- endif -%}
    {%- set given = drop_vars_from_environment() -%}
    {%- if name in given -%}
        {{ return(given[name]) }}
    {%- endif -%}
    {{ return(var(name)) }}
{%- endmacro %}

{#- The drop vars DROP_HYGIENE_VARS gives, as a mapping ({} when it is unset or empty, and while dbt
    parses). Stops the build with a message naming DROP_HYGIENE_VARS when it is not a YAML mapping,
    names a var dbt_project.yml does not declare, or gives a var --vars gives too. -#}
{% macro drop_vars_from_environment() -%}
    {%- if not execute -%}
        {{ return({}) }}
    {%- endif -%}
    {%- set text = env_var('DROP_HYGIENE_VARS', '') | trim -%}
    {%- if text == '' -%}
        {{ return({}) }}
    {%- endif -%}
    {%- set given = fromyaml(text) -%}
    {%- if given is not mapping -%}
        {{ exceptions.raise_compiler_error(
            "DROP_HYGIENE_VARS is not a YAML mapping of drop vars: expected it written as --vars takes them, "
            ~ "e.g. {input_dir: /data/drop-7, drop_id: DROP-7, mailing_date: '2027-01-12'}; it holds: "
            ~ text[:200]) }}
    {%- endif -%}
    {%- set undeclared = '\x00undeclared\x00' -%}
    {%- set unknown = [] -%}
    {%- set twice = [] -%}
    {%- set cli_vars = invocation_args_dict.get('vars') or {} -%}
    {%- for name in given -%}
        {%- if name is not string or var(name, undeclared) == undeclared -%}
            {%- do unknown.append("'" ~ name ~ "'") -%}
        {%- elif name in cli_vars -%}
            {%- do twice.append("'" ~ name ~ "'") -%}
        {%- endif -%}
    {%- endfor -%}
    {%- if unknown -%}
        {{ exceptions.raise_compiler_error(
            "DROP_HYGIENE_VARS names " ~ unknown | join(', ') ~ ", which "
            ~ ("is not a drop var" if unknown | length == 1 else "are not drop vars")
            ~ ": dbt_project.yml lists every drop var under vars:") }}
    {%- endif -%}
    {%- if twice -%}
        {{ exceptions.raise_compiler_error(
            "var " ~ twice | join(', ') ~ " is given both in --vars and in DROP_HYGIENE_VARS: give each var once") }}
    {%- endif -%}
    {{ return(given) }}
{%- endmacro %}
