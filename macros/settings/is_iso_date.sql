{#- True when text is a real calendar date written YYYY-MM-DD (no 2026-02-30). -#}
{% macro is_iso_date(text) -%}
    {%- set match = modules.re.match('^([0-9]{4})-([0-9]{2})-([0-9]{2})$', text) -%}
    {%- if not match -%}{{ return(false) }}{%- endif -%}
    {%- set y, m, d = match.group(1) | int, match.group(2) | int, match.group(3) | int -%}
    {%- if y < 1900 or m < 1 or m > 12 or d < 1 -%}{{ return(false) }}{%- endif -%}
    {%- set next_month = modules.datetime.date(y + (m // 12), (m % 12) + 1, 1) -%}
    {%- set month_days = (next_month - modules.datetime.timedelta(days=1)).day -%}
    {{ return(d <= month_days) }}
{%- endmacro %}
