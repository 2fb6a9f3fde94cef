#!/usr/bin/env python3
"""Generate a complete, self-consistent drop folder (SPEC section 2) with planted outcomes.

The drop has the eleven input files plus ``truth.csv``: for every physical data line of
``mail_list.csv`` the outcome that was planted (``MAILED`` or the SPEC reason code), so the
pipeline can be measured against it.

The reference universe is built on real ZIP codes with their real city and state (from the
``zipcodes`` package). Street segments, high-rises, PO boxes, rural routes and firms are made
up, but consistent: every deliverable address planted in the list exists in
``delivery_points`` and is covered by a ``zip4_ranges`` segment.

Everything is drawn from one ``numpy`` generator seeded with ``--seed``, so the same seed and
record count give byte-identical files. Work is vectorized (numpy / pandas), so ten million
records take minutes.

Example:
    python scripts/generate_drop.py --records 5000 --seed 7 --out sample_drop
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import zipcodes

# ---------------------------------------------------------------------------------------
# Vocabulary the generator draws from (its own; the pipeline's Pub 28 tables are seeds).
# ---------------------------------------------------------------------------------------
STREET_NAMES = np.array(
    """MAIN OAK PINE MAPLE CEDAR ELM WASHINGTON LAKE HILL PARK WALNUT SPRING CHURCH CHESTNUT
    RIDGE JEFFERSON LINCOLN MADISON FRANKLIN JACKSON ADAMS MONROE HIGHLAND SUNSET LAUREL
    DOGWOOD MAGNOLIA WILLOW HICKORY SYCAMORE BIRCH ASPEN SPRUCE JUNIPER MEADOW VALLEY RIVER
    FOREST ORCHARD BROOKSIDE CENTER UNION MARKET SCHOOL MILL BRIDGE PROSPECT PLEASANT
    FAIRVIEW GREENWOOD LAKEVIEW HILLCREST WOODLAND COLONIAL CHERRY POPLAR LOCUST BEECH
    HAWTHORNE ROSEWOOD SHERWOOD KENSINGTON STRATFORD WINDSOR HAMILTON FRANKFORT BAYVIEW
    HARBOR CANYON MESA SIERRA VISTA ALAMEDA CORONADO PRESIDIO SEMINOLE CHEROKEE DAKOTA
    MOHAWK SENECA ONEIDA HURON ERIE ONTARIO SUPERIOR TREMONT BEACON SALEM ESSEX DOVER
    CAMBRIDGE OXFORD LANCASTER DEVONSHIRE MONTGOMERY CLEVELAND GRANT SHERMAN GARFIELD
    HARRISON WILSON TAYLOR POLK TYLER PIERCE BUCHANAN FILLMORE""".split()
)
ORDINAL_NAMES = np.array(["1ST", "2ND", "3RD", "4TH", "5TH", "6TH", "7TH", "8TH", "9TH", "10TH"])
ORDINAL_WORDS = {
    "1ST": "FIRST", "2ND": "SECOND", "3RD": "THIRD", "4TH": "FOURTH", "5TH": "FIFTH",
    "6TH": "SIXTH", "7TH": "SEVENTH", "8TH": "EIGHTH", "9TH": "NINTH", "10TH": "TENTH",
}
SUFFIXES = np.array(["ST", "AVE", "RD", "DR", "LN", "BLVD", "CT", "PL", "WAY", "TER", "CIR", "PKWY"])
SUFFIX_P = np.array([22, 18, 14, 12, 8, 5, 6, 4, 4, 3, 2, 2], dtype=float)
# spelled-out and other common variants of each standard suffix, as lists carry them
SUFFIX_VARIANTS = {
    "ST": ["STREET", "STR", "St."], "AVE": ["AVENUE", "AV", "AVEN", "Av."], "RD": ["ROAD", "Rd."],
    "DR": ["DRIVE", "DRV", "Dr."], "LN": ["LANE", "Ln."], "BLVD": ["BOULEVARD", "BOULV", "Blvd."],
    "CT": ["COURT", "Ct."], "PL": ["PLACE"], "WAY": ["WAY"], "TER": ["TERRACE", "TERR"],
    "CIR": ["CIRCLE", "CIRC"], "PKWY": ["PARKWAY", "PKY", "PARKWY"],
}
DIRECTIONALS = np.array(["N", "S", "E", "W"])
POSTDIRECTIONALS = np.array(["N", "S", "E", "W", "NE", "NW", "SE", "SW"])
DIRECTIONAL_WORDS = {
    "N": "NORTH", "S": "SOUTH", "E": "EAST", "W": "WEST",
    "NE": "NORTHEAST", "NW": "NORTHWEST", "SE": "SOUTHEAST", "SW": "SOUTHWEST",
}
UNIT_VARIANTS = ["APT {}", "Apt. {}", "APARTMENT {}", "# {}", "#{}", "UNIT {}", "Apt {}"]
PO_BOX_VARIANTS = ["PO BOX {}", "P.O. Box {}", "P O Box {}", "Post Office Box {}", "POB {}", "p.o. box {}"]
FIRST_NAMES = np.array(
    """JAMES MARY ROBERT PATRICIA JOHN JENNIFER MICHAEL LINDA DAVID ELIZABETH WILLIAM BARBARA
    RICHARD SUSAN JOSEPH JESSICA THOMAS SARAH CHARLES KAREN CHRISTOPHER LISA DANIEL NANCY
    MATTHEW BETTY ANTHONY MARGARET MARK SANDRA DONALD ASHLEY STEVEN KIMBERLY PAUL EMILY
    ANDREW DONNA JOSHUA MICHELLE KENNETH CAROL KEVIN AMANDA BRIAN DOROTHY GEORGE MELISSA
    TIMOTHY DEBORAH RONALD STEPHANIE EDWARD REBECCA JASON SHARON JEFFREY LAURA RYAN CYNTHIA
    JACOB KATHLEEN GARY AMY NICHOLAS ANGELA ERIC SHIRLEY JONATHAN ANNA STEPHEN BRENDA LARRY
    PAMELA JUSTIN EMMA SCOTT NICOLE BRANDON HELEN BENJAMIN SAMANTHA SAMUEL KATHERINE GREGORY
    CHRISTINE ALEXANDER DEBRA FRANK RACHEL PATRICK CAROLYN RAYMOND JANET JACK CATHERINE""".split()
)
NON_ASCII_FIRST = np.array(["José", "Zoë", "Renée", "Björn", "François", "Łukasz", "Nuño", "Chloé"])
LAST_NAMES = np.array(
    """SMITH JOHNSON WILLIAMS BROWN JONES GARCIA MILLER DAVIS RODRIGUEZ MARTINEZ HERNANDEZ
    LOPEZ GONZALEZ WILSON ANDERSON THOMAS TAYLOR MOORE JACKSON MARTIN LEE PEREZ THOMPSON
    WHITE HARRIS SANCHEZ CLARK RAMIREZ LEWIS ROBINSON WALKER YOUNG ALLEN KING WRIGHT SCOTT
    TORRES NGUYEN HILL FLORES GREEN ADAMS NELSON BAKER HALL RIVERA CAMPBELL MITCHELL CARTER
    ROBERTS GOMEZ PHILLIPS EVANS TURNER DIAZ PARKER CRUZ EDWARDS COLLINS REYES STEWART
    MORRIS MORALES MURPHY COOK ROGERS GUTIERREZ ORTIZ MORGAN COOPER PETERSON BAILEY REED
    KELLY HOWARD RAMOS KIM COX WARD RICHARDSON WATSON BROOKS CHAVEZ WOOD JAMES BENNETT GRAY
    MENDOZA RUIZ HUGHES PRICE ALVAREZ CASTILLO SANDERS PATEL MYERS LONG ROSS FOSTER JIMENEZ
    OKAFOR KOWALSKI NAKAMURA OBRIEN MACDONALD VANDERBERG SCHMIDT MULLER ROSSI DUBOIS""".split()
)
NON_ASCII_LAST = np.array(["Muñoz", "Peña", "Nuñez", "Schäfer", "Çelik", "Ibáñez"])
NAME_SUFFIXES = np.array(["JR", "SR", "II", "III", "Jr.", "Sr."])
FIRM_WORDS = np.array(
    """ACME SUMMIT PIONEER LIBERTY KEYSTONE HERITAGE EVERGREEN FRONTIER PINNACLE CORNERSTONE
    MERIDIAN NORTHSTAR BLUEWATER IRONWOOD SILVERLINE""".split()
)
FIRM_KINDS = np.array(["SUPPLY CO", "DENTAL GROUP", "LAW OFFICES", "HARDWARE", "INSURANCE AGENCY", "BAKERY"])
LIST_SOURCES = np.array(["ACME_DATA", "BLUE_RIVER_LISTS", "CRM_EXPORT", "EVENT_SIGNUPS", "PARTNER_X"])
LIST_SOURCE_P = np.array([0.35, 0.25, 0.2, 0.1, 0.1])

MAIL_LIST_COLUMNS = [
    "record_id", "first_name", "middle_name", "last_name", "name_suffix", "company",
    "address_line_1", "address_line_2", "city", "state", "zip", "list_source", "customer_id",
    "Segment_Code",
]
# the fields that count toward a record's completeness (the dedupe survivor rule)
COMPLETENESS_FIELDS = [
    "first_name", "middle_name", "last_name", "name_suffix", "company", "address_line_1",
    "address_line_2", "city", "state", "zip", "list_source", "customer_id",
]

# Planted outcome rates, as fractions of the list. The rest is mailed.
PLANT_RATES: dict[str, float] = {
    "INTAKE_MALFORMED_ROW": 0.002,
    "INTAKE_MISSING_RECORD_ID": 0.002,
    "INTAKE_DUPLICATE_RECORD_ID": 0.003,
    "NCOA_MOVED_NO_FORWARD": 0.006,
    "NCOA_FORWARDING_EXPIRED": 0.012,
    "MAILED_NCOA_REROUTED": 0.03,
    "CASS_UNPARSEABLE": 0.004,
    "CASS_INVALID_ZIP": 0.005,
    "CASS_NOT_CODED": 0.008,
    "DPV_NOT_CONFIRMED": 0.015,
    "DPV_VACANT": 0.02,
    "SUPPRESS_DMA": 0.015,
    "SUPPRESS_DECEASED": 0.01,
    "SUPPRESS_PRISON": 0.003,
    "SUPPRESS_RECENT_CONVERTER": 0.01,
    "SUPPRESS_FREQUENCY_CAP": 0.01,
    "DEDUPE_HOUSEHOLD": 0.025,
}
STEP_OF = {
    "INTAKE": "intake", "NCOA": "ncoa", "CASS": "cass", "DPV": "dpv",
    "SUPPRESS_DMA": "external_suppression", "SUPPRESS_DECEASED": "external_suppression",
    "SUPPRESS_PRISON": "external_suppression", "SUPPRESS_RECENT_CONVERTER": "internal_suppression",
    "SUPPRESS_FREQUENCY_CAP": "internal_suppression", "DEDUPE": "dedupe",
}


def step_of(code: str) -> str:
    if code.startswith("MAILED"):
        return ""
    for prefix, step in STEP_OF.items():
        if code.startswith(prefix):
            return step
    raise ValueError(code)


class Progress:
    """Prints one line per stage with the elapsed time, to stderr."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.start = time.perf_counter()

    def __call__(self, message: str) -> None:
        if not self.quiet:
            print(f"[{time.perf_counter() - self.start:7.1f}s] {message}", file=sys.stderr, flush=True)


