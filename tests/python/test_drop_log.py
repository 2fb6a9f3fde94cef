"""drop_log: re-running a drop never doubles it, a drop never caps itself, and the next drop of
the same offer inside the frequency cap is capped by it."""
from __future__ import annotations

from pathlib import Path

from conftest import SAMPLE, run_dbt


def test_rerun_leaves_the_log_alone_and_the_next_drop_is_capped(tmp_path: Path) -> None:
    first = run_dbt(tmp_path, "build", SAMPLE)
    assert first.returncode == 0, first.output[-3000:]
    log_after_first = first.query("select drop_id, record_id, household_key from marts.drop_log order by all")
    mailed_first = first.query("select count(*) from marts.mail_ready")[0][0]
    assert len(log_after_first) == mailed_first > 4000
    capped_first = first.query("select count(*) from marts.rejected_records where reason_code = 'SUPPRESS_FREQUENCY_CAP'")

    rerun = run_dbt(tmp_path, "build", SAMPLE)
    assert rerun.returncode == 0, rerun.output[-3000:]
    assert rerun.query("select drop_id, record_id, household_key from marts.drop_log order by all") == log_after_first
    # the log of this very drop does not cap it
    assert rerun.query("select count(*) from marts.mail_ready")[0][0] == mailed_first
    assert rerun.query("select count(*) from marts.rejected_records where reason_code = 'SUPPRESS_FREQUENCY_CAP'") == capped_first

    second = run_dbt(tmp_path, "build", SAMPLE, extra_vars={"drop_id": "SAMPLE-2026-12-B", "mailing_date": "2026-12-18",
                                                           "output_dir": str(tmp_path / "output_b")})
    assert second.returncode == 0, second.output[-3000:]
    capped = second.query("select count(*) from marts.rejected_records where reason_code = 'SUPPRESS_FREQUENCY_CAP'")[0][0]
    # every piece of the first drop, ten days earlier, is capped in the second
    assert capped >= mailed_first
    assert second.query("""
        select count(*) from marts.mail_ready as m
        join marts.drop_log as l on l.record_id = m.record_id and l.drop_id = 'SAMPLE-2026-12'
    """) == [(0,)]
    # the first drop's rows are still in the log, unchanged
    assert second.query("""
        select drop_id, record_id, household_key from marts.drop_log where drop_id = 'SAMPLE-2026-12' order by all
    """) == log_after_first
