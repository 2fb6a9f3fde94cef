"""Line numbers stay physical lines when Spark reads the list in many splits (issue 19).

A list is written with every line shape the reader must get right (a byte-order mark, CRLF and
LF mixed, a lone CR inside a line, Windows-1252 bytes, blank lines, a line longer than a split,
a quoted field holding a line break, no final line break) and read as far as the intake spine on
both engines, Spark with splits of
4 KB, so the file of about 300 KB is read in dozens of partitions. Every line must have the same
number and text on both, and the lines named below what an editor shows.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, SAMPLE_VARS, SPARK_PYTHON, finish, spark_env, start_build

SPLIT_BYTES = 4096


def write_list(path: Path) -> list[bytes]:
    """The list file; returns its lines as an editor numbers them (terminators removed)."""
    sample = (ROOT / "sample_drop" / "mail_list.csv").read_bytes().split(b"\n")
    header, records = sample[0], [line for line in sample[1:] if line]
    lines = [b"\xef\xbb\xbf" + header]
    for number, record in enumerate(records[:2400]):
        if number % 97 == 5:
            lines.append(b"")  # a blank line
        if number % 211 == 7:
            record = record.replace(b",", b",Jos\xe9 ", 1)  # Windows-1252: not UTF-8
        if number % 307 == 11:
            record = record.replace(b",", b",A\rB", 1)  # a lone CR is part of the line
        if number == 1200:
            record = record + b"," + b"x" * (3 * SPLIT_BYTES)  # longer than a split
        if number % 401 == 13:
            # a quoted first name holding a line break (RFC 4180): one record over two lines
            fields = record.split(b",")
            lines += [fields[0] + b',"Ann', b'Marie",' + b",".join(fields[2:])]
            continue
        lines.append(record)
    body = b""
    for number, line in enumerate(lines):
        body += line + (b"\r\n" if number % 3 == 0 else b"\n")
    path.write_bytes(body[:-1])  # no line break after the last line
    return [lines[0][3:]] + lines[1:]


@pytest.fixture(scope="module")
def line_builds(tmp_path_factory: pytest.TempPathFactory) -> dict:
    base = tmp_path_factory.mktemp("split_lines")
    drop = base / "drop"
    shutil.copytree(ROOT / "sample_drop", drop)
    expected = write_list(drop / "mail_list.csv")
    vars_ = SAMPLE_VARS + f", input_dir: '{drop}'"
    spark = finish(*start_build("spark", base / "spark", vars_, select="+int_mail_list__intake",
                                extra_env={"DROP_HYGIENE_SPARK_SPLIT_BYTES": str(SPLIT_BYTES)}))
    duck = finish(*start_build("duckdb", base / "duckdb", vars_, select="+int_mail_list__intake"))
    assert duck.returncode == 0, duck.log[-3000:]
    assert spark.returncode == 0, spark.log[-3000:]
    con = duckdb.connect()
    spark_rows = con.execute(
        "select source_line, line, is_recoded from read_parquet(?) order by source_line",
        [str(spark.warehouse / "tables" / "staging.db" / "stg_drop__mail_list_lines" / "*.parquet")]).fetchall()
    duck_con = duckdb.connect(str(duck.warehouse / "drop_hygiene.duckdb"), read_only=True)
    duck_rows = duck_con.execute(
        "select source_line, line, is_recoded from staging.stg_drop__mail_list_lines order by source_line").fetchall()
    records = ("select source_line, last_line, record_id, first_name, fails_intake_malformed_row from {} "
               "order by source_line")
    spark_records = con.execute(records.format("read_parquet(?)"), [
        str(spark.warehouse / "tables" / "intermediate.db" / "int_mail_list__intake" / "*.parquet")]).fetchall()
    duck_records = duck_con.execute(records.format("intermediate.int_mail_list__intake")).fetchall()
    return {"drop": drop, "expected": expected, "spark": spark_rows, "duckdb": duck_rows,
            "spark_records": spark_records, "duckdb_records": duck_records}


def test_spark_reads_the_list_in_many_splits(line_builds: dict) -> None:
    """The setting the build ran with really splits this file (Spark's own count of partitions)."""
    path = line_builds["drop"] / "mail_list.csv"
    code = ("from pyspark.sql import SparkSession\n"
            f"spark = SparkSession.builder.master('local[2]').config('spark.ui.enabled', 'false')"
            f".config('spark.sql.files.maxPartitionBytes', '{SPLIT_BYTES}').getOrCreate()\n"
            f"print(spark.read.option('lineSep', '\\n').text({str(path)!r}).rdd.getNumPartitions())\n")
    out = subprocess.run([str(SPARK_PYTHON), "-c", code], capture_output=True, text=True, timeout=600,
                         env=spark_env(path.parent))
    partitions = int(out.stdout.strip().splitlines()[-1])
    assert partitions >= path.stat().st_size // SPLIT_BYTES - 1 > 50


def test_every_line_has_its_editor_number_on_spark(line_builds: dict) -> None:
    spark, expected = line_builds["spark"], line_builds["expected"]
    assert [number for number, _, _ in spark] == list(range(1, len(expected) + 1))
    by_number = {number: (line, recoded) for number, line, recoded in spark}
    for number, raw in enumerate(expected, start=1):
        try:
            text, recoded = raw.decode("utf-8"), False
        except UnicodeDecodeError:
            text, recoded = raw.decode("cp1252"), True
        assert by_number[number] == (text, recoded), number
    assert any("José" in line for line, _ in by_number.values())
    assert any("A\rB" in line for line, _ in by_number.values())


def test_spark_and_duckdb_read_the_same_lines(line_builds: dict) -> None:
    assert line_builds["spark"] == line_builds["duckdb"]


def test_spark_and_duckdb_read_the_same_records(line_builds: dict) -> None:
    """A record whose quoted field holds a line break is one record on both engines, numbered by
    its first line; every other line is a record of its own."""
    spark, duck = line_builds["spark_records"], line_builds["duckdb_records"]
    assert spark == duck
    across = [(first, last, name) for first, last, _, name, _ in spark if last != first]
    assert len(across) == 6 and all(last == first + 1 and name == "Ann\nMarie" for first, last, name in across)
    # each physical line after the header is in exactly one record
    covered = sorted(line for first, last, *_ in spark for line in range(first, last + 1))
    assert covered == list(range(2, len(line_builds["expected"]) + 1))