@dataclass
class Universe:
    city_state: pd.DataFrame
    zip4_ranges: pd.DataFrame
    delivery_points: pd.DataFrame  # with address components, for planting


def pick(rng: np.random.Generator, values: np.ndarray, n: int, p: np.ndarray | None = None) -> np.ndarray:
    if p is not None:
        p = p / p.sum()
    return values[rng.choice(len(values), size=n, p=p)]


# ---------------------------------------------------------------------------------------
# Reference universe
# ---------------------------------------------------------------------------------------
def build_city_state() -> pd.DataFrame:
    rows = [z for z in zipcodes.list_all() if z["active"]]
    frame = pd.DataFrame(
        {
            "zip5": [z["zip_code"] for z in rows],
            "city": [z["city"].upper() for z in rows],
            "state": [z["state"] for z in rows],
            "zip_type": [z["zip_code_type"] for z in rows],
            "alternate_cities": ["|".join(c.upper() for c in z["acceptable_cities"]) for z in rows],
        }
    )
    return frame.sort_values("zip5", kind="stable").reset_index(drop=True)


def choose_zips(rng: np.random.Generator, n_records: int, city_state: pd.DataFrame, used_zips: set[str],
                progress: Progress) -> pd.DataFrame:
    """The shard's ZIP codes: standard ZIPs of the 50 states and territories no other shard used,
    about one per 600 records (at least 10)."""
    standard = city_state[(city_state.zip_type == "STANDARD") & (city_state.state.str.len() == 2)]
    standard = standard[~standard.state.isin(["AA", "AE", "AP"]) & ~standard.zip5.isin(used_zips)]
    n_zips = int(min(max(round(n_records / 600), 10), len(standard)))
    chosen = standard.iloc[np.sort(rng.choice(len(standard), size=n_zips, replace=False))]
    progress(f"universe: {n_zips} ZIP codes")
    return chosen


class Zip4Numbering:
    """Hands out ZIP+4 add-ons, unique within each ZIP, in the order they are asked for."""

    def __init__(self, n_zips: int) -> None:
        self.n_zips = n_zips
        self.counter = np.zeros(n_zips, dtype=np.int64)

    def take(self, zip_index: np.ndarray) -> np.ndarray:
        order = np.argsort(zip_index, kind="stable")
        counts = np.bincount(zip_index, minlength=self.n_zips)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        rank = np.empty(len(zip_index), dtype=np.int64)
        rank[order] = np.arange(len(zip_index)) - starts[zip_index[order]]
        result = self.counter[zip_index] + rank
        np.add.at(self.counter, zip_index, 1)
        return 1000 + result * 7


@dataclass
class Streets:
    """The streets of the shard, one array element per street."""
    zip_index: np.ndarray
    name: np.ndarray
    suffix: np.ndarray
    predir: np.ndarray
    postdir: np.ndarray
    blocks: np.ndarray
    first_block: np.ndarray

    def __len__(self) -> int:
        return len(self.zip_index)

    def last_number(self, street: np.ndarray | int) -> np.ndarray | int:
        """The hundred just past the street's last block: where buildings off the house grid go."""
        return (self.first_block[street] + self.blocks[street]) * 100


def plan_streets(rng: np.random.Generator, zips: np.ndarray) -> Streets:
    """6-9 streets per ZIP, each 2-6 blocks long; a few with a directional for a name (NORTH ST,
    which Pub 28 keeps as the name); no street twice in a ZIP."""
    n_zips = len(zips)
    streets_per_zip = rng.integers(6, 10, size=n_zips)
    s_zip = np.repeat(np.arange(n_zips), streets_per_zip)
    n_streets = len(s_zip)
    name_pool = np.concatenate([STREET_NAMES, ORDINAL_NAMES])
    s_name = pick(rng, name_pool, n_streets)
    s_suffix = pick(rng, SUFFIXES, n_streets, SUFFIX_P)
    s_predir = np.where(rng.random(n_streets) < 0.15, pick(rng, DIRECTIONALS, n_streets), "")
    s_postdir = np.where(rng.random(n_streets) < 0.05, pick(rng, POSTDIRECTIONALS, n_streets), "")
    dir_named = rng.random(n_streets) < 0.01
    s_name = np.where(dir_named, pick(rng, np.array(["NORTH", "SOUTH", "EAST", "WEST"]), n_streets), s_name)
    s_predir = np.where(dir_named, "", s_predir)
    key = pd.Series(zips[s_zip]) + "|" + s_predir + "|" + s_name + "|" + s_suffix + "|" + s_postdir
    keep = ~key.duplicated().to_numpy()
    s_zip, s_name, s_suffix, s_predir, s_postdir = (a[keep] for a in (s_zip, s_name, s_suffix, s_predir, s_postdir))
    n_streets = len(s_zip)
    blocks = rng.integers(2, 7, size=n_streets)
    first_block = rng.integers(1, 40, size=n_streets)
    return Streets(s_zip, s_name, s_suffix, s_predir, s_postdir, blocks, first_block)


def street_segments(rng: np.random.Generator, streets: Streets, zips: np.ndarray, numbering: Zip4Numbering,
                    progress: Progress) -> tuple[pd.DataFrame, pd.DataFrame, np.ndarray]:
    """One ZIP+4 segment per block side (odd / even) and the houses in it (50 slots with the
    segment's parity, about 30% built, at least one): (segments, houses, routes per ZIP)."""
    seg_street = np.repeat(np.arange(len(streets)), streets.blocks * 2)
    within = np.concatenate([np.arange(b * 2) for b in streets.blocks]) if len(streets) else np.array([], int)
    seg_block = streets.first_block[seg_street] + within // 2
    seg_parity = np.where(within % 2 == 0, "O", "E")
    seg_low = seg_block * 100 + np.where(seg_parity == "O", 1, 0)
    seg_high = seg_block * 100 + np.where(seg_parity == "O", 99, 98)
    seg_zip = streets.zip_index[seg_street]
    n_seg = len(seg_street)

    slot_exists = rng.random((n_seg, 50)) < 0.3
    slot_exists[:, 0] = True  # at least one house per segment
    slot_exists[seg_parity == "E", 49] = False  # even side: x02 .. x98 is 49 numbers
    seg_idx, slot = np.nonzero(slot_exists)
    h_primary = seg_low[seg_idx] + 2 * slot + np.where(seg_parity[seg_idx] == "E", 2, 0)
    progress(f"universe: {len(streets)} streets, {n_seg} street segments, {len(h_primary)} houses")

    seg_zip4 = numbering.take(seg_zip)
    routes_per_zip = rng.integers(3, 9, size=len(zips))
    seg_route = np.array([f"C{r:03d}" for r in (seg_street % routes_per_zip[seg_zip]) + 1])
    segments = pd.DataFrame(
        {
            "zip5": zips[seg_zip], "zip4": [f"{z:04d}" for z in seg_zip4], "record_type": "S",
            "primary_low": seg_low, "primary_high": seg_high, "primary_parity": seg_parity,
            "predirectional": streets.predir[seg_street], "street_name": streets.name[seg_street],
            "suffix": streets.suffix[seg_street], "postdirectional": streets.postdir[seg_street],
            "secondary_designator": "", "secondary_low": "", "secondary_high": "",
            "secondary_parity": "", "carrier_route": seg_route,
        }
    )
    houses = pd.DataFrame(
        {
            "zip_index": seg_zip[seg_idx], "kind": "street", "primary_number": h_primary.astype(str),
            "predirectional": streets.predir[seg_street[seg_idx]], "street_name": streets.name[seg_street[seg_idx]],
            "suffix": streets.suffix[seg_street[seg_idx]], "postdirectional": streets.postdir[seg_street[seg_idx]],
            "secondary_designator": "", "secondary_number": "", "zip4": segments.zip4.to_numpy()[seg_idx],
            "delivery_point": [f"{p % 100:02d}" for p in h_primary], "firm_name": "",
        }
    )
    return segments, houses, routes_per_zip


