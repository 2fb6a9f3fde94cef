"""Prepare the drop's folders before anything reads the drop (every staging model depends on this).

- output_dir (var output_dir, default output/<drop_id>, resolved in int_drop__settings) is made
  if need be and must be writable; if not, the build stops here, naming the var and the path.
- What an earlier build of this output_dir published (the printer files, the release manifest,
  a failure file) is withdrawn: output_dir only ever shows the outcome of the latest build.
- The pending folder (a sibling of output_dir) is emptied: the marts export into it, and
  drop_release moves its files into output_dir when every check has passed.
DuckDB's COPY does not create folders, hence a Python model. It runs on both engines: on DuckDB
`session` is the connection and a ref a relation; on Spark (the spark target) `session` is the
SparkSession and a ref a DataFrame.
"""
import os
import shutil
import tempfile

# every file a build may leave in output_dir (drop_release and report_build_outcome write them)
PUBLISHED_FILES = ["mail_ready.csv", "mail_ready.parquet", "rejected_records.csv", "drop_manifest.csv",
                   "cass_summary.csv", "date_currency_checks.csv", "source_quality.csv", "ncoa_updates.csv",
                   "ncoa_updates.parquet", "release_manifest.json", "DROP_FAILED.txt", "drop_report.html"]


def first_row(relation, columns):
    """The first row of a ref, as a tuple of the named columns (DuckDB relation or Spark DataFrame)."""
    if hasattr(relation, "project"):
        return relation.project(", ".join(columns)).fetchall()[0]
    return tuple(relation.select(*columns).first())


def one_row(session, sql, params):
    """A one-row result of parameterised SQL on either engine."""
    if hasattr(session, "createDataFrame"):
        return session.sql(sql, args=params)
    return session.sql(sql, params=params)


def model(dbt, session):
    dbt.config(materialized="table")
    settings = first_row(dbt.ref("int_drop__settings"), ["output_dir", "pending_dir"])
    output_dir, pending_dir = (os.path.abspath(path) for path in settings)
    try:
        os.makedirs(output_dir, exist_ok=True)
        with tempfile.TemporaryFile(dir=output_dir):
            pass
    except OSError as error:
        raise RuntimeError(
            f"var output_dir: cannot write to the output folder '{output_dir}' ({error.strerror or error}). "
            "Give output_dir a folder this user can create and write to.") from None
    for name in PUBLISHED_FILES:
        path = os.path.join(output_dir, name)
        if os.path.lexists(path):
            os.remove(path)
    shutil.rmtree(pending_dir, ignore_errors=True)
    os.makedirs(pending_dir)
    return one_row(session, "select ? as output_dir, ? as pending_dir, current_timestamp as prepared_at",
                   [output_dir, pending_dir])
