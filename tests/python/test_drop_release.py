"""What a drop leaves behind across builds, on a copy of the sample build: a rerun never doubles
the drop log and never caps itself; a build that fails a check publishes no printer file, says
why and logs nothing; the next drop of the offer is capped by the drops that were released (and
only by them); a proof run is released but not logged; a drop can be taken out of the log. The
failed build's drop report says FAILED and names the check."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import SAMPLE, SAMPLE_IMB_VARS, DbtRun, copy_build, page_of, run_dbt

# Each later build rebuilds, on the copy, what depends on the drop's id and dates: the settings,
# the output folder, the date rules, and the frequency cap and all after it (de-duplication, the
# outcome, the barcodes, the marts, the exports, the release and drop_log). The address pass and
# the steps before the cap do not depend on them and stay as the first build left them.
FROM_THE_CAP_ON = ("int_drop__settings int_drop__output_directory date_currency_checks+ "
                   "int_mail_list__internal_suppression+")
CAPPED = "select count(*) from marts.rejected_records where reason_code = 'SUPPRESS_FREQUENCY_CAP'"
LOG = "select drop_id, record_id, household_key, imb_serial from marts.drop_log order by all"
SERIALS = "select min(imb_serial), max(imb_serial), count(distinct imb_serial) from marts.drop_log where drop_id = '{}'"


def test_the_drop_log_holds_released_drops_only(sample_build: DbtRun, tmp_path: Path, chromium: Any) -> None:
    first = DbtRun(0, "", copy_build(sample_build, tmp_path) / "warehouse.duckdb", tmp_path / "output")
    log_after_first = first.query(LOG)
    mailed_first = first.query("select count(*) from marts.mail_ready")[0][0]
    assert len(log_after_first) == mailed_first > 4000
    capped_first = first.query(CAPPED)
    firms = {r for (r,) in first.query(
        "select record_id from marts.mail_ready where first_name is null and last_name is null and company is not null")}
    assert firms, "the sample drop mails company-only records"

    # a rerun replaces the drop's rows and is not capped by them
    rerun = run_dbt(tmp_path, "build", SAMPLE, select=FROM_THE_CAP_ON, extra_vars=SAMPLE_IMB_VARS)
    assert rerun.returncode == 0, rerun.output[-3000:]
    assert rerun.query(LOG) == log_after_first
    assert rerun.query("select count(*) from marts.mail_ready")[0][0] == mailed_first
    assert rerun.query(CAPPED) == capped_first

    # a trial drop whose mailing date breaks the 90-day rule: nothing published, nothing logged
    trial = run_dbt(tmp_path, "build", SAMPLE, select=FROM_THE_CAP_ON,
                    extra_vars={"drop_id": "TRIAL", "mailing_date": "2027-02-19", **SAMPLE_IMB_VARS})
    assert trial.returncode != 0
    out = tmp_path / "output"
    # the earlier release withdrawn too
    assert sorted(p.name for p in out.iterdir()) == ["DROP_FAILED.txt", "drop_report.html"]
    failure = (out / "DROP_FAILED.txt").read_text(encoding="utf-8")
    assert "DROP TRIAL NOT RELEASED" in failure
    assert "date rule mailing_within_days_of_coding" in failure and "2026-11-20, 2027-02-19; limit 2027-02-18" in failure
    assert "date rule mailing_within_days_of_coding" in trial.output  # and the console says the same
    # and the drop report, read in a browser, says FAILED and names the check with its dates
    with page_of(chromium, out / "drop_report.html") as (page, _):
        assert page.locator("#status").get_attribute("data-state") == "failed"
        assert page.locator("#status h2").inner_text().startswith("FAILED")
        failures = page.locator("#failures li").all_inner_texts()
        assert any("date rule mailing_within_days_of_coding" in line and "limit 2027-02-18" in line for line in failures)
        assert page.locator('tr[data-rule="mailing_within_days_of_coding"] [data-field=status]').inner_text() == "FAIL"
        assert page.locator("#no-files").is_visible() and page.locator("#files-table").count() == 0
    assert trial.query(LOG) == log_after_first

    # the next drop of the offer, ten days on, as a proof run: every piece of the first drop is
    # capped by the log, the trial caps nothing (it is not there), and the proof is released
    # without being logged
    # a drop of the same Mailer ID ten days on may not reuse a serial of the first: told to start
    # at 0, its serial check fails by name (the check alone, on the barcodes as built)
    reused = run_dbt(tmp_path, "test", SAMPLE, select="assert_imb_serials_unique_within_45_days",
                     extra_vars={"drop_id": "SECOND", "mailing_date": "2026-12-18", "serial_start": "0",
                                 **SAMPLE_IMB_VARS})
    assert reused.returncode != 0 and "assert_imb_serials_unique_within_45_days" in reused.output

    proof = run_dbt(tmp_path, "build", SAMPLE, select=FROM_THE_CAP_ON,
                    extra_vars={"drop_id": "PROOF-B", "mailing_date": "2026-12-18", "log_drop": "false",
                                **SAMPLE_IMB_VARS})
    assert proof.returncode == 0, proof.output[-3000:]
    assert proof.query(CAPPED)[0][0] >= mailed_first
    # the company-only records of the first drop are capped by their firm name in the log
    capped_firms = {r for (r,) in proof.query(
        "select record_id from marts.rejected_records where reason_code = 'SUPPRESS_FREQUENCY_CAP'"
        " and match_kinds = 'SUPPRESS_FREQUENCY_CAP:FIRM'")}
    assert firms <= capped_firms
    assert proof.query("""
        select count(*) from marts.mail_ready as m
        join marts.drop_log as l on l.record_id = m.record_id and l.drop_id = 'SAMPLE-2026-12'
    """) == [(0,)]
    assert (out / "release_manifest.json").exists() and (out / "mail_ready.csv").exists()
    assert not (out / "DROP_FAILED.txt").exists()
    assert proof.query(LOG) == log_after_first
    # its barcode serials carry on after the first drop's: none repeats within 45 days
    first_low, first_high, first_count = proof.query(SERIALS.format("SAMPLE-2026-12"))[0]
    assert (first_low, first_count) == (0, mailed_first) and first_high == mailed_first - 1
    proof_serials = proof.query("select min(imb_serial), count(distinct imb_serial), count(*) from intermediate.int_mail_list__imb")
    assert proof_serials[0][0] == first_high + 1 and proof_serials[0][1] == proof_serials[0][2]

    # the documented way to take a drop out of the log
    removed = run_dbt(tmp_path, "run-operation remove_drop_from_log --args '{drop_id: SAMPLE-2026-12}'", SAMPLE)
    assert removed.returncode == 0, removed.output
    assert f"removed {mailed_first} rows of drop 'SAMPLE-2026-12'" in removed.output
    assert removed.query("select count(*) from marts.drop_log") == [(0,)]