def high_rises(rng: np.random.Generator, streets: Streets, zips: np.ndarray, numbering: Zip4Numbering,
               routes_per_zip: np.ndarray) -> tuple[pd.DataFrame, pd.DataFrame]:
    """About one apartment building per ZIP, on an existing street a block past its houses: a
    default ZIP+4 record for the building and one per floor of units (ZIP+4 records, units)."""
    n_zips = len(zips)
    hr_zip = np.nonzero(rng.random(n_zips) < 0.9)[0]
    hr_street = np.array([rng.choice(np.nonzero(streets.zip_index == z)[0]) for z in hr_zip], dtype=int)
    hr_primary = streets.last_number(hr_street) + 1
    hr_floors = rng.integers(3, 11, size=len(hr_zip))
    hr_units = rng.integers(4, 13, size=len(hr_zip))
    hr_default_zip4 = numbering.take(hr_zip)
    hr_rows, unit_rows = [], []
    hr_route = [f"C{(s % routes_per_zip[z]) + 1:03d}" for s, z in zip(hr_street, hr_zip)]
    for i, z in enumerate(hr_zip):
        st = hr_street[i]
        base = dict(zip5=zips[z], record_type="H", primary_low=hr_primary[i], primary_high=hr_primary[i],
                    primary_parity="B", predirectional=streets.predir[st], street_name=streets.name[st],
                    suffix=streets.suffix[st], postdirectional=streets.postdir[st], carrier_route=hr_route[i])
        # the default high-rise record: the building without a unit
        hr_rows.append(dict(base, zip4=f"{hr_default_zip4[i]:04d}", secondary_designator="",
                            secondary_low="", secondary_high="", secondary_parity=""))
        floor_zip4 = numbering.take(np.full(hr_floors[i], z))
        for f in range(hr_floors[i]):
            lo, hi = (f + 1) * 100 + 1, (f + 1) * 100 + hr_units[i]
            hr_rows.append(dict(base, zip4=f"{floor_zip4[f]:04d}", secondary_designator="APT",
                                secondary_low=str(lo), secondary_high=str(hi), secondary_parity="B"))
            for u in range(lo, hi + 1):
                unit_rows.append((z, str(hr_primary[i]), streets.predir[st], streets.name[st], streets.suffix[st],
                                  streets.postdir[st], "APT", str(u), f"{floor_zip4[f]:04d}", f"{u % 100:02d}"))
    units = pd.DataFrame(unit_rows, columns=["zip_index", "primary_number", "predirectional", "street_name",
                                             "suffix", "postdirectional", "secondary_designator",
                                             "secondary_number", "zip4", "delivery_point"])
    units["kind"] = "highrise"
    units["firm_name"] = ""
    default_of = {(z, str(p)): f"{d:04d}" for z, p, d in zip(hr_zip, hr_primary, hr_default_zip4)}
    units["building_zip4"] = [default_of[(z, p)] for z, p in zip(units.zip_index, units.primary_number)]
    return pd.DataFrame(hr_rows), units


