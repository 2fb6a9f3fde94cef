"""The drop report (drop_report.html), as an analyst sees it: opened in a real headless browser
(Debian's Chromium through Playwright) with the network off, its numbers read from the rendered
page and checked against the warehouse. A failed build's report is checked in
test_drop_release.py, on the failed build made there."""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import drop_report  # scripts/ is on the path (conftest.py)
from conftest import PROJECT, DbtRun, copy_build, page_of

SCRIPT = [sys.executable, str(PROJECT / "scripts" / "drop_report.py")]


def number(text: str) -> int:
    return int(text.strip().replace(",", "").replace("−", "-"))


def dollars(text: str) -> Decimal:
    return Decimal(text.strip().replace("$", "").replace(",", ""))


def test_the_sample_report_shows_what_the_warehouse_holds(sample_build: DbtRun, chromium: Any, tmp_path: Path) -> None:
    report = sample_build.output_dir / "drop_report.html"
    q = sample_build.query
    with page_of(chromium, report) as (page, requests):
        shot = tmp_path / "drop_report.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 50_000  # a page, not a blank

        status = page.locator("#status")
        assert status.get_attribute("data-state") == "released" and status.locator("h2").inner_text() == "RELEASED"

        # the headline figures and every step of the manifest
        read, removed, mailed, saved = q("select records_in, removed, records_out, removed_cost_usd "
                                         "from marts.drop_manifest where step = 'total'")[0]
        assert number(page.inner_text("#lines-read")) == read
        assert number(page.inner_text("#lines-removed")) == removed
        assert number(page.inner_text("#pieces-mailed")) == mailed == q("select count(*) from marts.mail_ready")[0][0]
        assert dollars(page.inner_text("#cost-saved")) == saved
        steps = q("select step, records_in, removed, records_out, removed_cost_usd from marts.drop_manifest "
                  "order by step_order")
        assert len(steps) == 8
        for step, records_in, step_removed, records_out, cost in steps:
            row = page.locator(f'#manifest-table tr[data-step="{step}"]')
            assert number(row.locator("[data-field=records_in]").inner_text()) == records_in, step
            assert number(row.locator("[data-field=removed]").inner_text()) == step_removed, step
            assert number(row.locator("[data-field=records_out]").inner_text()) == records_out, step
            assert dollars(row.locator("[data-field=removed_cost_usd]").inner_text()) == cost, step
        # the waterfall is a drawn chart with the same totals on it
        chart = page.locator("#waterfall-chart svg")
        assert chart.count() == 1 and chart.bounding_box()["height"] > 200
        chart_text = chart.text_content()
        assert f"{read:,}" in chart_text and f"{mailed:,}" in chart_text

        # each reason's count and share, with examples for the reasons that removed lines
        counts = dict(q("select reason_code, count(*) from marts.rejected_records group by 1"))
        for (code,) in q("select reason_code from reference.reason_codes"):
            row = page.locator(f'#reasons-table tr[data-reason="{code}"]')
            assert number(row.locator("[data-field=count]").inner_text()) == counts.get(code, 0), code
            share = row.locator("[data-field=share]").inner_text()
            assert share == f"{100 * counts.get(code, 0) / read:.2f}%", code
            examples = page.locator(f'#examples-table tbody[data-examples="{code}"] tr')
            assert examples.count() == (1 + min(3, counts[code]) if code in counts else 0), code

        # every date rule with its result
        rules = q("select rule_name, passes from marts.date_currency_checks order by rule_order")
        assert len(rules) == 6
        for name, passes in rules:
            cell = page.locator(f'#date-rules-table tr[data-rule="{name}"] [data-field=status]')
            assert cell.inner_text() == ("PASS" if passes else "FAIL"), name

        # source quality: the table and a chart with the threshold on it
        for source, rate, flagged in q("select list_source, dpv_not_confirmed_rate, is_flagged from marts.source_quality"):
            row = page.locator(f'#source-table tr[data-source="{source}"]')
            assert row.locator("[data-field=dpv_not_confirmed_rate]").inner_text() == f"{100 * rate:.2f}%"
            assert row.locator("[data-field=is_flagged]").inner_text() == ("FLAGGED" if flagged else "no")
        assert "threshold 5%" in page.locator("#source-chart svg").text_content()

        # the PS 3553 blocks
        total_records, zip4, dpv_y, cass_mailed, processed = q(
            "select total_records, zip4_coded, dpv_confirmed, mailed, date_list_processed from marts.cass_summary")[0]
        blocks = page.locator("#ps3553-blocks")
        assert number(blocks.locator("[data-field=total_records]").inner_text()) == total_records
        assert number(blocks.locator("[data-field=zip4_coded]").inner_text()) == zip4
        assert number(blocks.locator("[data-field=dpv_confirmed]").inner_text()) == dpv_y
        assert number(blocks.locator("[data-field=mailed]").inner_text()) == cass_mailed == mailed
        assert blocks.locator("[data-field=date_list_processed]").inner_text() == str(processed)

        # links to every released file, relative, each one there
        links = page.locator("#files-table a")
        hrefs = [links.nth(k).get_attribute("href") for k in range(links.count())]
        released = sorted(name for (name,) in q("select file_name from marts.drop_release"))
        assert sorted(hrefs) == sorted([*released, "release_manifest.json"])
        assert all((report.parent / href).is_file() for href in hrefs)

        offline_text = page.inner_text("body")
        assert requests == [report.resolve().as_uri()]  # it asked for nothing but itself
    # and it is the same page with the network on
    with page_of(chromium, report, offline=False) as (page, requests):
        assert page.inner_text("body") == offline_text
        assert requests == [report.resolve().as_uri()]


