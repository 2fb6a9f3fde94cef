"""The name parts of the list in proper case, for the printed name line, when the list is all
upper case or all lower case (no name field mixes the two): one row per distinct part as
written (trimmed) with its printed form. A list that mixes case is printed as written, and this
table is empty.

Proper case is nameparser's (`HumanName.capitalize`): MCDONALD -> McDonald, O'BRIEN -> O'Brien,
DE LA CRUZ -> de la Cruz, RUIZ-SOTO -> Ruiz-Soto. Each part is cased on its own (first, middle,
last and suffix), so a 1M-record list is cased in a few thousand calls. A roman-numeral suffix
stays upper case (III); a part nameparser would re-order or re-spell is title-cased instead.
"""
import re

ROMAN_SUFFIX = re.compile(r"^(I{1,3}|IV|V|VI{1,3}|IX|X)\.?$", re.IGNORECASE)
# the ASCII control characters, as mail_ready's as_printable_text reads them: those that space
# text a space, the others nothing (a NUL inside a name must not split it into two words)
SPACING_CONTROLS = re.compile(r"[\x09-\x0d]+")
OTHER_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]+")


def printed(part, kind):
    from nameparser import HumanName

    part = OTHER_CONTROLS.sub("", SPACING_CONTROLS.sub(" ", part)).strip()
    if kind == "suffix" and ROMAN_SUFFIX.match(part):
        return part.upper()
    name = HumanName(part)
    name.capitalize(force=True)
    out = str(name)
    return out if out.lower() == part.lower() else part.title()


def model(dbt, session):
    dbt.config(materialized="table")
    on_spark = hasattr(session, "createDataFrame")

    # one pass to ask whether the list mixes case; only a list in one case is fetched, part by part
    relation = dbt.ref("int_mail_list__intake")
    parts_sql = """
        with parts as (
            select 'first' as kind, trim(first_name) as written from list
            union all select 'middle', trim(middle_name) from list
            union all select 'last', trim(last_name) from list
            union all select 'suffix', trim(name_suffix) from list
        )
        select kind, written from parts where written is not null and written <> ''
    """
    if on_spark:  # Spark: the ref is a DataFrame, queried through a view of this session
        relation.createOrReplaceTempView("print_names_list")

        def query(sql):
            return [tuple(row) for row in session.sql(sql.replace(" from list", " from print_names_list")).collect()]
    else:
        def query(sql):
            return relation.query("list", sql).fetchall()
    [(mixes,)] = query(f"""
        select coalesce(bool_or(written <> upper(written)) and bool_or(written <> lower(written)), false)
        from ({parts_sql}) as written_parts
    """)
    rows = []
    if not mixes:
        parts = query(f"select distinct kind, written from ({parts_sql}) as written_parts")
        rows = [(kind, written, printed(written, kind)) for kind, written in parts]
    if on_spark:
        return session.createDataFrame(rows, "name_part string, written string, printed string")
    # DuckDB: the three columns as list parameters, unnested side by side into a temporary table of
    # this model's cursor, returned as a relation. A data frame would import pandas on one of dbt's
    # threads (0.3 to 0.8 s holding Python's lock, in every build); a relation that carries the
    # parameters itself is bound again when dbt-duckdb registers it (4 s for 300,000 parts)
    columns = [[row[i] for row in rows] for i in range(3)]
    session.execute(
        "create or replace temporary table print_names_cased as select unnest($1::varchar[]) as name_part, "
        "unnest($2::varchar[]) as written, unnest($3::varchar[]) as printed", columns)
    return session.table("print_names_cased")
