"""Release the drop: publish the pending exports to output_dir, with a release manifest.

This model depends on every mart that exports a file, so under `dbt build` it runs only when
every model, data test, reconciliation test and date rule upstream of it passed (a failing test
skips what is downstream of it). It then, for each pending file, counts its records (read as CSV
or Parquet, not as lines) and takes its SHA-256, writes release_manifest.json, and moves the
files into output_dir with os.replace (a rename: a reader never sees half a file), the manifest
last. A `dbt run`, which runs no test, does not release: the files stay pending and the table
says why.

On Spark an export is a folder of part files (`<file>.parts`, and `<file>.header` for a CSV):
they are joined into the one file of the same name first (assemble_spark_exports), so that
output_dir holds the same files on both engines.
"""
import concurrent.futures
import datetime
import hashlib
import json
import os
import shutil

RELEASED_FILES = ["mail_ready.csv", "mail_ready.parquet", "rejected_records.csv", "drop_manifest.csv",
                  "cass_summary.csv", "date_currency_checks.csv", "source_quality.csv", "ncoa_updates.csv",
                  "ncoa_updates.parquet"]


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def on_spark(session):
    return hasattr(session, "createDataFrame")


def first_row(relation, columns):
    """The first row of a ref, as a tuple of the named columns (DuckDB relation or Spark DataFrame)."""
    if hasattr(relation, "project"):
        return relation.project(", ".join(columns)).fetchall()[0]
    return tuple(relation.select(*columns).first())


def part_files(folder):
    """The data files Spark wrote in a folder, in part order (its _SUCCESS and checksums left out)."""
    return sorted(name for name in os.listdir(folder) if name.startswith("part-") and not name.endswith(".crc"))


def assemble_spark_exports(pending_dir):
    """Join each `<file>.parts` folder (and the CSV's `<file>.header`) into the file `<file>`."""
    for entry in sorted(os.listdir(pending_dir)):
        if not entry.endswith(".parts"):
            continue
        name, parts = entry[: -len(".parts")], os.path.join(pending_dir, entry)
        target = os.path.join(pending_dir, name)
        if name.endswith(".parquet"):
            files = part_files(parts)
            if len(files) != 1:
                raise RuntimeError(f"{name}: Spark wrote {len(files)} Parquet parts in {parts}, expected one")
            os.replace(os.path.join(parts, files[0]), target)
        else:
            header = os.path.join(pending_dir, name + ".header")
            with open(target, "wb") as out:
                for folder in (header, parts):
                    for part in part_files(folder):
                        with open(os.path.join(folder, part), "rb") as f:
                            shutil.copyfileobj(f, out, 1 << 20)
            shutil.rmtree(header)
        shutil.rmtree(parts)


def rows_of(session, path):
    """The file's records: a CSV is read as CSV (a quoted field may hold a line break, so its lines
    are not its records), its header not counted."""
    if path.endswith(".parquet"):
        if on_spark(session):
            return session.read.parquet(path).count()
        return session.sql("select count(*) from read_parquet(?)", params=[path]).fetchall()[0][0]
    if on_spark(session):
        return session.read.csv(path, header=True, multiLine=True, quote='"', escape='"').count()
    # rejected_records.csv keeps a rejected line whole, however long (DuckDB's reader stops at
    # 2,000,000 bytes a line unless told otherwise; the other files hold no such line)
    longest = ", max_line_size = 1073741824" if os.path.basename(path) == "rejected_records.csv" else ""
    return session.sql("select count(*) from read_csv(?, header = true, all_varchar = true, delim = ',', "
                       "quote = '\"', escape = '\"'" + longest + ")", params=[path]).fetchall()[0][0]


def released_files(session, pending_dir):
    """Each pending file that is released, with its records and SHA-256. The digests are taken on
    other threads while the engine counts the records (hashlib lets go of the GIL for large
    blocks), so the two reads of the files overlap instead of following each other."""
    names = [name for name in RELEASED_FILES if os.path.exists(os.path.join(pending_dir, name))]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        digests = {name: pool.submit(sha256_of, os.path.join(pending_dir, name)) for name in names}
        rows = {name: rows_of(session, os.path.join(pending_dir, name)) for name in names}
        return [{"file": name, "rows": rows[name], "sha256": digests[name].result()} for name in names]


def model(dbt, session):
    dbt.config(materialized="table")
    # every mart that exports a file: their checks gate this model under `dbt build`
    dbt.ref("mail_ready")
    dbt.ref("rejected_records")
    dbt.ref("drop_manifest")
    dbt.ref("cass_summary")
    dbt.ref("date_currency_checks")
    dbt.ref("source_quality")
    dbt.ref("ncoa_updates")
    # and what the reconciliation tests read besides them, so that those tests gate it too
    # (tests/python/test_project.py checks that every data test is upstream of the release)
    dbt.ref("stg_drop__mail_list_line_count")
    output_dir, pending_dir = first_row(dbt.ref("int_drop__output_directory"), ["output_dir", "pending_dir"])
    (drop_id, offer_code, mailing_date, coding_date, command, version) = first_row(
        dbt.ref("int_drop__settings"),
        ["drop_id", "offer_code", "mailing_date", "coding_date", "dbt_command", "project_version"])
    schema = "file_name string, rows bigint, sha256 string, released_to string, note string, released_at timestamp"
    released_at = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    if command != "build":
        note = f"not released: `dbt {command}` runs no checks; `dbt build` checks and releases the drop"
        if on_spark(session):
            return session.createDataFrame([], schema)
        return session.sql("select cast(null as string) as file_name, cast(null as bigint) as rows, "
                           "cast(null as string) as sha256, ? as released_to, ? as note, "
                           "cast(? as timestamp) as released_at where false", params=[output_dir, note, released_at])
    if on_spark(session):
        assemble_spark_exports(pending_dir)
    files = released_files(session, pending_dir)
    manifest = {
        "drop_id": drop_id, "offer_code": offer_code, "mailing_date": str(mailing_date),
        "coding_date": str(coding_date), "project_version": version,
        "released_at": released_at.isoformat(), "files": files,
    }
    with open(os.path.join(pending_dir, "release_manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    for entry in files:
        os.replace(os.path.join(pending_dir, entry["file"]), os.path.join(output_dir, entry["file"]))
    os.replace(os.path.join(pending_dir, "release_manifest.json"), os.path.join(output_dir, "release_manifest.json"))
    shutil.rmtree(pending_dir, ignore_errors=True)
    if on_spark(session):
        return session.createDataFrame(
            [(entry["file"], entry["rows"], entry["sha256"], output_dir, "released", released_at) for entry in files],
            schema)
    values = ", ".join(["(?, ?, ?)"] * len(files)) or "(null, null, null)"
    params = [v for entry in files for v in (entry["file"], entry["rows"], entry["sha256"])]
    return session.sql(
        f"select file_name, cast(rows as bigint) as rows, sha256, ? as released_to, 'released' as note, "
        f"cast(? as timestamp) as released_at from (values {values}) as released(file_name, rows, sha256) "
        f"where file_name is not null",
        params=[output_dir, released_at, *params])