def po_boxes(rng: np.random.Generator, zips: np.ndarray, numbering: Zip4Numbering) -> tuple[pd.DataFrame, pd.DataFrame]:
    """PO boxes 1-299 in every ZIP, in three ZIP+4 ranges of 100, about 60% rented (ZIP+4 records,
    boxes)."""
    n_zips = len(zips)
    box_rows = []
    for z in range(n_zips):
        zz = numbering.take(np.full(3, z))
        for r in range(3):
            box_rows.append(dict(zip5=zips[z], zip4=f"{zz[r]:04d}", record_type="P", primary_low=r * 100 + 1,
                                 primary_high=(r + 1) * 100, primary_parity="B", predirectional="",
                                 street_name="PO BOX", suffix="", postdirectional="", secondary_designator="",
                                 secondary_low="", secondary_high="", secondary_parity="", carrier_route="B001"))
    box_numbers = np.arange(1, 300)
    box_exists = rng.random((n_zips, len(box_numbers))) < 0.6
    bz, bi = np.nonzero(box_exists)
    bnum = box_numbers[bi]
    box_range = np.minimum((bnum - 1) // 100, 2)
    zip4_of_box = np.array([r["zip4"] for r in box_rows]).reshape(n_zips, 3)
    boxes = pd.DataFrame({
        "zip_index": bz, "kind": "pobox", "primary_number": bnum.astype(str), "predirectional": "",
        "street_name": "PO BOX", "suffix": "", "postdirectional": "", "secondary_designator": "",
        "secondary_number": "", "zip4": zip4_of_box[bz, box_range],
        "delivery_point": [f"{b % 100:02d}" for b in bnum], "firm_name": "",
    })
    return pd.DataFrame(box_rows), boxes


def rural_routes(rng: np.random.Generator, zips: np.ndarray,
                 numbering: Zip4Numbering) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A third of the ZIPs have RR 1 (some RR 2 too), boxes 1-200 in two ZIP+4 ranges, about 35%
    in use (ZIP+4 records, boxes)."""
    rr_rows, rr_dp = [], []
    rr_zip = np.nonzero(rng.random(len(zips)) < 0.33)[0]
    for z in rr_zip:
        for route in range(1, 1 + int(rng.integers(1, 3))):
            zz = numbering.take(np.full(2, z))
            for r in range(2):
                rr_rows.append(dict(zip5=zips[z], zip4=f"{zz[r]:04d}", record_type="R", primary_low=r * 100 + 1,
                                    primary_high=(r + 1) * 100, primary_parity="B", predirectional="",
                                    street_name=f"RR {route}", suffix="", postdirectional="",
                                    secondary_designator="", secondary_low="", secondary_high="",
                                    secondary_parity="", carrier_route=f"R{route:03d}"))
            exists = np.nonzero(rng.random(200) < 0.35)[0] + 1
            for b in exists:
                rr_dp.append((z, str(b), f"RR {route}", f"{zz[min((b - 1) // 100, 1)]:04d}", f"{b % 100:02d}"))
    rural = pd.DataFrame(rr_dp, columns=["zip_index", "primary_number", "street_name", "zip4", "delivery_point"])
    for col in ("predirectional", "suffix", "postdirectional", "secondary_designator", "secondary_number", "firm_name"):
        rural[col] = ""
    rural["kind"] = "rural"
    return pd.DataFrame(rr_rows), rural


def firms_and_prisons(rng: np.random.Generator, streets: Streets, zips: np.ndarray, numbering: Zip4Numbering,
                      routes_per_zip: np.ndarray) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two or three firms per ZIP, each with a ZIP+4 of its own on a street past its houses; the
    third, in about one ZIP in six (and always the first), is a correctional facility (ZIP+4
    records, delivery points)."""
    firm_rows, firm_dp = [], []
    for z in range(len(zips)):
        zst = np.nonzero(streets.zip_index == z)[0]
        n_firms = 2 + int(rng.random() < 0.17 or z == 0)
        zz = numbering.take(np.full(n_firms, z))
        for k in range(n_firms):
            st = int(rng.choice(zst))
            number = streets.last_number(st) + 11 + 2 * k  # past the houses, odd side
            prison = k == 2
            name = (f"{streets.name[st]} COUNTY CORRECTIONAL FACILITY" if prison
                    else f"{rng.choice(FIRM_WORDS)} {rng.choice(FIRM_KINDS)}")
            firm_rows.append(dict(zip5=zips[z], zip4=f"{zz[k]:04d}", record_type="F", primary_low=number,
                                  primary_high=number, primary_parity="O", predirectional=streets.predir[st],
                                  street_name=streets.name[st], suffix=streets.suffix[st],
                                  postdirectional=streets.postdir[st], secondary_designator="", secondary_low="",
                                  secondary_high="", secondary_parity="",
                                  carrier_route=f"C{(st % routes_per_zip[z]) + 1:03d}"))
            firm_dp.append((z, "prison" if prison else "firm", str(number), streets.predir[st], streets.name[st],
                            streets.suffix[st], streets.postdir[st], "", "", f"{zz[k]:04d}", f"{number % 100:02d}",
                            name))
    firms = pd.DataFrame(firm_dp, columns=["zip_index", "kind", "primary_number", "predirectional",
                                           "street_name", "suffix", "postdirectional", "secondary_designator",
                                           "secondary_number", "zip4", "delivery_point", "firm_name"])
    return pd.DataFrame(firm_rows), firms


def flag_delivery_points(rng: np.random.Generator, dps: pd.DataFrame) -> pd.DataFrame:
    """The DPV flags: about 3% vacant (never a prison), 0.6% of street and firm points CMRAs, 1%
    no-stat; firms and prisons are not residential."""
    n = len(dps)
    kind = dps.kind.to_numpy()
    dps["vacant"] = np.where((rng.random(n) < 0.03) & (kind != "prison"), "Y", "N")
    dps["cmra"] = np.where((rng.random(n) < 0.006) & np.isin(kind, ["street", "firm"]), "Y", "N")
    dps["no_stat"] = np.where((rng.random(n) < 0.01) & (dps.vacant == "N"), "Y", "N")
    dps["residential"] = np.where(np.isin(kind, ["firm", "prison"]), "N", "Y")
    return dps


def build_universe(rng: np.random.Generator, n_records: int, progress: Progress, city_state: pd.DataFrame,
                   used_zips: set[str]) -> Universe:
    """The shard's reference world: its ZIPs, streets, buildings, boxes, routes and firms, as the
    ZIP+4 and delivery point files describe them."""
    chosen = choose_zips(rng, n_records, city_state, used_zips, progress)
    zips = chosen.zip5.to_numpy()
    numbering = Zip4Numbering(len(zips))
    streets = plan_streets(rng, zips)
    segments, houses, routes_per_zip = street_segments(rng, streets, zips, numbering, progress)
    hr_rows, units = high_rises(rng, streets, zips, numbering, routes_per_zip)
    box_rows, boxes = po_boxes(rng, zips, numbering)
    rr_rows, rural = rural_routes(rng, zips, numbering)
    firm_rows, firms = firms_and_prisons(rng, streets, zips, numbering, routes_per_zip)

    zip4_ranges = pd.concat([segments, hr_rows, box_rows, rr_rows, firm_rows], ignore_index=True)
    zip4_ranges = zip4_ranges.sort_values(["zip5", "zip4"], kind="stable").reset_index(drop=True)

    dps = pd.concat([houses, units, boxes, rural, firms], ignore_index=True)
    dps["zip5"] = zips[dps.zip_index.to_numpy()]
    dps["city"] = chosen.city.to_numpy()[dps.zip_index.to_numpy()]
    dps["state"] = chosen.state.to_numpy()[dps.zip_index.to_numpy()]
    dps = flag_delivery_points(rng, dps)
    dps = dps.sort_values(["zip5", "zip4", "delivery_point"], kind="stable").reset_index(drop=True)
    progress(f"universe: {len(zip4_ranges)} ZIP+4 records, {len(dps)} delivery points")
    return Universe(city_state=city_state, zip4_ranges=zip4_ranges, delivery_points=dps)


# ---------------------------------------------------------------------------------------
# Formatting the mess real lists have
# ---------------------------------------------------------------------------------------
def messy_case(rng: np.random.Generator, values: pd.Series) -> pd.Series:
    roll = rng.random(len(values))
    return pd.Series(np.where(roll < 0.5, values.str.title(), np.where(roll < 0.6, values.str.lower(), values)),
                     index=values.index)


def format_street_address(rng: np.random.Generator, a: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Line 1 and line 2 for delivery points, with the variety real lists carry."""
    n = len(a)
    kind = a.kind.to_numpy()
    suffix = a.suffix.to_numpy().astype(object)
    spell = rng.random(n) < 0.35
    suffix_variant = np.array([
        SUFFIX_VARIANTS[s][int(r * len(SUFFIX_VARIANTS[s]))] if s in SUFFIX_VARIANTS else s
        for s, r in zip(suffix, rng.random(n))
    ], dtype=object)
    suffix = np.where(spell, suffix_variant, suffix)
    predir = a.predirectional.to_numpy().astype(object)
    spell_dir = rng.random(n) < 0.3
    predir = np.where(spell_dir & (predir != ""), [DIRECTIONAL_WORDS.get(d, d) for d in predir], predir)
    postdir = a.postdirectional.to_numpy().astype(object)
    postdir = np.where(spell_dir & (postdir != ""), [DIRECTIONAL_WORDS.get(d, d) for d in postdir], postdir)
    name = a.street_name.to_numpy().astype(object)
    spell_ord = rng.random(n) < 0.4
    name = np.where(spell_ord, [ORDINAL_WORDS.get(s, s) for s in name], name)
    primary = a.primary_number.to_numpy().astype(object)
    parts = [primary, predir, name, suffix, postdir]
    line1 = pd.Series([" ".join(p for p in row if p) for row in zip(*parts)], index=a.index)

    unit = a.secondary_number.to_numpy().astype(object)
    unit_fmt = rng.integers(0, len(UNIT_VARIANTS), size=n)
    unit_text = np.array([UNIT_VARIANTS[f].format(u) if u else "" for f, u in zip(unit_fmt, unit)], dtype=object)
    unit_in_line2 = rng.random(n) < 0.5
    line1 = pd.Series(np.where((unit_text != "") & ~unit_in_line2, line1 + " " + unit_text, line1), index=a.index)
    line2 = pd.Series(np.where((unit_text != "") & unit_in_line2, unit_text, ""), index=a.index)

    box_fmt = rng.integers(0, len(PO_BOX_VARIANTS), size=n)
    po_line = [PO_BOX_VARIANTS[f].format(p) for f, p in zip(box_fmt, primary)]
    line1 = pd.Series(np.where(kind == "pobox", po_line, line1), index=a.index)
    rr_line = [f"{s} BOX {p}" if r < 0.6 else f"{s.replace('RR', 'RURAL ROUTE')} BOX {p}"
               for s, p, r in zip(a.street_name, primary, rng.random(n))]
    line1 = pd.Series(np.where(kind == "rural", rr_line, line1), index=a.index)
    return messy_case(rng, line1), messy_case(rng, line2)


def format_zip(rng: np.random.Generator, zip5: pd.Series, zip4: pd.Series) -> pd.Series:
    roll = rng.random(len(zip5))
    return pd.Series(np.where(roll < 0.25, zip5 + "-" + zip4, np.where(roll < 0.35, zip5 + zip4, zip5)),
                     index=zip5.index)


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# ---------------------------------------------------------------------------------------
# The list, the moves and the suppression files
# ---------------------------------------------------------------------------------------
def allocate(rng: np.random.Generator, n: int) -> np.ndarray:
    """One planted outcome per list row (before intake rows are added)."""
    labels = list(PLANT_RATES) + ["MAILED"]
    p = np.array(list(PLANT_RATES.values()) + [1.0 - sum(PLANT_RATES.values())])
    counts = np.floor(p * n).astype(int)
    counts[-1] += n - counts.sum()
    out = np.repeat(np.array(labels, dtype=object), counts)
    rng.shuffle(out)
    return out


def person_names(rng: np.random.Generator, n: int) -> pd.DataFrame:
    first = pick(rng, FIRST_NAMES, n).astype(object)
    last = pick(rng, LAST_NAMES, n).astype(object)
    non_ascii = rng.random(n)
    first = np.where(non_ascii < 0.01, pick(rng, NON_ASCII_FIRST, n), first)
    last = np.where(non_ascii > 0.995, pick(rng, NON_ASCII_LAST, n), last)
    middle = np.where(rng.random(n) < 0.35, pick(rng, FIRST_NAMES, n), "")
    middle = np.where((middle != "") & (rng.random(n) < 0.5), [m[:1] for m in middle], middle)
    suffix = np.where(rng.random(n) < 0.03, pick(rng, NAME_SUFFIXES, n), "")
    return pd.DataFrame({"first_name": first, "middle_name": middle, "last_name": last, "name_suffix": suffix})


@dataclass
class Shard:
    """Where one shard's rows go: its list rows and moves are numbered after the earlier shards'."""
    rng: np.random.Generator
    records: int
    record_offset: int
    coa_offset: int
    first: bool
    # the name variants (nicknames, initials, firms, near-names) draw from a generator of their
    # own, so that adding them left every other file of a seed's drop as it was
    names: np.random.Generator


def generate(n_records: int, seed: int, out: Path, mailing_date: dt.date, offer_code: str,
             progress: Progress, shard_size: int = 1_000_000) -> dict[str, int]:
    """Write the drop. A large drop is made of independent shards of at most shard_size
    records, each with ZIP codes of its own, appended to the same files, so memory stays that of
    one shard. The first shard draws from the seed itself, so a drop of one shard is the same
    whatever the shard size."""
    out.mkdir(parents=True, exist_ok=True)
    city_state = build_city_state()
    city_state.to_csv(out / "city_state.csv", index=False)
    shards = -(-n_records // shard_size)
    sizes = [n_records // shards + (1 if k < n_records % shards else 0) for k in range(shards)]
    used_zips: set[str] = set()
    counts: dict[str, int] = {}
    record_offset = coa_offset = 0
    for k, size in enumerate(sizes):
        if shards > 1:
            progress(f"shard {k + 1} of {shards}: {size} records")
        rng = np.random.default_rng(seed if k == 0 else [seed, k])
        names = np.random.default_rng([seed, k, 14])
        shard = Shard(rng, size, record_offset, coa_offset, k == 0, names)
        shard_counts, lines, moves, zips = generate_shard(shard, out, mailing_date, offer_code, progress,
                                                          city_state, used_zips)
        for outcome, count in shard_counts.items():
            counts[outcome] = counts.get(outcome, 0) + count
        record_offset += lines
        coa_offset += moves
        used_zips |= zips
    return counts


INTAKE_AND_DEDUPE = ["INTAKE_MALFORMED_ROW", "INTAKE_MISSING_RECORD_ID", "INTAKE_DUPLICATE_RECORD_ID",
                     "DEDUPE_HOUSEHOLD"]


def place_people(rng: np.random.Generator, plan: np.ndarray, n_records: int, dps: pd.DataFrame,
                 progress: Progress) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The distinct people of the list (every planned row but intake problems and duplicates), each
    at a distinct existing, deliverable residential point, but the planted vacant rows (at vacant
    points) and prison rows (at a facility): (rows, deliverable points, spare points for movers)."""
    n_plain = int(np.sum(~np.isin(plan, INTAKE_AND_DEDUPE)))
    progress(f"list: {n_records} rows planned, {n_plain} distinct people")

    # people live at distinct, existing residential delivery points (no accidental households)
    live = dps[(dps.kind.isin(["street", "highrise", "pobox", "rural"]))]
    good = live[(live.vacant == "N") & (live.cmra == "N") & (live.no_stat == "N")]
    vacant = live[live.vacant == "Y"]
    need_good = n_plain + n_records // 10  # spare points for new addresses of movers
    if len(good) < need_good:
        raise SystemExit(f"universe too small: {len(good)} deliverable points for {need_good}")
    good_pick = rng.permutation(len(good))
    homes = good.iloc[good_pick[:n_plain]].reset_index(drop=True)
    spare = good.iloc[good_pick[n_plain:need_good]].reset_index(drop=True)

    rows = pd.DataFrame({"plan": plan[~np.isin(plan, INTAKE_AND_DEDUPE)]})
    # vacant planted rows live at vacant points instead
    is_vac = (rows.plan == "DPV_VACANT").to_numpy()
    vac_pick = vacant.iloc[rng.choice(len(vacant), size=int(is_vac.sum()), replace=False)].reset_index(drop=True)
    homes.loc[is_vac, homes.columns] = vac_pick[homes.columns].to_numpy()
    # prison planted rows live at a facility
    prisons = dps[dps.kind == "prison"]
    is_pri = (rows.plan == "SUPPRESS_PRISON").to_numpy()
    if len(prisons):
        homes.loc[is_pri, homes.columns] = prisons.iloc[rng.integers(0, len(prisons), int(is_pri.sum()))][
            homes.columns].to_numpy()
    else:
        rows.loc[is_pri, "plan"] = "MAILED"
    rows = pd.concat([rows, homes], axis=1)
    rows = pd.concat([rows, person_names(rng, len(rows))], axis=1)
    rows["note"] = ""
    rows["expected_dpv"] = "Y"
    rows["company"] = np.where(rows.kind.isin(["firm", "prison"]), rows.firm_name, "")
    return rows, good, spare


def write_address_text(rng: np.random.Generator, rows: pd.DataFrame) -> np.ndarray:
    """The address as the list writes it (Pub 28 variants, messy case, ZIP forms); returns which rows
    will spell their state out (drawn here, applied with the other correctable mess)."""
    n = len(rows)
    line1, line2 = format_street_address(rng, rows)
    rows["address_line_1"], rows["address_line_2"] = line1, line2
    rows["city"] = messy_case(rng, rows.city)
    state_full = rng.random(n) < 0.03
    rows["state_text"] = rows.state
    rows["zip_text"] = format_zip(rng, rows.zip5, rows.zip4)
    return state_full


def plant_missing_units(rng: np.random.Generator, rows: pd.DataFrame) -> None:
    """High-rise residents written without their unit (DPV D): mailed, since reject_dpv_partial
    defaults to false."""
    n = len(rows)
    hr = (rows.kind == "highrise").to_numpy() & (rows.plan == "MAILED").to_numpy()
    drop_unit = hr & (rng.random(n) < 0.08)
    # two households of one surname in one building, both without their unit, would be one
    # delivery point and one household to CASS: plant at most one such row per building and name
    same_household = pd.Series(rows.zip5 + "|" + rows.primary_number + "|" + rows.street_name + "|"
                               + rows.last_name.str.upper()).where(drop_unit).duplicated(keep="first").to_numpy()
    drop_unit = drop_unit & ~same_household
    rows.loc[drop_unit, "address_line_1"] = [
        " ".join(p for p in (a.primary_number, a.predirectional, a.street_name, a.suffix, a.postdirectional) if p)
        for a in rows.loc[drop_unit].itertuples()]
    rows.loc[drop_unit, "address_line_2"] = ""
    rows.loc[drop_unit, "expected_dpv"] = "D"
    rows.loc[drop_unit, "note"] = "unit_missing"
    # without the unit, CASS codes the building's default record and the default delivery point
    rows.loc[drop_unit, "zip4"] = rows.loc[drop_unit, "building_zip4"]
    rows.loc[drop_unit, "delivery_point"] = [f"{int(p) % 100:02d}" for p in rows.loc[drop_unit, "primary_number"]]


def plant_cass_dpv_failures(rng: np.random.Generator, rows: pd.DataFrame, dps: pd.DataFrame) -> None:
    """Unparseable lines, unknown ZIPs, streets no segment holds, and house numbers where no house
    stands (DPV N)."""
    plan_s = rows.plan
    m = (plan_s == "CASS_UNPARSEABLE").to_numpy()
    rows.loc[m, "address_line_1"] = pick(rng, np.array(["SEE ATTACHED", "GENERAL DELIVERY PLEASE", "C/O FRONT DESK",
                                                        "UNKNOWN", "N/A", "BEHIND THE BARN"]), int(m.sum()))
    rows.loc[m, "address_line_2"] = ""
    m = (plan_s == "CASS_INVALID_ZIP").to_numpy()
    rows.loc[m, "zip_text"] = [f"{z:05d}" for z in rng.integers(0, 500, int(m.sum()))]  # not a real ZIP
    rows.loc[m, "city"] = pick(rng, np.array(["Nowhereville", "Springfeld Xyz", "Lost Valley"]), int(m.sum()))
    m = (plan_s == "CASS_NOT_CODED").to_numpy()
    rows.loc[m, "address_line_1"] = [f"{int(r)} ZZYZX QUARRY RD" for r in rng.integers(10000, 20000, int(m.sum()))]
    rows.loc[m, "address_line_2"] = ""
    m = (plan_s == "DPV_NOT_CONFIRMED").to_numpy() & (rows.kind == "street").to_numpy()
    # a number inside the segment's range and parity where no house stands
    existing = set(zip(dps.zip5, dps.zip4, dps.primary_number))
    bad_numbers = []
    for r in rows.loc[m].itertuples():
        p = int(r.primary_number)
        candidate = p
        for step in range(2, 100, 2):
            for c in (p + step, p - step):
                if c // 100 == p // 100 and c % 100 != 0 and (r.zip5, r.zip4, str(c)) not in existing:
                    candidate = c
                    break
            if candidate != p:
                break
        bad_numbers.append(str(candidate))
    ok = np.array([b != r for b, r in zip(bad_numbers, rows.loc[m, "primary_number"])], dtype=bool)
    rows.loc[m, "address_line_1"] = [a.replace(p, b, 1) for a, p, b in zip(rows.loc[m, "address_line_1"],
                                                                          rows.loc[m, "primary_number"], bad_numbers)]
    idx_m = np.nonzero(m)[0]
    rows.loc[idx_m[~ok], "plan"] = "MAILED"
    # DPV_NOT_CONFIRMED planted on a non-street point: turn into mailed
    rows.loc[(rows.plan == "DPV_NOT_CONFIRMED") & (rows.kind != "street"), "plan"] = "MAILED"
    rows.loc[rows.plan == "DPV_NOT_CONFIRMED", "expected_dpv"] = "N"


def plant_correctable_mess(rng: np.random.Generator, rows: pd.DataFrame, uni: Universe, city_state: pd.DataFrame,
                           state_full: np.ndarray) -> None:
    """Mess CASS corrects on rows that are mailed: a missing or wrong ZIP (where city, state and
    street give one answer), a street misspelled by one letter, the state spelled out."""
    n = len(rows)
    mailed = (rows.plan == "MAILED").to_numpy() & (rows.kind == "street").to_numpy() & (rows.note == "").to_numpy()
    seg = uni.zip4_ranges[uni.zip4_ranges.record_type == "S"]
    city_of_zip = dict(zip(city_state.zip5, city_state.city))
    # zips in the universe per (city, state) holding the same street and range: correction must be unique
    street_key = seg.zip5.map(city_of_zip) + "|" + seg.street_name + "|" + seg.suffix + "|" + seg.primary_low.astype(str)
    street_zips = street_key.groupby(street_key).size()
    row_key = (rows.zip5.map(city_of_zip) + "|" + rows.street_name + "|" + rows.suffix + "|"
               + ((rows.primary_number.str.extract(r"(\d+)")[0].fillna("0").astype(int) // 100) * 100
                  + np.where(rows.primary_number.str.extract(r"(\d+)")[0].fillna("0").astype(int) % 2 == 1, 1, 0)
                  ).astype(str))
    unique_street = row_key.map(street_zips).fillna(0).to_numpy() == 1
    roll = rng.random(n)
    zip_missing = mailed & unique_street & (roll < 0.01)
    rows.loc[zip_missing, "zip_text"] = ""
    rows.loc[zip_missing, "note"] = "zip_missing"
    other_zip = pick(rng, city_state[city_state.zip_type == "STANDARD"].zip5.to_numpy(), n)
    zip_wrong = mailed & unique_street & (roll >= 0.01) & (roll < 0.02) & (other_zip != rows.zip5.to_numpy())
    rows.loc[zip_wrong, "zip_text"] = other_zip[zip_wrong]
    rows.loc[zip_wrong, "note"] = "zip_wrong"
    # misspelled street: one letter changed, the result far from every other street in the ZIP
    names_in_zip = seg.groupby("zip5").street_name.agg(lambda s: sorted(set(s))).to_dict()
    miss = mailed & (roll >= 0.02) & (roll < 0.04) & (rows.street_name.str.len() >= 5).to_numpy() & \
        ~rows.street_name.isin(ORDINAL_NAMES).to_numpy()
    letters = "ABCDEFGHIJKLMNOPRSTUVWY"
    for i in np.nonzero(miss)[0]:
        name = rows.at[i, "street_name"]
        pos = 1 + int(rng.integers(0, len(name) - 2))
        new = name[:pos] + letters[int(rng.integers(0, len(letters)))] + name[pos + 1:]
        if new == name or any(edit_distance(new, other) <= 2 for other in names_in_zip[rows.at[i, "zip5"]]
                              if other != name):
            continue
        line = rows.at[i, "address_line_1"]
        fixed = line.replace(name, new, 1).replace(name.title(), new.title(), 1).replace(name.lower(), new.lower(), 1)
        if fixed != line:
            rows.at[i, "address_line_1"] = fixed
            rows.at[i, "note"] = "street_misspelled"
    state_names = {"NY": "New York", "CA": "California", "TX": "Texas", "PA": "Pennsylvania", "OH": "Ohio",
                   "IL": "Illinois", "FL": "Florida", "MI": "Michigan", "GA": "Georgia", "NC": "North Carolina"}
    spell_state = state_full & rows.state.isin(list(state_names)).to_numpy()
    rows.loc[spell_state, "state_text"] = rows.loc[spell_state, "state"].map(state_names)


def plant_movers(rng: np.random.Generator, rows: pd.DataFrame, good: pd.DataFrame, spare: pd.DataFrame,
                 mailing_date: dt.date, coa_offset: int, progress: Progress) -> pd.DataFrame:
    """The change-of-address file: a move for each planted mover (re-routed, forwarding expired, no
    forwarding address, beyond the lookback), and moves of people not on the list, one of them at a
    list address under another first name. Returns the moves, numbered after coa_offset."""
    n = len(rows)
    months_back = np.zeros(n, dtype=int)
    plan_s = rows.plan
    rer = (plan_s == "MAILED_NCOA_REROUTED").to_numpy()
    exp = (plan_s == "NCOA_FORWARDING_EXPIRED").to_numpy()
    nof = (plan_s == "NCOA_MOVED_NO_FORWARD").to_numpy()
    old = (plan_s == "MAILED").to_numpy() & (rows.note == "").to_numpy() & (rng.random(n) < 0.01)  # > lookback
    months_back[rer] = rng.integers(1, 16, int(rer.sum()))
    months_back[exp] = rng.integers(21, 46, int(exp.sum()))
    months_back[nof] = rng.integers(1, 46, int(nof.sum()))
    months_back[old] = rng.integers(51, 70, int(old.sum()))
    rows.loc[old, "note"] = "move_beyond_lookback"
    movers = rows[rer | exp | nof | old].copy()
    new_home = spare.iloc[:len(movers)].reset_index(drop=True)
    spare = spare.iloc[len(movers):].reset_index(drop=True)
    status = np.where(nof[rer | exp | nof | old],
                      pick(rng, np.array(["moved_left_no_address", "box_closed_no_order", "foreign_move"]),
                           len(movers), np.array([0.7, 0.15, 0.15])), "new_address")
    move_type = np.where(rng.random(len(movers)) < 0.7, "I", "F")
    mm = mailing_date.year * 12 + mailing_date.month - 1 - months_back[rer | exp | nof | old]
    eff = [f"{m // 12:04d}-{m % 12 + 1:02d}" if r < 0.6 else f"{m // 12:04d}{m % 12 + 1:02d}"
           for m, r in zip(mm, rng.random(len(movers)))]
    new_l1, new_l2 = format_street_address(rng, new_home)
    has_new = status == "new_address"
    coa_list = pd.DataFrame({
        "move_type": move_type, "move_effective_month": eff,
        "first_name": np.where(move_type == "I", movers.first_name.str.upper(), ""),
        "middle_name": "", "last_name": movers.last_name.str.upper().to_numpy(), "company": "",
        "old_address_line_1": movers.address_line_1.str.upper().to_numpy(),
        "old_address_line_2": movers.address_line_2.str.upper().to_numpy(),
        "old_city": movers.city.str.upper().to_numpy(), "old_state": movers.state.to_numpy(),
        "old_zip": movers.zip5.to_numpy(),
        "new_address_line_1": np.where(has_new, new_l1.str.upper(), ""),
        "new_address_line_2": np.where(has_new, new_l2.str.upper(), ""),
        "new_city": np.where(has_new, new_home.city, ""), "new_state": np.where(has_new, new_home.state, ""),
        "new_zip": np.where(has_new, new_home.zip5 + "-" + new_home.zip4, ""),
        "coa_status": status,
    })
    # re-routed movers take the new address: the truth keeps it for checking
    rows["new_zip5"], rows["new_zip4"], rows["new_delivery_point"] = "", "", ""
    mover_idx = np.nonzero(rer | exp | nof | old)[0]
    rer_m = rer[mover_idx]
    rows.loc[mover_idx[rer_m], "new_zip5"] = new_home.zip5.to_numpy()[rer_m]
    rows.loc[mover_idx[rer_m], "new_zip4"] = new_home.zip4.to_numpy()[rer_m]
    rows.loc[mover_idx[rer_m], "new_delivery_point"] = new_home.delivery_point.to_numpy()[rer_m]
    # moves of people who are not on the list (the bulk of a real COA file), and
    # a move at a list address under another first name (an individual move that must not match)
    n_bg = max(n // 3, 10)
    bg_home = good.iloc[rng.choice(len(good), size=n_bg)].reset_index(drop=True)
    bg_names = person_names(rng, n_bg)
    bg_l1, bg_l2 = format_street_address(rng, bg_home)
    bg_months = rng.integers(1, 48, n_bg)
    bg_mm = mailing_date.year * 12 + mailing_date.month - 1 - bg_months
    coa_bg = pd.DataFrame({
        "move_type": "I", "move_effective_month": [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in bg_mm],
        "first_name": bg_names.first_name.str.upper(), "middle_name": "", "last_name": "ZZ" + bg_names.last_name.str.upper(),
        "company": "", "old_address_line_1": bg_l1.str.upper(), "old_address_line_2": bg_l2.str.upper(),
        "old_city": bg_home.city, "old_state": bg_home.state, "old_zip": bg_home.zip5,
        "new_address_line_1": "", "new_address_line_2": "", "new_city": "", "new_state": "", "new_zip": "",
        "coa_status": "moved_left_no_address",
    })
    coa = pd.concat([coa_list, coa_bg], ignore_index=True)
    coa = coa.iloc[rng.permutation(len(coa))].reset_index(drop=True)
    coa.insert(0, "coa_id", [f"COA{coa_offset + i:09d}" for i in range(1, len(coa) + 1)])
    progress(f"moves: {len(coa)} change-of-address records ({len(coa_list)} of list members)")
    return coa


def suppression_files(rng: np.random.Generator, rows: pd.DataFrame, good: pd.DataFrame, dps: pd.DataFrame,
                      mailing_date: dt.date) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The DMA, deceased and prison files: the planted rows plus people not on the list (DMA and
    deceased), every facility (prison)."""
    n = len(rows)
    def suppression_people(mask: np.ndarray, extra: int) -> pd.DataFrame:
        hit = rows[mask]
        # the suppression file spells the name its own way: upper case, no middle name
        bg = good.iloc[rng.choice(len(good), size=extra)].reset_index(drop=True)
        bgn = person_names(rng, extra)
        bl1, bl2 = format_street_address(rng, bg)
        return pd.DataFrame({
            "first_name": np.concatenate([hit.first_name.str.upper(), bgn.first_name.str.upper()]),
            "last_name": np.concatenate([hit.last_name.str.upper(), "QQ" + bgn.last_name.str.upper()]),
            "address_line_1": np.concatenate([hit.address_line_1.str.upper(), bl1.str.upper()]),
            "address_line_2": np.concatenate([hit.address_line_2.str.upper(), bl2.str.upper()]),
            "city": np.concatenate([hit.city.str.upper(), bg.city]),
            "state": np.concatenate([hit.state, bg.state]),
            "zip": np.concatenate([hit.zip5, bg.zip5]),
        })

    dma = suppression_people((rows.plan == "SUPPRESS_DMA").to_numpy(), max(n // 100, 5))
    dma = dma.iloc[rng.permutation(len(dma))].reset_index(drop=True)
    dec = suppression_people((rows.plan == "SUPPRESS_DECEASED").to_numpy(), max(n // 200, 5))
    dec.insert(1, "middle_name", "")
    dec["date_of_death"] = [(mailing_date - dt.timedelta(days=int(d))).isoformat()
                            for d in rng.integers(30, 2000, len(dec))]
    dec = dec.iloc[rng.permutation(len(dec))].reset_index(drop=True)
    fac = dps[dps.kind == "prison"]
    prison = pd.DataFrame({
        "facility_name": fac.firm_name,
        "address_line_1": [" ".join(p for p in (a.primary_number, a.predirectional, a.street_name, a.suffix,
                                                a.postdirectional) if p) for a in fac.itertuples()],
        "address_line_2": "", "city": fac.city, "state": fac.state, "zip": fac.zip5 + "-" + fac.zip4,
    })
    return dma, dec, prison


def conversions_and_history(rng: np.random.Generator, rows: pd.DataFrame, record_offset: int,
                            mailing_date: dt.date, offer_code: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Customer ids (a third of the list), the CRM conversions (planted recent converters and
    conversions long ago) and the mail history (planted frequency caps, and pieces outside the cap
    or of another offer)."""
    n = len(rows)
    plan_s = rows.plan
    # customer ids: a third of the list carries one
    rows["customer_id"] = np.where(rng.random(n) < 0.33, [f"CUST{record_offset + i:08d}" for i in rng.permutation(n)], "")
    conv = (plan_s == "SUPPRESS_RECENT_CONVERTER").to_numpy()
    old_conv = (plan_s == "MAILED").to_numpy() & (rows.note == "").to_numpy() & (rng.random(n) < 0.01)
    rows.loc[old_conv, "note"] = "converted_long_ago"
    cv = rows[conv | old_conv]
    days = np.where(conv[conv | old_conv], rng.integers(1, 86, len(cv)), rng.integers(100, 400, len(cv)))
    crm = pd.DataFrame({
        "customer_id": cv.customer_id, "first_name": cv.first_name.str.upper(), "last_name": cv.last_name.str.upper(),
        "address_line_1": cv.address_line_1.str.upper(), "address_line_2": cv.address_line_2.str.upper(),
        "city": cv.city.str.upper(), "state": cv.state, "zip": cv.zip5,
        "converted_on": [(mailing_date - dt.timedelta(days=int(d))).isoformat() for d in days],
    })
    cap = (plan_s == "SUPPRESS_FREQUENCY_CAP").to_numpy()
    not_cap = (plan_s == "MAILED").to_numpy() & (rows.note == "").to_numpy() & (rng.random(n) < 0.02)
    rows.loc[not_cap, "note"] = "mailed_outside_cap"
    hist = rows[cap | not_cap]
    cap_h = cap[cap | not_cap]
    other_offer = rng.random(len(hist)) < 0.5
    h_days = np.where(cap_h, rng.integers(1, 29, len(hist)), np.where(other_offer, rng.integers(1, 29, len(hist)),
                                                                       rng.integers(35, 200, len(hist))))
    history = pd.DataFrame({
        "first_name": hist.first_name.str.upper(), "last_name": hist.last_name.str.upper(), "company": hist.company,
        "address_line_1": hist.address_line_1.str.upper(), "address_line_2": hist.address_line_2.str.upper(),
        "city": hist.city.str.upper(), "state": hist.state, "zip": hist.zip5,
        "offer_code": np.where(cap_h | ~other_offer, offer_code, "SPRING26"),
        "mailed_on": [(mailing_date - dt.timedelta(days=int(d))).isoformat() for d in h_days],
        "drop_id": [f"HIST-{d}" for d in h_days],
    })
    return crm, history


def list_rows(rng: np.random.Generator, rows: pd.DataFrame) -> pd.DataFrame:
    """The list's own rows, as the data partner writes them, with the truth kept beside them."""
    n = len(rows)
    rows["list_source"] = pick(rng, LIST_SOURCES, n, LIST_SOURCE_P)
    rows["Segment_Code"] = pick(rng, np.array(["A1", "A2", "B1", "C3"]), n)
    out_rows = pd.DataFrame({
        "first_name": messy_case(rng, rows.first_name), "middle_name": rows.middle_name,
        "last_name": messy_case(rng, rows.last_name), "name_suffix": rows.name_suffix, "company": rows.company,
        "address_line_1": rows.address_line_1, "address_line_2": rows.address_line_2, "city": rows.city,
        "state": rows.state_text, "zip": rows.zip_text, "list_source": rows.list_source,
        "customer_id": rows.customer_id, "Segment_Code": rows.Segment_Code,
        "plan": rows.plan, "note": rows.note, "expected_dpv": rows.expected_dpv,
        "zip5_truth": rows.zip5, "zip4_truth": rows.zip4, "dp_truth": rows.delivery_point,
        "new_zip5": rows.new_zip5, "new_zip4": rows.new_zip4, "new_delivery_point": rows.new_delivery_point,
        "dup_of": -1,
    })
    out_rows.loc[out_rows.plan == "MAILED_NCOA_REROUTED", "note"] = "ncoa_rerouted"
    out_rows.loc[out_rows.plan == "MAILED_NCOA_REROUTED", "plan"] = "MAILED"
    return out_rows


def plant_household_duplicates(rng: np.random.Generator, plan: np.ndarray, out_rows: pd.DataFrame,
                               rows: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """Household members and the same person from another list source, at the address of a mailed
    street row: (the duplicate rows, the rows they may copy)."""
    n_dup = int((plan == "DEDUPE_HOUSEHOLD").sum())
    base_pool = np.nonzero(((out_rows.plan == "MAILED") & (out_rows.note == "")
                            & (rows.kind == "street")).to_numpy())[0]
    base = rng.choice(base_pool, size=min(n_dup, len(base_pool)), replace=False)
    dups = out_rows.iloc[base].copy()
    same_person = rng.random(len(dups)) < 0.5
    new_first = messy_case(rng, pd.Series(pick(rng, FIRST_NAMES, len(dups)), index=dups.index))
    dups["first_name"] = np.where(same_person, dups.first_name.str.upper(), new_first)
    dups["middle_name"] = np.where(same_person, dups.middle_name, "")
    dups["name_suffix"] = np.where(same_person, dups.name_suffix, "")
    dups["list_source"] = np.where(same_person, pick(rng, LIST_SOURCES, len(dups)), dups.list_source)
    dups["customer_id"] = ""
    dups["address_line_1"] = dups.address_line_1.str.upper()
    dups["plan"] = "DEDUPE_HOUSEHOLD"
    dups["note"] = np.where(same_person, "same_person", "household_member")
    dups["dup_of"] = base
    return dups, base_pool



# ---------------------------------------------------------------------------------------
# Names as other files write them (issue: match people as a merge/purge bureau does)
# ---------------------------------------------------------------------------------------
NAME_FORMS_SEED = Path(__file__).resolve().parent.parent / "seeds" / "names" / "given_name_forms.csv"
# given names and a near-name that is another person (never a nickname of it): checked against
# the nickname seed when the table is read
NEAR_NAMES = {
    "DANIEL": "DANIELLE", "PAUL": "PAULA", "ERIC": "ERICA", "JOSEPH": "JOSEPHINE", "MICHAEL": "MICHELLE",
    "ROBERT": "ROBERTA", "GEORGE": "GEORGIA", "JOHN": "JOAN", "MARK": "MARIA", "JASON": "JASMINE",
    "BRIAN": "BRIANNA", "KEVIN": "KAREN", "JAMES": "JANET", "RYAN": "ROSE", "GARY": "GRACE",
    "ANNA": "ALAN", "MARY": "MARTY", "LINDA": "LYNN", "SUSAN": "SUSANA", "LAURA": "LAUREN",
    "DONNA": "DONALD", "CAROL": "CARL", "SANDRA": "SANDER", "NANCY": "NATHAN", "BETTY": "BERT",
}


@dataclass
class NameForms:
    """The nickname seed as the generator uses it."""
    nicknames: dict[str, list[str]]   # name of one sex -> its nicknames that are of one sex too
    ambiguous: dict[str, list[str]]   # name of one sex -> its nicknames that belong to both sexes
    near: dict[str, str]              # given name -> a near-name that shares no form with it


def read_name_forms() -> NameForms:
    seed = pd.read_csv(NAME_FORMS_SEED, dtype=str, keep_default_na=False)
    forms: dict[str, set[str]] = {}
    for given, canonical in zip(seed.given_name, seed.canonical_name):
        forms.setdefault(given, {given}).add(canonical)
    both_sexes = set(seed.given_name[seed.is_ambiguous == "true"])
    nicknames: dict[str, list[str]] = {}
    ambiguous: dict[str, list[str]] = {}
    for given, canonical in zip(seed.given_name, seed.canonical_name):
        if canonical in both_sexes:
            continue  # an ambiguous name itself matches a nickname only with the rest of the record
        (ambiguous if given in both_sexes else nicknames).setdefault(canonical, []).append(given)
    near = {name: other for name, other in NEAR_NAMES.items()
            if not (forms.get(name, {name}) & forms.get(other, {other}))}
    return NameForms(nicknames, ambiguous, near)


def firm_names(rng: np.random.Generator, n: int) -> np.ndarray:
    return np.char.add(np.char.add(pick(rng, FIRM_WORDS, n).astype(str), " "), pick(rng, FIRM_KINDS, n).astype(str))


def firm_variant(rng: np.random.Generator, name: str) -> str:
    """The same firm as another file writes it: case, punctuation, THE and legal endings."""
    forms = [name.title() + ".", "THE " + name, name + ", INC.", name.title() + " LLC", name + " L.L.C.",
             (name[:-3] + " COMPANY") if name.endswith(" CO") else name + " CORP"]
    return forms[int(rng.integers(0, len(forms)))]


def plant_firm_frequency_caps(rng: np.random.Generator, rows: pd.DataFrame) -> None:
    """A fifth of the planted frequency caps are company-only records (no person name): the same
    firm mailed the offer earlier, written its own way in mail_history's company column."""
    cap = np.nonzero((rows.plan == "SUPPRESS_FREQUENCY_CAP").to_numpy() & (rng.random(len(rows)) < 0.2))[0]
    rows.loc[rows.index[cap], ["first_name", "middle_name", "last_name", "name_suffix"]] = ""
    rows.loc[rows.index[cap], "company"] = firm_names(rng, len(cap))
    rows.loc[rows.index[cap], "note"] = "firm_capped"


def renamed(rng: np.random.Generator, first: pd.Series, forms: dict[str, list[str]], share: float) -> pd.Series:
    """A share of the given names that have a nickname, written as one of their nicknames."""
    choices = first.map(forms)
    take = choices.notna().to_numpy() & (rng.random(len(first)) < share)
    picks = [c[int(rng.integers(0, len(c)))] for c in choices[take]]
    out = first.copy()
    out[take] = picks
    return out


def decoy_entries(rows: pd.DataFrame, first: pd.Series, last: pd.Series) -> pd.DataFrame:
    """Suppression entries at list rows' addresses, under another person's name."""
    return pd.DataFrame({
        "first_name": first.to_numpy(), "last_name": last.to_numpy(),
        "address_line_1": rows.address_line_1.str.upper().to_numpy(),
        "address_line_2": rows.address_line_2.str.upper().to_numpy(),
        "city": rows.city.str.upper().to_numpy(), "state": rows.state.to_numpy(), "zip": rows.zip5.to_numpy(),
    })


def plant_name_variants(rng: np.random.Generator, rows: pd.DataFrame, dma: pd.DataFrame, dec: pd.DataFrame,
                        crm: pd.DataFrame, history: pd.DataFrame
                        ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Names the way other files write them, and people who must not be matched:
    - a third of the DMA, deceased, conversion and history entries give a nickname of the
      list's given name (BILL for WILLIAM), one that names no one of the other sex; a twentieth
      of the DMA and deceased entries only the initial (the list row is alone at its address);
    - mailed rows get decoys at their address that must not suppress them (note says which):
      a near-name on the DMA file (DANIELLE for DANIEL), the father or son on the deceased file
      (SR for a JR and JR for a SR), and a nickname of both sexes with no middle initial on the
      deceased file (PAT for PATRICIA)."""
    forms = read_name_forms()
    for frame in (dma, dec):
        initial = (frame.first_name.str.len() > 1).to_numpy() & (rng.random(len(frame)) < 0.05) \
            & ~frame.last_name.str.startswith("QQ").to_numpy()
        frame.loc[initial, "first_name"] = frame.first_name[initial].str[:1]
    for frame in (dma, dec, crm, history):
        frame["first_name"] = renamed(rng, frame.first_name, forms.nicknames, 1 / 3)

    free = (rows.plan == "MAILED").to_numpy() & (rows.note == "").to_numpy() & (rows.kind == "street").to_numpy()
    upper_first = rows.first_name.str.upper()
    near = free & upper_first.isin(list(forms.near)).to_numpy() & (rng.random(len(rows)) < 0.02)
    suffix = rows.name_suffix.str.upper().str.rstrip(".")
    family = free & ~near & suffix.isin(["JR", "SR"]).to_numpy() & (rng.random(len(rows)) < 0.5)
    both = free & ~near & ~family & upper_first.isin(list(forms.ambiguous)).to_numpy() \
        & (rows.middle_name == "").to_numpy() & (rng.random(len(rows)) < 0.02)
    rows.loc[near, "note"] = "near_name_on_dma"
    rows.loc[family, "note"] = "father_or_son_deceased"
    rows.loc[both, "note"] = "both_sex_nickname_deceased"
    near_rows, family_rows, both_rows = rows[near], rows[family], rows[both]
    other_suffix = np.where(suffix[family] == "JR", " SR", " JR")
    ambiguous_names = [forms.ambiguous[f][int(rng.integers(0, len(forms.ambiguous[f])))]
                       for f in upper_first[both]]
    dma = pd.concat([dma, decoy_entries(near_rows, upper_first[near].map(forms.near), near_rows.last_name.str.upper())],
                    ignore_index=True)
    dec_decoys = pd.concat([
        decoy_entries(family_rows, upper_first[family], family_rows.last_name.str.upper() + other_suffix),
        decoy_entries(both_rows, pd.Series(ambiguous_names, dtype=object), both_rows.last_name.str.upper()),
    ], ignore_index=True)
    dec_decoys.insert(1, "middle_name", "")
    dec_decoys["date_of_death"] = dec.date_of_death.iloc[0] if len(dec) else ""
    dec = pd.concat([dec, dec_decoys], ignore_index=True)
    history.loc[history.company != "", "company"] = [firm_variant(rng, c) for c in history.company[history.company != ""]]
    return dma, dec, crm, history


def plant_firm_duplicates(rng: np.random.Generator, out_rows: pd.DataFrame, dups: pd.DataFrame) -> None:
    """A fifth of the planted same-person duplicates become a firm listed twice: both records
    company-only (no person name), the second writing the firm its own way."""
    firm = np.nonzero((dups.note == "same_person").to_numpy() & (rng.random(len(dups)) < 0.2))[0]
    names = firm_names(rng, len(firm))
    people = ["first_name", "middle_name", "last_name", "name_suffix"]
    base = dups.dup_of.iloc[firm].to_numpy()
    out_rows.loc[out_rows.index[base], people] = ""
    out_rows.loc[out_rows.index[base], "company"] = names
    dups.loc[dups.index[firm], people] = ""
    dups.loc[dups.index[firm], "company"] = [firm_variant(rng, n) for n in names]
    dups.loc[dups.index[firm], "note"] = "same_firm"

def plant_intake_problems(rng: np.random.Generator, plan: np.ndarray, out_rows: pd.DataFrame, dups: pd.DataFrame,
                          base_pool: np.ndarray, record_offset: int) -> tuple[pd.DataFrame, np.ndarray]:
    """Lines the CSV reader cannot parse, rows without a record_id and rows repeating an earlier
    one; then every row shuffled and numbered after record_offset. Returns the rows in file order
    and, for each row's position before the shuffle, its position after."""
    n_mal = int((plan == "INTAKE_MALFORMED_ROW").sum())
    n_miss = int((plan == "INTAKE_MISSING_RECORD_ID").sum())
    n_rep = int((plan == "INTAKE_DUPLICATE_RECORD_ID").sum())
    extra = out_rows.iloc[rng.choice(base_pool, size=n_miss + n_rep)].copy()
    extra["plan"] = ["INTAKE_MISSING_RECORD_ID"] * n_miss + ["INTAKE_DUPLICATE_RECORD_ID"] * n_rep
    extra["note"] = ""
    everything = pd.concat([out_rows, dups, extra], ignore_index=True)
    everything["raw"] = ""
    malformed = pd.DataFrame({
        "plan": "INTAKE_MALFORMED_ROW", "note": "",
        "raw": [["{id},\"{f},{l},,,,12 ELM ST,,SPRINGFIELD,IL,62701,PARTNER_X,,A1",  # unbalanced quote
                 "{id},{f},{l}",                                                    # too few fields
                 "{id},{f},,{l},,,,1 MAIN ST,,X,Y,1,2,3,4,5,6"][k % 3]              # too many fields
                .format(id="", f=f.title(), l=lname.title())
                for k, (f, lname) in enumerate(zip(pick(rng, FIRST_NAMES, n_mal), pick(rng, LAST_NAMES, n_mal)))],
    })
    everything = pd.concat([everything, malformed], ignore_index=True)
    # base index of each dup must survive the shuffle: keep the original positions
    everything["orig_pos"] = np.arange(len(everything))
    order = rng.permutation(len(everything))
    everything = everything.iloc[order].reset_index(drop=True)
    pos_of = np.empty(len(everything), dtype=np.int64)
    pos_of[everything.orig_pos.to_numpy()] = np.arange(len(everything))
    everything["record_id"] = [f"R{record_offset + i:08d}" for i in range(1, len(everything) + 1)]
    # malformed rows keep a record id inside their raw text
    mal = (everything.plan == "INTAKE_MALFORMED_ROW").to_numpy()
    everything.loc[mal, "raw"] = [rid + r for r, rid in zip(everything.loc[mal, "raw"], everything.loc[mal, "record_id"])]
    everything.loc[everything.plan == "INTAKE_MISSING_RECORD_ID", "record_id"] = ""
    rep = np.nonzero((everything.plan == "INTAKE_DUPLICATE_RECORD_ID").to_numpy())[0]
    for i in rep:  # repeat the id of an earlier well-formed row that is not itself a repeat or empty
        j = int(rng.integers(0, max(i, 1)))
        while j > 0 and (everything.at[j, "record_id"] == ""
                         or everything.at[j, "plan"] in ("INTAKE_DUPLICATE_RECORD_ID", "INTAKE_MALFORMED_ROW")):
            j -= 1
        if i == 0 or everything.at[j, "record_id"] == "" or everything.at[j, "plan"] == "INTAKE_MALFORMED_ROW":
            everything.at[i, "plan"] = "MAILED"  # nothing earlier to repeat: it goes on as a fresh record
            everything.at[i, "record_id"] = f"R{record_offset + i + 1:08d}"
            continue
        everything.at[i, "record_id"] = everything.at[j, "record_id"]
    return everything, pos_of


def mark_dedupe_survivors(everything: pd.DataFrame, pos_of: np.ndarray) -> None:
    """The de-duplication truth: of a planted duplicate and its original, the survivor is the most
    complete, then the lowest record_id; the other is the one removed and names it."""
    filled = (everything[COMPLETENESS_FIELDS].fillna("").astype(str).apply(lambda c: c.str.strip() != "")).sum(axis=1)
    everything["completeness"] = filled
    everything["survivor_record_id"] = ""
    is_dup = (everything.plan == "DEDUPE_HOUSEHOLD").to_numpy()
    for i in np.nonzero(is_dup)[0]:
        j = pos_of[int(everything.at[i, "dup_of"])]
        a_key = (-everything.at[i, "completeness"], everything.at[i, "record_id"])
        b_key = (-everything.at[j, "completeness"], everything.at[j, "record_id"])
        if a_key < b_key:  # the planted duplicate wins: the original is the one removed
            everything.at[j, "plan"], everything.at[i, "plan"] = "DEDUPE_HOUSEHOLD", "MAILED"
            everything.at[j, "note"], everything.at[i, "note"] = everything.at[i, "note"], "dedupe_survivor"
            everything.at[j, "survivor_record_id"] = everything.at[i, "record_id"]
        else:
            everything.at[i, "survivor_record_id"] = everything.at[j, "record_id"]


def apply_analyst_corrections(rng: np.random.Generator, everything: pd.DataFrame, dps: pd.DataFrame) -> pd.DataFrame:
    """A quarter of the CASS_NOT_CODED rows were fixed by an analyst after review: the corrections
    file gives their real line 1, and they are mailed."""
    nc = np.nonzero((everything.plan == "CASS_NOT_CODED").to_numpy())[0]
    fix = nc[rng.random(len(nc)) < 0.25]
    # the real address of the row is its planted home: rebuild its line 1 from the truth
    home_line = dps.set_index(["zip5", "zip4", "delivery_point"])
    corr_rows = []
    for i in fix:
        key = (everything.at[i, "zip5_truth"], everything.at[i, "zip4_truth"], everything.at[i, "dp_truth"])
        if key not in home_line.index:
            continue
        h = home_line.loc[key]
        h = h.iloc[0] if isinstance(h, pd.DataFrame) else h
        if h.kind != "street":
            continue
        corr_rows.append({"record_id": everything.at[i, "record_id"],
                          "address_line_1": " ".join(p for p in (h.primary_number, h.predirectional, h.street_name,
                                                                 h.suffix, h.postdirectional) if p),
                          "address_line_2": "", "city": "", "state": "", "zip": ""})
        everything.at[i, "plan"] = "MAILED"
        everything.at[i, "note"] = "analyst_corrected"
    corrections = pd.DataFrame(corr_rows, columns=["record_id", "address_line_1", "address_line_2", "city",
                                                   "state", "zip"])
    return corrections


def write_shard_files(out: Path, shard: Shard, everything: pd.DataFrame, files: dict[str, pd.DataFrame],
                      progress: Progress) -> tuple[dict[str, int], int]:
    """Write (the first shard) or append (the others) the list, its truth and the other files:
    (planted counts, list rows)."""
    header = ",".join(MAIL_LIST_COLUMNS)
    csv_cols = everything[MAIL_LIST_COLUMNS].fillna("").astype(str)
    quoted = csv_cols.apply(lambda c: c.where(~c.str.contains(r'[,"]', regex=True),
                                              '"' + c.str.replace('"', '""') + '"'))
    joined = quoted.agg(",".join, axis=1)
    joined = np.where(everything.plan == "INTAKE_MALFORMED_ROW", everything.raw, joined)
    lines = [header, *joined] if shard.first else list(joined)
    mode = "w" if shard.first else "a"
    with open(out / "mail_list.csv", mode, encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    truth = pd.DataFrame({
        "source_line": np.arange(2 + shard.record_offset, len(everything) + 2 + shard.record_offset),
        "record_id": everything.record_id,
        "planted_outcome": everything.plan, "planted_step": [step_of(p) for p in everything.plan],
        "note": everything.note, "expected_dpv_code": np.where(everything.plan == "MAILED", everything.expected_dpv,
                                                                np.where(everything.plan == "DPV_NOT_CONFIRMED", "N", "")),
        "zip5": everything.zip5_truth.fillna(""), "zip4": everything.zip4_truth.fillna(""),
        "delivery_point": everything.dp_truth.fillna(""),
        "new_zip5": everything.new_zip5.fillna(""), "new_zip4": everything.new_zip4.fillna(""),
        "new_delivery_point": everything.new_delivery_point.fillna(""),
        "survivor_record_id": everything.survivor_record_id,
    })
    files = {"truth.csv": truth, **files}
    for name, frame in files.items():
        frame.to_csv(out / name, index=False, mode=mode, header=shard.first)
    counts = truth.planted_outcome.value_counts().to_dict()
    progress(f"wrote {len(truth)} list rows and the reference files to {out}")
    return {str(k): int(v) for k, v in counts.items()}, len(everything)


def generate_shard(shard: Shard, out: Path, mailing_date: dt.date, offer_code: str, progress: Progress,
                   city_state: pd.DataFrame, used_zips: set[str]) -> tuple[dict[str, int], int, int, set[str]]:
    """One shard of the drop, appended to the files: (planted counts, list rows, moves, ZIPs used).
    The steps draw from the shard's random generator in this order, which keeps a seed's drop the
    same from one version of the generator to the next."""
    rng, n_records = shard.rng, shard.records
    uni = build_universe(rng, n_records, progress, city_state, used_zips)
    dps = uni.delivery_points
    plan = allocate(rng, n_records)
    rows, good, spare = place_people(rng, plan, n_records, dps, progress)
    state_full = write_address_text(rng, rows)
    plant_missing_units(rng, rows)
    plant_cass_dpv_failures(rng, rows, dps)
    plant_correctable_mess(rng, rows, uni, city_state, state_full)
    coa = plant_movers(rng, rows, good, spare, mailing_date, shard.coa_offset, progress)
    dma, dec, prison = suppression_files(rng, rows, good, dps, mailing_date)
    plant_firm_frequency_caps(shard.names, rows)
    crm, history = conversions_and_history(rng, rows, shard.record_offset, mailing_date, offer_code)
    dma, dec, crm, history = plant_name_variants(shard.names, rows, dma, dec, crm, history)
    out_rows = list_rows(rng, rows)
    dups, base_pool = plant_household_duplicates(rng, plan, out_rows, rows)
    plant_firm_duplicates(shard.names, out_rows, dups)
    everything, pos_of = plant_intake_problems(rng, plan, out_rows, dups, base_pool, shard.record_offset)
    mark_dedupe_survivors(everything, pos_of)
    corrections = apply_analyst_corrections(rng, everything, dps)
    files = {
        "coa_moves.csv": coa, "zip4_ranges.csv": uni.zip4_ranges,
        "delivery_points.csv": dps[["zip5", "zip4", "primary_number", "secondary_designator", "secondary_number",
                                    "delivery_point", "vacant", "cmra", "no_stat", "residential"]],
        "suppress_dma.csv": dma, "suppress_deceased.csv": dec, "suppress_prison.csv": prison,
        "crm_conversions.csv": crm, "mail_history.csv": history, "address_corrections.csv": corrections,
    }
    counts, lines = write_shard_files(out, shard, everything, files, progress)
    return counts, lines, len(coa), set(uni.zip4_ranges.zip5.unique())


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Write a realistic drop folder (the eleven SPEC input files plus truth.csv) "
                    "with planted outcomes, deterministic for a seed.",
        epilog="Example: python scripts/generate_drop.py --records 100000 --seed 1 --out /tmp/drop_100k",
    )
    parser.add_argument("--records", type=int, required=True, help="number of planned list rows (about; "
                        "duplicates and intake problems are included)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the drop to")
    parser.add_argument("--mailing-date", type=dt.date.fromisoformat, default=dt.date(2026, 12, 8),
                        help="mailing date the moves, conversions and history are dated against (default 2026-12-08)")
    parser.add_argument("--offer-code", default="WINTER26", help="offer code of the drop (default WINTER26)")
    parser.add_argument("--shard-size", type=int, default=1_000_000,
                        help="records per shard (default 1,000,000): a larger drop is made of independent shards, "
                             "each with ZIP codes of its own, so memory stays that of one shard")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    if args.records < 100:
        parser.error("--records must be at least 100")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    progress = Progress(args.quiet)
    counts = generate(args.records, args.seed, args.out, args.mailing_date, args.offer_code, progress,
                      args.shard_size)
    if not args.quiet:
        for outcome, count in sorted(counts.items()):
            print(f"{outcome:32s} {count:>10d}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
