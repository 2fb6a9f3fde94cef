#!/usr/bin/env python3
"""Write drop_report.html, the one page an analyst approves a drop from.

Every `dbt build` writes the page into the drop's output_dir when it ends, whether the drop was
released or not: the on-run-end hook (macros/release/report_build_outcome.sql) hands this
module the build's outcome through a DuckDB function that the dbt-duckdb plugin below
registers (scripts/drop_report_plugin.py, loaded by profiles.yml). For a warehouse that is already built, run it yourself:

    python scripts/drop_report.py                     # the sample warehouse, into its output_dir
    python scripts/drop_report.py --warehouse W.duckdb --out /tmp/report.html
    python scripts/drop_report.py --screenshot docs/drop_report.png   # and a picture of it

The page is one self-contained file (no script, style sheet, font or image is fetched), so it
opens offline on a printer's machine and prints on paper. Its charts are drawn by matplotlib as
inline SVG and the page is a Jinja2 template (scripts/templates/drop_report.html.j2). It reads
only the drop's tables: the manifest, the rejected records, the date rules, source quality, the
CASS summary and the release; a table that this build did not make (a step failed or was
skipped before it) is named on the page as missing, never shown from an earlier build.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

TEMPLATES = Path(__file__).resolve().parent / "templates"
REPORT_NAME = "drop_report.html"
# the tables the page reads, by model (or seed) name
TABLES = ["int_drop__settings", "drop_manifest", "rejected_records", "reason_codes", "date_currency_checks",
          "source_quality", "cass_summary", "drop_release"]
EXAMPLES_PER_REASON = 3
# Debian's Chromium, headless, as root, with nothing that reaches for the network on its own
# (the screenshot here and the tests' browser)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


@dataclass
class BuildOutcome:
    """What the build said about itself: released or not, and why not."""

    state: str  # released | failed | not_released
    command: str = "build"
    failures: list[str] = field(default_factory=list)
    # tests that warned: each line names the test and its first rows; none holds the drop back
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0
    # model or seed name -> its relation, for the tables this build made
    relations: dict[str, str] = field(default_factory=dict)
    output_dir: str = ""
    docs_index: str = ""  # target/index.html of `dbt docs generate`, when there is one


Query = Callable[[str], list[dict[str, Any]]]


def query_with(con: Any) -> Query:
    def run(sql: str) -> list[dict[str, Any]]:
        relation = con.sql(sql)
        names = relation.columns
        return [dict(zip(names, row)) for row in relation.fetchall()]
    return run


def collect(query: Query, outcome: BuildOutcome) -> dict[str, Any]:
    """Everything the page shows, read from the drop's tables (a section whose table this build
    did not make is None, and named in `missing`)."""
    rel = outcome.relations
    data: dict[str, Any] = {"outcome": outcome, "missing": [name for name in TABLES if name not in rel]}

    settings = query(f"select * from {rel['int_drop__settings']}")[0] if "int_drop__settings" in rel else {}
    data["settings"] = settings
    data["piece_cost"] = Decimal(str(settings.get("piece_cost_usd") or 0))
    data["threshold"] = float(settings.get("source_dpv_failure_threshold") or 0)

    reason_rows = query(f"select reason_code, step, step_order, check_order, description from {rel['reason_codes']} "
                        "order by check_order") if "reason_codes" in rel else []
    data["manifest"] = None
    if "drop_manifest" in rel:
        rows = query(f"select * from {rel['drop_manifest']} order by step_order")
        codes = [r["reason_code"] for r in reason_rows]
        for row in rows:
            row["reasons"] = {code: int(row.get(code.lower()) or 0) for code in codes}
        data["manifest"] = {"steps": [r for r in rows if r["step"] != "total"],
                            "total": next((r for r in rows if r["step"] == "total"), None)}

    data["reasons"] = None
    if reason_rows and "rejected_records" in rel:
        counts = {r["reason_code"]: r["n"] for r in query(
            f"select reason_code, count(*) as n from {rel['rejected_records']} group by reason_code")}
        examples: dict[str, list[dict[str, Any]]] = {}
        for row in query(f"""
                select * from (
                    select *, row_number() over (partition by reason_code order by source_line) as example_rank
                    from {rel['rejected_records']}
                ) where example_rank <= {EXAMPLES_PER_REASON} order by reason_code, source_line"""):
            examples.setdefault(row["reason_code"], []).append(row)
        total = data["manifest"]["total"]["records_in"] if data["manifest"] and data["manifest"]["total"] else None
        data["reasons"] = [dict(r, count=int(counts.get(r["reason_code"], 0)),
                                share=(counts.get(r["reason_code"], 0) / total) if total else None,
                                examples=examples.get(r["reason_code"], []))
                           for r in reason_rows]

    data["date_rules"] = (query(f"select * from {rel['date_currency_checks']} order by rule_order")
                          if "date_currency_checks" in rel else None)
    data["sources"] = (query(f"select * from {rel['source_quality']} order by records desc, list_source")
                       if "source_quality" in rel else None)
    cass = query(f"select * from {rel['cass_summary']}") if "cass_summary" in rel else []
    data["cass"] = cass[0] if cass else None
    data["files"] = (query(f"select file_name, rows, sha256 from {rel['drop_release']} order by file_name")
                     if "drop_release" in rel and outcome.state == "released" else [])
    data["docs_href"] = ""
    if outcome.docs_index and os.path.exists(outcome.docs_index) and outcome.output_dir:
        data["docs_href"] = os.path.relpath(outcome.docs_index, outcome.output_dir)
    data["charts"] = charts(data)
    return data


# -- charts ---------------------------------------------------------------------------------------

def _svg(figure: Any) -> str:
    """The figure as an inline <svg> element: text kept as text (readable, searchable, printable
    in any font), no XML prolog, and the same bytes for the same data."""
    out = io.StringIO()
    figure.savefig(out, format="svg", bbox_inches="tight",
                   metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = out.getvalue()
    return svg[svg.index("<svg"):]


def import_chart_modules() -> None:
    """Import what the charts are drawn with (matplotlib's figure and its SVG writer), for a caller
    that wants the import done ahead of time. A failure is left for the charts to meet and name."""
    try:
        import matplotlib.backends.backend_svg  # noqa: F401
        import matplotlib.figure  # noqa: F401
    except Exception:  # noqa: BLE001 - _figure imports them again and says what failed
        pass


def _figure(width: float, height: float) -> Any:
    import matplotlib
    from matplotlib.figure import Figure

    # text.parse_math off: a `$` in a title or a list source's name is a dollar sign, not TeX
    matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "drop_hygiene", "text.parse_math": False,
                                "font.family": "sans-serif", "font.size": 9})
    return Figure(figsize=(width, height))


def piece_price(cost: Decimal) -> str:
    """A piece's price as written: at least cents ($0.65), more places only when given ($0.655)."""
    exponent = cost.normalize().as_tuple().exponent
    return f"${cost:,.2f}" if not isinstance(exponent, int) or exponent >= -2 else f"${cost.normalize():,}"


def waterfall_chart(manifest: dict[str, Any], reason_codes: list[str], piece_cost: Decimal) -> str:
    """Records read, what each step removed (stacked by reason), and the pieces mailed."""
    import matplotlib

    steps, total = manifest["steps"], manifest["total"]
    read, mailed = total["records_in"], total["records_out"]
    figure = _figure(9.0, 4.2)
    ax = figure.add_subplot()
    labels = ["records read"] + [s["step"].replace("_", "\n") for s in steps] + ["mailed"]
    ax.bar(0, read, color="#4c72b0", width=0.6)
    palette = matplotlib.colormaps["tab20"]
    colors = {code: palette(k % 20) for k, code in enumerate(reason_codes)}
    shown: set[str] = set()
    for k, step in enumerate(steps, start=1):
        bottom = step["records_out"]
        for code in reason_codes:
            n = step["reasons"].get(code, 0)
            if n:
                ax.bar(k, n, bottom=bottom, color=colors[code], width=0.6,
                       label=code if code not in shown else None)
                shown.add(code)
                bottom += n
        ax.annotate(f"−{step['removed']:,}", (k, step["records_in"]), ha="center", va="bottom",
                    xytext=(0, 2), textcoords="offset points")
    ax.bar(len(steps) + 1, mailed, color="#55a868", width=0.6)
    ax.annotate(f"{read:,}", (0, read), ha="center", va="bottom", xytext=(0, 2), textcoords="offset points")
    ax.annotate(f"{mailed:,}", (len(steps) + 1, mailed), ha="center", va="bottom", xytext=(0, 2),
                textcoords="offset points")
    removed_share = (read - mailed) / read if read else 0
    floor = 0
    if read and removed_share < 0.5:
        # the removals are a thin slice of the whole: start the axis near the mailed count so
        # that each reason can be seen, and say so on the axis
        floor = int(mailed * 0.9) // 100 * 100
    ax.set_ylim(floor, read * 1.06 if read else 1)
    ax.set_xticks(range(len(labels)), labels, fontsize=8)
    ax.set_ylabel(f"list records (axis starts at {floor:,})" if floor else "list records")
    ax.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(f"{read - mailed:,} of {read:,} records removed; at {piece_price(piece_cost)} a piece that is "
                 f"${Decimal(read - mailed) * piece_cost:,.2f} not spent", fontsize=10)
    if shown:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    return _svg(figure)


def source_chart(sources: list[dict[str, Any]], threshold: float) -> str:
    """DPV_NOT_CONFIRMED rate per list source, the threshold marked, flagged sources in red."""
    import matplotlib

    rows = sorted(sources, key=lambda s: (s["dpv_not_confirmed_rate"], s["list_source"]))
    figure = _figure(7.0, 0.45 * len(rows) + 1.2)
    ax = figure.add_subplot()
    rates = [100 * float(s["dpv_not_confirmed_rate"]) for s in rows]
    ax.barh(range(len(rows)), rates, color=["#c44e52" if s["is_flagged"] else "#4c72b0" for s in rows])
    ax.set_yticks(range(len(rows)), [s["list_source"] for s in rows])
    ax.axvline(100 * threshold, color="#c44e52", linestyle="--", linewidth=1)
    ax.annotate(f"threshold {100 * threshold:g}%", (100 * threshold, 1.0), xycoords=("data", "axes fraction"),
                ha="left", va="bottom", xytext=(3, 2), textcoords="offset points", color="#c44e52",
                annotation_clip=False)
    for k, rate in enumerate(rates):
        ax.annotate(f"{rate:.2f}%", (rate, k), va="center", xytext=(3, 0), textcoords="offset points")
    ax.set_xlim(0, max(rates + [100 * threshold]) * 1.25 or 1)
    ax.set_xlabel("DPV not confirmed, % of the source's lines")
    ax.xaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:g}%"))
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def charts(data: dict[str, Any]) -> dict[str, str]:
    out = {}
    if data["manifest"] and data["manifest"]["total"]:
        codes = [r["reason_code"] for r in data["reasons"] or []] or sorted(
            {c for s in data["manifest"]["steps"] for c in s["reasons"]})
        out["waterfall"] = waterfall_chart(data["manifest"], codes, data["piece_cost"])
    if data["sources"]:
        out["sources"] = source_chart(data["sources"], data["threshold"])
    return out


