"""How many physical lines mail_list.csv has, counted from its bytes alone: the reconciliation
tests check intake against this count, which shares no code with the line reader
(stg_drop__mail_list_lines). Lines end with LF (a CR before it belongs to the ending) when the
file holds any LF, else with CR; a last line without an ending still counts. One row; for a
Parquet list, its rows plus the header line it does not have, so that the count means the same.
It also records the file's size and modification time, so that a test run later can tell that
the file changed after the build (the counts would then be of another file).
The same code runs on DuckDB and on Spark (a ref is a relation there, a DataFrame here).
"""
import os

BLOCK = 64 << 20
RESULT = "select cast(? as bigint) as physical_lines, ? as file_path, cast(? as bigint) as file_bytes"


def on_spark(session):
    return hasattr(session, "createDataFrame")


def first_row(relation, columns):
    """The first row of a ref, as a tuple of the named columns (DuckDB relation or Spark DataFrame)."""
    if hasattr(relation, "project"):
        return relation.project(", ".join(columns)).fetchall()[0]
    return tuple(relation.select(*columns).first())


def one_row(session, sql, params):
    """A one-row result of parameterised SQL on either engine."""
    return session.sql(sql, args=params) if on_spark(session) else session.sql(sql, params=params)


def model(dbt, session):
    dbt.config(materialized="table")
    dbt.ref("int_drop__output_directory")  # the output folder is prepared before the drop is read
    path, parquet = first_row(dbt.ref("int_drop__settings"), ["mail_list_csv", "mail_list_parquet"])
    if parquet:
        if on_spark(session):
            rows = session.read.parquet(parquet).count()
        else:
            rows = session.sql("select count(*) from read_parquet(?)", params=[parquet]).fetchall()[0][0]
        return one_row(session, RESULT, [rows + 1, parquet, os.path.getsize(parquet)])
    lf = cr = size = 0
    last = b""
    if path:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(BLOCK), b""):
                lf += block.count(b"\n")
                cr += block.count(b"\r")
                size += len(block)
                last = block[-1:]
    ending = b"\n" if lf else b"\r"
    endings = lf if lf else cr
    lines = endings + (1 if size and last != ending else 0)
    return one_row(session, RESULT, [lines, path, size])