class _References(HTMLParser):
    """Every tag, and every attribute value that could make a browser fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.references: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._in_style = tag == "style"
        for name, value in attrs:
            if name in ("src", "href", "xlink:href", "srcset", "poster", "data", "action", "background"):
                self.references.append(value or "")
            if name == "style":
                self.styles.append(value or "")

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False


def test_the_report_references_nothing_outside_its_folder(sample_build: DbtRun) -> None:
    page = _References()
    page.feed((sample_build.output_dir / "drop_report.html").read_text(encoding="utf-8"))
    assert not page.tags & {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base"}
    assert page.references, "the page links to its files"
    for ref in page.references:
        assert ":" not in ref.split("/")[0] and not ref.startswith("//"), ref  # relative: no scheme, no host
    css = "\n".join(page.styles).lower()
    assert "url(" not in css and "@import" not in css and "@font-face" not in css


def test_the_script_writes_the_report_of_a_built_warehouse(sample_build: DbtRun, chromium: Any, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    copy_build(sample_build, tmp_path)
    out = tmp_path / "again" / "drop_report.html"
    out.parent.mkdir()
    docs = tmp_path / "target" / "index.html"  # as `dbt docs generate` leaves it
    docs.parent.mkdir()
    docs.write_text("<html></html>", encoding="utf-8")
    assert drop_report.main(["--warehouse", str(tmp_path / "warehouse.duckdb"), "--out", str(out),
                             "--docs", str(docs)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    with page_of(chromium, out) as (page, _), page_of(chromium, sample_build.output_dir / "drop_report.html") as (built, _):
        assert page.locator("#status").get_attribute("data-state") == "released"
        for figure in ("#lines-read", "#lines-removed", "#pieces-mailed", "#cost-saved"):
            assert page.inner_text(figure) == built.inner_text(figure), figure
        assert page.locator("#date-rules-table").inner_text() == built.locator("#date-rules-table").inner_text()
        assert page.locator("#docs-link").get_attribute("href") == "../target/index.html"  # relative, it opens offline
    help_text = subprocess.run([*SCRIPT, "--help"], capture_output=True, text=True).stdout
    assert "drop_report.html" in help_text and "--warehouse" in help_text and "--screenshot" in help_text


def test_a_missing_warehouse_is_named(tmp_path: Path) -> None:
    done = subprocess.run([*SCRIPT, "--warehouse", str(tmp_path / "nope.duckdb")], capture_output=True, text=True)
    assert done.returncode == 2 and "nope.duckdb: no such warehouse" in done.stderr


@pytest.mark.parametrize("source", ["PARTNER $5 LIST", "A&B <lists>"])
def test_a_source_name_is_drawn_as_written(source: str) -> None:
    svg = drop_report.source_chart([{"list_source": source, "dpv_not_confirmed_rate": 0.07, "is_flagged": True},
                                    {"list_source": "CRM", "dpv_not_confirmed_rate": 0.01, "is_flagged": False}], 0.05)
    escaped = source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert escaped in svg and "threshold 5%" in svg


def test_a_build_that_removed_nothing_still_draws_its_waterfall() -> None:
    manifest = {"steps": [{"step": "intake", "step_order": 1, "records_in": 3, "removed": 0, "records_out": 3,
                           "reasons": {}}],
                "total": {"records_in": 3, "removed": 0, "records_out": 3}}
    svg = drop_report.waterfall_chart(manifest, ["INTAKE_MALFORMED_ROW"], Decimal("0.65"))
    assert "0 of 3 records removed; at $0.65 a piece that is $0.00 not spent" in svg


def test_a_report_that_cannot_be_drawn_is_said_not_raised(tmp_path: Path) -> None:
    # what the on-run-end hook gets back when the page fails: a line for the build log, so a
    # released drop is never turned into a failed build by its report
    import duckdb

    with duckdb.connect() as con:
        message = drop_report.write_from_build(con, '{"state": "released", "output_dir": "%s", "relations": '
                                                    '{"drop_manifest": "no_such_table"}}' % tmp_path)
    assert message.startswith("drop report NOT written: CatalogException") and "no_such_table" in message
    assert not (tmp_path / "drop_report.html").exists()


def test_the_plugin_leaves_what_dbt_parsed_out_of_garbage_collection_once_per_process() -> None:
    # dbt creates the plugin when it first opens DuckDB, once the project is parsed: every object
    # alive then (here, 20,000 lists standing in for the parsed manifest) is frozen, so the
    # collector's full passes during the build and at dbt's exit no longer walk it. A second run in
    # the same process (dbtRunner) creates the plugin again and must not freeze that run's objects,
    # or those that die in reference cycles would never be freed
    code = ("import gc, sys; sys.path.insert(0, sys.argv[1]); from drop_report_plugin import Plugin; "
            "before = gc.get_freeze_count(); held = [[i] for i in range(20000)]; "
            "Plugin(name='drop_report', plugin_config={}); first = gc.get_freeze_count() - before; "
            "more = [[i] for i in range(20000)]; Plugin(name='drop_report', plugin_config={}); "
            "print(first, gc.get_freeze_count() - before - first)")
    frozen = subprocess.run([sys.executable, "-c", code, str(PROJECT / "scripts")], capture_output=True,
                            text=True, check=True, cwd=PROJECT)
    first, second = map(int, frozen.stdout.split())
    assert first >= 20000
    # only gc.freeze() adds to the frozen count; it falls when a frozen object is freed (the chart
    # import thread the first plugin started frees some), so a second freeze would show as about
    # 20,000 more, and none as no more at all
    assert second <= 0