# -- the page -------------------------------------------------------------------------------------

def render(data: dict[str, Any]) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["count"] = lambda n: "" if n is None else f"{int(n):,}"
    env.filters["usd"] = lambda n: "" if n is None else f"${Decimal(str(n)):,.2f}"
    env.filters["price"] = lambda n: piece_price(Decimal(str(n)))
    env.filters["pct"] = lambda x, places=2: "" if x is None else f"{100 * float(x):.{places}f}%"
    env.filters["day"] = lambda d: "" if d is None else str(d)
    generated = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    return env.get_template("drop_report.html.j2").render(generated_at=generated, **data)


def write_report(query: Query, outcome: BuildOutcome, path: Path) -> Path:
    html = render(collect(query, outcome))
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)  # a reader never sees half a page
    return path


# -- from a dbt build (on-run-end) ----------------------------------------------------------------

def write_from_build(con: Any, payload: str) -> str:
    """The on-run-end entry point: payload is the JSON the hook makes of the build's outcome.
    Returns a line for dbt's log; never raises (a page that cannot be drawn must not turn a
    released drop into a failed build), but says what went wrong."""
    try:
        given = json.loads(payload)
        outcome = BuildOutcome(**given)
        outcome.output_dir = os.path.abspath(outcome.output_dir)
        outcome.docs_index = os.path.abspath(outcome.docs_index) if outcome.docs_index else ""
        path = Path(outcome.output_dir) / REPORT_NAME
        write_report(query_with(con.cursor()), outcome, path)
        return f"drop report: {path}"
    except Exception as error:  # noqa: BLE001 - reported in the build log, see above
        return f"drop report NOT written: {type(error).__name__}: {error}"


