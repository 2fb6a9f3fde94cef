"""How many physical lines mail_list.csv has, counted from its bytes alone: the reconciliation
tests check intake against this count, which shares no code with the line reader
(stg_drop__mail_list_lines). Lines end with LF (a CR before it belongs to the ending) when the
file holds any LF, else with CR; a last line without an ending still counts. One row; for a
Parquet list, its rows plus the header line it does not have, so that the count means the same.
It also records the file's size and modification time, so that a test run later can tell that
the file changed after the build (the counts would then be of another file).
"""
import os

BLOCK = 64 << 20


def model(dbt, session):
    dbt.config(materialized="table")
    dbt.ref("int_drop__output_directory")  # the output folder is prepared before the drop is read
    path, parquet = dbt.ref("int_drop__settings").project("mail_list_csv, mail_list_parquet").fetchall()[0]
    if parquet:
        lines = session.sql("select count(*) + 1 from read_parquet(?)", params=[parquet]).fetchall()[0][0]
        return session.sql("select cast(? as bigint) as physical_lines, ? as file_path, "
                           "cast(? as bigint) as file_bytes", params=[lines, parquet, os.path.getsize(parquet)])
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
    return session.sql("select cast(? as bigint) as physical_lines, ? as file_path, cast(? as bigint) as file_bytes",
                       params=[lines, path, size])
