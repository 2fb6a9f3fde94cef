#!/usr/bin/env python3
"""Write seeds/names/given_name_forms.csv, the nickname table every name match reads.

Each row says that a given name as lists write it (BILL, PEG, TED) is a form of a canonical
given name (WILLIAM, MARGARET, EDWARD). Two people at one delivery point with one surname are
taken for the same person when their given names are equal or share a canonical form.

Where the data comes from (both pinned in requirements.txt, nothing is fetched at run time):

  nicknames  the `nicknames` package on PyPI (Apache-2.0; a hand-curated table of English
             given names and their nicknames, github.com/carltonnorthern/nicknames). Every
             `has_nickname` row becomes (nickname, canonical name).
  Faker      the `faker` package (MIT): the lists of male and female given names of its
             en_US, en_GB, en_IE and en_NZ locales, used only to mark which nicknames belong to both sexes.

A given name is ambiguous (is_ambiguous = true on every row of that name) when it is on both
lists itself (TERRY), or when it and its canonical forms include a name only on the male list
and a name only on the female list (PAT: PATRICIA and PATRICK; CHRIS: CHRISTINA and
CHRISTOPHER; TONY: ANTHONY and ANTONIA). A name that only reaches a name of both sexes stays
what it is (ANDREW, whose forms include ANDY, is not ambiguous). An ambiguous name matches
another written name only when the rest of the record agrees (the match_people macro).

Run it after upgrading either package; `--check` exits 1 when the committed seed differs from
what the installed packages give (the test suite runs that).

Example:
    python scripts/build_name_seeds.py            # rewrite the seed
    python scripts/build_name_seeds.py --check    # is the seed what the packages say?
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from importlib import resources
from importlib.metadata import version
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "names" / "given_name_forms.csv"
HEADER = ["given_name", "canonical_name", "is_ambiguous"]
# the locales of the countries whose lists these are: Faker's generic "en" mixes sexes in its
# nickname lists (BOBBY, EDDIE on both), and the en_IN, en_KE and en_NG lists follow other naming
# traditions
SEX_LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ")


def fold(name: str) -> str:
    """A given name as the match keys fold it: upper case, letters A-Z only."""
    return re.sub(r"[^A-Z]", "", name.upper())


def nickname_pairs() -> set[tuple[str, str]]:
    """(nickname, canonical name) for every has_nickname row of the nicknames package."""
    text = resources.files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
    pairs = set()
    for row in csv.DictReader(io.StringIO(text)):
        if row["relationship"] != "has_nickname":
            continue
        nickname, canonical = fold(row["name2"]), fold(row["name1"])
        if nickname and canonical and nickname != canonical:
            pairs.add((nickname, canonical))
    return pairs


def sexed_names() -> tuple[set[str], set[str]]:
    """The male and female given names of Faker's SEX_LOCALES, folded."""
    import importlib

    import faker.providers.person as person

    male: set[str] = set()
    female: set[str] = set()
    for locale in SEX_LOCALES:
        provider = importlib.import_module(f"{person.__name__}.{locale}").Provider
        male |= {fold(n) for n in getattr(provider, "first_names_male", ())}
        female |= {fold(n) for n in getattr(provider, "first_names_female", ())}
    return male, female


def seed_rows() -> list[list[str]]:
    pairs = nickname_pairs()
    male, female = sexed_names()
    canonicals: dict[str, set[str]] = {}
    for nickname, canonical in pairs:
        canonicals.setdefault(nickname, set()).add(canonical)
    rows = []
    for nickname in sorted(canonicals):
        names = canonicals[nickname] | {nickname}
        ambiguous = nickname in male and nickname in female or (
            bool(names & (male - female)) and bool(names & (female - male)))
        for canonical in sorted(canonicals[nickname]):
            rows.append([nickname, canonical, "true" if ambiguous else "false"])
    return rows


def render(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([HEADER, *rows])
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare the committed seed with the packages, write nothing")
    parser.add_argument("--out", type=Path, default=SEED, help=f"where to write the seed (default {SEED})")
    args = parser.parse_args(argv)
    text = render(seed_rows())
    source = f"nicknames {version('nicknames')}, faker {version('faker')}"
    if args.check:
        if not args.out.exists() or args.out.read_text(encoding="utf-8") != text:
            print(f"{args.out} differs from what {source} give: run python scripts/build_name_seeds.py", file=sys.stderr)
            return 1
        print(f"{args.out} matches {source}")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 1} rows to {args.out} from {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
