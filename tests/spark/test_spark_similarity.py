"""Spark's Jaro-Winkler (street_similarity's spark__ version, written in Spark SQL) gives DuckDB's
jaro_winkler_similarity on street-name pairs: misspellings, transpositions, shared prefixes,
different lengths and names with nothing in common. The street correction of CASS compares it
with 0.90, so a difference in the third decimal would change which streets are corrected.
"""
from __future__ import annotations

import json
import random
import subprocess

import duckdb

from conftest import ROOT, SPARK_PYTHON, spark_env

NAMES = ["HILLCREST", "MOHAWK", "MAIN", "WASHINGTON", "MARTIN LUTHER KING", "OAK", "PEACHTREE", "ELM",
         "MAPLEWOOD", "SAINT CHARLES", "DIXON", "ABBEY", "KINGS HIGHWAY", "SHERWOOD", "MISSISSIPPI"]


def pairs(count: int = 240) -> list[tuple[str, str]]:
    chooser = random.Random(19)
    out = [("MAHAWK", "MOHAWK"), ("MOHAWK", "MOHAWKS"), ("HILLCRAST", "HILLCROFT"), ("MARTHA", "MARHTA"),
           ("ABC", "XYZ"), ("A", "A"), ("A", "B"), ("DIXON", "DICKSONX")]
    while len(out) < count:
        name = chooser.choice(NAMES)
        letters = list(name)
        for _ in range(chooser.randint(1, 3)):
            edit, at = chooser.randint(0, 3), chooser.randrange(len(letters))
            if edit == 0:
                letters[at] = chooser.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
            elif edit == 1 and len(letters) > 1:
                del letters[at]
            elif edit == 2:
                letters.insert(at, chooser.choice("AEIOURST"))
            elif at + 1 < len(letters):
                letters[at], letters[at + 1] = letters[at + 1], letters[at]
        out.append((name, "".join(letters)))
    return out


def test_spark_jaro_winkler_is_duckdbs(tmp_path) -> None:
    given = pairs()
    values = ", ".join(f"({number}, '{a}', '{b}')" for number, (a, b) in enumerate(given))
    inline = ("select pair, {{ street_similarity('a', 'b') }} as similarity "
              f"from values {values} as t(pair, a, b)")
    out = subprocess.run(
        [str(SPARK_PYTHON), str(ROOT / "scripts" / "run_on_spark.py"), "show", "--target", "spark", "--inline", inline,
         "--limit", str(len(given)), "--output", "json", "--log-format", "json", "--target-path", str(tmp_path / "t"),
         "--log-path", str(tmp_path / "logs")],
        cwd=ROOT, env=spark_env(tmp_path / "warehouse"), capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    shown = None
    for line in out.stdout.splitlines():
        if line.startswith("{") and '"preview"' in line:
            shown = json.loads(json.loads(line)["data"]["preview"])
    assert shown is not None, out.stdout[-3000:]
    spark = {row["pair"]: row["similarity"] for row in shown}
    con = duckdb.connect()
    for number, (a, b) in enumerate(given):
        expected = con.execute("select jaro_winkler_similarity(?, ?)", [a, b]).fetchone()[0]
        assert abs(spark[number] - expected) < 1e-9, (a, b, spark[number], expected)
