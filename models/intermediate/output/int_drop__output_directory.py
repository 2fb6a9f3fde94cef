"""Make the drop's output folder (DuckDB's COPY does not create folders) and record where it is.

The marts that export files depend on this model, so the folder exists before their
post-hooks write to it. The folder comes from int_drop__settings (var output_dir, default
output/<drop_id>), read when the build runs.
"""
import os


def model(dbt, session):
    dbt.config(materialized="table")
    output_dir = dbt.ref("int_drop__settings").project("output_dir").fetchall()[0][0]
    os.makedirs(output_dir, exist_ok=True)
    absolute = os.path.abspath(output_dir)
    return session.sql("select ? as output_dir, current_timestamp as prepared_at", params=[absolute])
