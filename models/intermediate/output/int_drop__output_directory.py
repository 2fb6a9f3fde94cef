"""Make the drop's output folder (DuckDB's COPY does not create folders) and record where it is.

The marts that export files depend on this model, so the folder exists before their
post-hooks write to it. The folder comes from the model's config (output_dir var, default
output/<drop_id>), set in _drop__models.yml.
"""
import os


def model(dbt, session):
    dbt.config(materialized="table")
    output_dir = dbt.config.get("output_dir")
    os.makedirs(output_dir, exist_ok=True)
    absolute = os.path.abspath(output_dir).replace("'", "''")
    return session.sql(f"select '{absolute}' as output_dir, current_timestamp as prepared_at")