# -- from a built warehouse (command line) --------------------------------------------------------

def outcome_of_warehouse(query: Query, output_dir: str | None) -> BuildOutcome:
    """The last build's outcome as its warehouse and output folder tell it."""
    found = {r["table_name"]: f'"{r["table_schema"]}"."{r["table_name"]}"' for r in query(
        "select table_schema, table_name from information_schema.tables where table_name in ("
        + ", ".join(f"'{t}'" for t in [*TABLES, "int_drop__output_directory"]) + ")")}
    if not output_dir and "int_drop__output_directory" in found:
        output_dir = query(f"select output_dir from {found['int_drop__output_directory']}")[0]["output_dir"]
    if not output_dir:
        raise SystemExit("the warehouse holds no built drop (int_drop__output_directory is missing): "
                         "run `dbt build` first")
    released = "drop_release" in found and query(
        f"select count(*) as n from {found['drop_release']} where note = 'released'")[0]["n"] > 0
    failed_file = Path(output_dir) / "DROP_FAILED.txt"
    if failed_file.exists():
        lines = failed_file.read_text(encoding="utf-8").splitlines()
        return BuildOutcome("failed", failures=[ln.strip().removeprefix("- ") for ln in lines[1:] if ln.strip()],
                            relations=found, output_dir=output_dir)
    return BuildOutcome("released" if released else "not_released", relations=found, output_dir=output_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warehouse", type=Path,
                        default=Path(os.environ.get("DROP_HYGIENE_WAREHOUSE", "warehouse/drop_hygiene.duckdb")),
                        help="the built warehouse (default: $DROP_HYGIENE_WAREHOUSE or warehouse/drop_hygiene.duckdb)")
    parser.add_argument("--out", type=Path, help=f"where to write the page (default: <output_dir>/{REPORT_NAME})")
    parser.add_argument("--docs", type=Path, default=Path("target/index.html"),
                        help="dbt docs' index.html to link to, when it exists (default: target/index.html)")
    parser.add_argument("--screenshot", type=Path,
                        help="also save a full-page PNG of the report, drawn by headless Chromium (Debian's chromium)")
    args = parser.parse_args(argv)
    import duckdb

    if not args.warehouse.exists():
        print(f"{args.warehouse}: no such warehouse; run `dbt build` first", file=sys.stderr)
        return 2
    with duckdb.connect(str(args.warehouse), read_only=True) as con:
        query = query_with(con)
        outcome = outcome_of_warehouse(query, str(args.out.parent.resolve()) if args.out else None)
        outcome.docs_index = str(args.docs.resolve())
        path = write_report(query, outcome, args.out or Path(outcome.output_dir) / REPORT_NAME)
    print(path)
    if args.screenshot:
        screenshot(path, args.screenshot)
        print(args.screenshot)
    return 0


def screenshot(page_path: Path, png: Path, width: int = 1100) -> None:
    """A full-page PNG of the page in headless Chromium, offline."""
    import shutil

    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("--screenshot needs Debian's chromium: `make browser` (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_context(offline=True, viewport={"width": width, "height": 900}).new_page()
        page.goto(page_path.resolve().as_uri())
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png), full_page=True)
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
