"""Every name match of the checklist (DMA, deceased, converters, the frequency cap,
de-duplication) finds a person however the files write the name, as a merge/purge bureau does:
case, accents, punctuation, middle names, a suffix on one side, nicknames (Bill for William),
an initial that can only be one person there, a surname with or without its hyphen, SAINT or ST
at its start, a firm's
legal ending, titles before the name, the whole name keyed in one field, the given name and
surname in each other's fields (DMA and deceased only), and the no-break spaces and invisible
characters of text copied from a web page (on the list and on the files). It never takes a
different person at the same address for the same one: Danielle for Daniel, Ann for Alan, a
father for his son, Pat for Patricia without more to go on. End to end on one small drop at
dedupe_level individual, on real addresses of the sample reference files; rejected_records says
how each match was made."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from conftest import SAMPLE, make_drop, real_addresses, run_dbt

NBSP, SHY, ZWSP = "\u00a0", "\u00ad", "\u200b"


def web_copied(address_line: str) -> str:
    """The street line as a copy from a web page may key it: a soft hyphen inside its longest word of
    letters, a zero-width space after it, no-break spaces between the words (1194 CHE<SHY>RRY<ZWSP> TER)."""
    words = address_line.split(" ")
    longest = max(range(len(words)), key=lambda k: (words[k].isalpha(), len(words[k])))
    word = words[longest]
    words[longest] = word[:len(word) // 2] + SHY + word[len(word) // 2:] + ZWSP
    return NBSP.join(words)


# A list person: (record_id, first, middle, last, suffix, company). None for a slot means "at the
# address of the case before". Each case: the list people at one address, the entries of other
# files at that address, and the outcome and match kinds expected per record_id.
CASES = [
    # case, accents and an apostrophe differ
    dict(people=[("E1", "José", "", "O'Brien", "", "")], dma=[("JOSE", "OBRIEN")],
         expect={"E1": ("SUPPRESS_DMA", "SUPPRESS_DMA:EXACT")}),
    # a middle name on the list only, a suffix written into the suppression file's last name
    dict(people=[("E2", "Mary", "Ann", "Kowalski", "", "")], deceased=[("MARY", "", "Kowalski Jr.")],
         expect={"E2": ("SUPPRESS_DECEASED", "SUPPRESS_DECEASED:EXACT")}),
    # the suffix on the list, a middle initial on the suppression side only
    dict(people=[("E3", "Robert", "", "Nguyen", "III", "")], deceased=[("robert", "Q.", "nguyen")],
         expect={"E3": ("SUPPRESS_DECEASED", "SUPPRESS_DECEASED:EXACT")}),
    # the same address, another person: not suppressed
    dict(people=[("E4", "Linda", "", "Park", "", "")], dma=[("Karen", "Park")], expect={"E4": ("MAILED", "")}),
    # on both files: rejected once, for the first check in checklist order, with both flags and kinds
    dict(people=[("E5", "Edward", "", "Hughes", "", "")], dma=[("Edward", "Hughes")], deceased=[("EDWARD", "J", "HUGHES")],
         expect={"E5": ("SUPPRESS_DMA", "SUPPRESS_DMA:EXACT|SUPPRESS_DECEASED:EXACT")}),
    # nicknames on the suppression files: the worst miss is a deceased person mailed
    dict(people=[("N1", "William", "", "Harper", "", "")], dma=[("BILL", "HARPER")],
         expect={"N1": ("SUPPRESS_DMA", "SUPPRESS_DMA:NICKNAME")}),
    dict(people=[("N2", "Elizabeth", "", "Moore", "", "")], deceased=[("BETH", "", "MOORE")],
         expect={"N2": ("SUPPRESS_DECEASED", "SUPPRESS_DECEASED:NICKNAME")}),
    # a converter by nickname (no customer id on either side), and one by customer id
    dict(people=[("N3", "James", "", "Ortiz", "", "")], conversions=[("", "JIM", "ORTIZ", "")],
         expect={"N3": ("SUPPRESS_RECENT_CONVERTER", "SUPPRESS_RECENT_CONVERTER:NICKNAME")}),
    dict(people=[("N4", "Margaret", "", "Quinn", "", "")], conversions=[("", "Peg", "Quinn", "")],
         expect={"N4": ("SUPPRESS_RECENT_CONVERTER", "SUPPRESS_RECENT_CONVERTER:NICKNAME")}),
    # mailed the same offer a week ago as Ted
    dict(people=[("N5", "Edward", "", "Vance", "", "")], history=[("TED", "VANCE", "")],
         expect={"N5": ("SUPPRESS_FREQUENCY_CAP", "SUPPRESS_FREQUENCY_CAP:NICKNAME")}),
    # a company-only record, mailed the offer ten days ago under the firm's other spelling
    dict(people=[("F1", "", "", "", "", "Keystone Supply Co")], history=[("", "", "The Keystone Supply Company, Inc.")],
         expect={"F1": ("SUPPRESS_FREQUENCY_CAP", "SUPPRESS_FREQUENCY_CAP:FIRM")}),
    # a converter firm by name
    dict(people=[("F2", "", "", "", "", "Pinnacle Bakery LLC")], conversions=[("", "", "", "PINNACLE BAKERY")],
         expect={"F2": ("SUPPRESS_RECENT_CONVERTER", "SUPPRESS_RECENT_CONVERTER:FIRM")}),
    # a surname with its hyphen on the list, with a space on the DMA file
    dict(people=[("H1", "Ana", "", "Ruiz-Soto", "", "")], dma=[("ANA", "RUIZ SOTO")],
         expect={"H1": ("SUPPRESS_DMA", "SUPPRESS_DMA:EXACT")}),
    # an initial that can only be the one person there
    dict(people=[("I1", "Martin", "", "Novak", "", "")], deceased=[("M.", "", "NOVAK")],
         expect={"I1": ("SUPPRESS_DECEASED", "SUPPRESS_DECEASED:INITIAL")}),
    # father and son: the father's death never suppresses the son; a suffix on one side still matches
    dict(people=[("J1", "Paul", "", "Olsen", "Jr", "")], deceased=[("PAUL", "", "OLSEN SR")],
         expect={"J1": ("MAILED", "")}),
    dict(people=[("J2", "Roy", "", "Dunn", "III", "")], deceased=[("ROY", "", "DUNN")],
         expect={"J2": ("SUPPRESS_DECEASED", "SUPPRESS_DECEASED:EXACT")}),
    # another person at the same address is never suppressed
    dict(people=[("D1", "Daniel", "", "Park", "", "")], dma=[("DANIELLE", "PARK")], deceased=[("DANI", "", "PARK")],
         expect={"D1": ("MAILED", "")}),
    dict(people=[("D2", "Alan", "", "Kerr", "", "")], deceased=[("ANN", "", "KERR")],
         expect={"D2": ("MAILED", "")}),
    # Pat is Patricia or Patrick: no match without more; with the same middle initial, a match
    dict(people=[("P1", "Patricia", "", "Gray", "", "")], deceased=[("PAT", "", "GRAY")],
         expect={"P1": ("MAILED", "")}),
    dict(people=[("P2", "Patricia", "L", "Gray", "", "")], deceased=[("PAT", "L.", "GRAY")],
         expect={"P2": ("SUPPRESS_DECEASED", "SUPPRESS_DECEASED:NICKNAME")}),
    # de-duplication at individual level: father and son stay two pieces
    dict(people=[("S1", "Paul", "", "Olsen", "Jr", ""), ("S2", "Paul", "", "Olsen", "Sr", "")],
         expect={"S1": ("MAILED", ""), "S2": ("MAILED", "")}),
    # an initial and the full name are one person, as are a nickname and the name
    dict(people=[("M1", "Martin", "", "Novak", "", ""), ("M2", "M", "", "Novak", "", "")],
         expect={"M1": ("MAILED", ""), "M2": ("DEDUPE_INDIVIDUAL", "DEDUPE_INDIVIDUAL:INITIAL")}),
    dict(people=[("U1", "Sue", "", "Reyes", "", ""), ("U2", "Susan", "", "Reyes", "", "")],
         expect={"U1": ("MAILED", ""), "U2": ("DEDUPE_INDIVIDUAL", "DEDUPE_INDIVIDUAL:NICKNAME")}),
    # near-names at one address are two people
    dict(people=[("V1", "Daniel", "", "Lowe", "", ""), ("V2", "Danielle", "", "Lowe", "", ""),
                 ("V3", "Ann", "", "Lowe", "", ""), ("V4", "Alan", "", "Lowe", "", "")],
         expect={"V1": ("MAILED", ""), "V2": ("MAILED", ""), "V3": ("MAILED", ""), "V4": ("MAILED", "")}),
    # the name keyed across the fields as lists key it: a couple's titles, the whole name in the given
    # name's field, the surname first behind a comma, a middle initial in the given name, a nickname in
    # quotes; each is the same person as the file's plain name
    dict(people=[("T1", "Mr. & Mrs. Gary", "", "Reyes", "", "")], dma=[("GARY", "REYES")],
         expect={"T1": ("SUPPRESS_DMA", "SUPPRESS_DMA:EXACT")}),
    dict(people=[("T2", "Kathleen Davis", "", "", "", "")], deceased=[("KATHLEEN", "", "DAVIS")],
         expect={"T2": ("SUPPRESS_DECEASED", "SUPPRESS_DECEASED:EXACT")}),
    dict(people=[("T3", "", "", "Gutierrez, Nicholas", "", "")], dma=[("Nicholas", "Gutierrez")],
         expect={"T3": ("SUPPRESS_DMA", "SUPPRESS_DMA:EXACT")}),
    dict(people=[("T4", "Sarah Q.", "", "Richardson", "", "")], conversions=[("", "SARAH", "RICHARDSON", "")],
         expect={"T4": ("SUPPRESS_RECENT_CONVERTER", "SUPPRESS_RECENT_CONVERTER:EXACT")}),
    dict(people=[("T5", 'Jason "Bud"', "", "Sanders", "", "")], history=[("Dr. Jason", "SANDERS", "")],
         expect={"T5": ("SUPPRESS_FREQUENCY_CAP", "SUPPRESS_FREQUENCY_CAP:EXACT")}),
    # text copied from a web page: a no-break space between a firm's words and before its legal ending,
    # a soft hyphen and a zero-width space in the list's street, a firm on the mail history written with them
    dict(people=[("W1", "", "", "", "", "Cornerstone Hardware"), ("W2", "", "", "", "", f"Cornerstone{NBSP}Hardware,{NBSP}Inc.")],
         expect={"W1": ("MAILED", ""), "W2": ("DEDUPE_INDIVIDUAL", "DEDUPE_INDIVIDUAL:FIRM")}),
    dict(people=[("W3", "Rosa", "", f"Del{SHY}gado", "", "")], dma=[("ROSA", "DELGADO")], list_line_1=web_copied,
         expect={"W3": ("SUPPRESS_DMA", "SUPPRESS_DMA:EXACT")}),
    dict(people=[("W5", "", "", "", "", "Summit Hardware LLC")], history=[("", "", f"Summit{NBSP}Hardware{ZWSP}{NBSP}LLC")],
         expect={"W5": ("SUPPRESS_FREQUENCY_CAP", "SUPPRESS_FREQUENCY_CAP:FIRM")}),
    # the name goes to the printer as it reads, without the invisible characters
    dict(people=[("W6", f"Ro{ZWSP}sa{NBSP}", "", f"Mar{SHY}tinez", "", "")], expect={"W6": ("MAILED", "")}),
    # a unit designator that takes no number (Pub 28 C2: REAR) ends the printed line
    dict(people=[("K2", "Ida", "", "Brandt", "", "")], list_line_1=lambda line: line + " Rear", expect={"K2": ("MAILED", "")}),
    # an address an analyst corrected twice (address_corrections): the last row is applied whole, not
    # each field's largest value of the two rows (the first row's unit and the street with REAR)
    dict(people=[("K1", "Hal", "", "Brandt", "", "")], list_line_1=lambda line: "1 NOWHERE LN",
         corrections=lambda line: [[line + " REAR", "APT 5"], [line, ""]], expect={"K1": ("MAILED", "")}),
    # a converter by customer id alone (the CRM names the account's other holder): the id padded by a
    # fixed-width export, or digits only and without the leading zeros a spreadsheet drops, is the same
    # id; ids that differ in case are not (some CRMs' ids differ by case alone)
    dict(people=[("I2", "Grace", "", "Holt", "", "")], customer_id=" CUST0042 ", conversions=[("CUST0042", "ROBERTA", "KING", "")],
         expect={"I2": ("SUPPRESS_RECENT_CONVERTER", "SUPPRESS_RECENT_CONVERTER:CUSTOMER_ID")}),
    dict(people=[("I3", "Omar", "", "Haddad", "", "")], customer_id="0004521", conversions=[("4521", "LEILA", "HADDAD", "")],
         expect={"I3": ("SUPPRESS_RECENT_CONVERTER", "SUPPRESS_RECENT_CONVERTER:CUSTOMER_ID")}),
    dict(people=[("I4", "Vera", "", "Lund", "", "")], customer_id="abc77", conversions=[("ABC77", "NILS", "LUND", "")],
         expect={"I4": ("MAILED", "")}),
    # a customer id field that only marks a missing id (N/A, #N/A, NULL, zeros alone) is no id: the list's
    # N/A is not the converter's N/A, and a line with a mark is matched by name as a line without an id is
    dict(people=[("I5", "Dara", "", "Moss", "", "")], customer_id="N/A", conversions=[("N/A", "PETER", "HALE", "")],
         expect={"I5": ("MAILED", "")}),
    dict(people=[("I6", "Ines", "", "Varga", "", "")], customer_id="#N/A", conversions=[("NULL", "INES", "VARGA", "")],
         expect={"I6": ("SUPPRESS_RECENT_CONVERTER", "SUPPRESS_RECENT_CONVERTER:EXACT")}),
    dict(people=[("I7", "Otto", "", "Brandl", "", "")], customer_id="0", conversions=[("000", "HELGA", "SCHMID", "")],
         expect={"I7": ("MAILED", "")}),
    # the given name and the surname keyed in each other's fields: DMA and deceased match the person
    # written the other way round, both names agreeing; de-duplication and the frequency cap do not
    dict(people=[("X1", "Torres", "", "Joshua", "", "")], dma=[("JOSHUA", "TORRES")],
         expect={"X1": ("SUPPRESS_DMA", "SUPPRESS_DMA:SWAPPED")}),
    dict(people=[("X2", "ross", "", "angela", "", "")], deceased=[("ANGELA", "M", "ROSS")],
         expect={"X2": ("SUPPRESS_DECEASED", "SUPPRESS_DECEASED:SWAPPED")}),
    dict(people=[("X3", "Thomas", "", "John", "", ""), ("X4", "John", "", "Thomas", "", "")],
         expect={"X3": ("MAILED", ""), "X4": ("MAILED", "")}),
    dict(people=[("X5", "Nolan", "", "Reid", "", "")], history=[("REID", "NOLAN", "")], expect={"X5": ("MAILED", "")}),
    # a couple keyed in one given-name field: either person on the DMA or deceased file suppresses the
    # couple's piece, and a couple on the file suppresses either person's; a double given name (MARY
    # ANN) is one person, and another person of the surname suppresses nobody
    dict(people=[("Y1", "John & Jane", "", "Smithers", "", "")], dma=[("JOHN", "SMITHERS")],
         expect={"Y1": ("SUPPRESS_DMA", "SUPPRESS_DMA:JOINT")}),
    dict(people=[("Y2", "Mr. and Mrs. John and Jane", "", "Wexler", "", "")], deceased=[("JANE", "", "WEXLER")],
         expect={"Y2": ("SUPPRESS_DECEASED", "SUPPRESS_DECEASED:JOINT")}),
    dict(people=[("Y3", "Jane", "", "Pruitt", "", "")], dma=[("Jane + Robert", "Pruitt")],
         expect={"Y3": ("SUPPRESS_DMA", "SUPPRESS_DMA:JOINT")}),
    dict(people=[("Y4", "Mary Ann", "", "Keller", "", "")], dma=[("ANN", "KELLER")], expect={"Y4": ("MAILED", "")}),
    dict(people=[("Y5", "John & Jane", "", "Osgood", "", "")], deceased=[("PAUL", "", "OSGOOD")],
         expect={"Y5": ("MAILED", "")}),
    # SAINT and SAINTE at the start of a surname are ST and STE, however the files write them
    dict(people=[("Z1", "Mary", "", "St. John", "", "")], dma=[("MARY", "SAINT JOHN")],
         expect={"Z1": ("SUPPRESS_DMA", "SUPPRESS_DMA:EXACT")}),
    dict(people=[("Z2", "Paul", "", "Saint-Pierre", "", ""), ("Z3", "Paul", "", "St Pierre", "", "")],
         expect={"Z2": ("MAILED", ""), "Z3": ("DEDUPE_INDIVIDUAL", "DEDUPE_INDIVIDUAL:EXACT")}),
    dict(people=[("Z4", "Claire", "", "Ste. Marie", "", "")], deceased=[("CLAIRE", "", "SAINTE-MARIE")],
         expect={"Z4": ("SUPPRESS_DECEASED", "SUPPRESS_DECEASED:EXACT")}),
    # of two equally complete records the lowest record id survives, read as a person reads it: 9
    # before 10 (as text, 10 comes first)
    dict(people=[("Z10", "Rita", "", "Lindqvist", "", ""), ("Z9", "Rita", "", "Lindqvist", "", "")],
         expect={"Z9": ("MAILED", ""), "Z10": ("DEDUPE_INDIVIDUAL", "DEDUPE_INDIVIDUAL:EXACT")}),
    dict(people=[("100", "Sven", "", "Hakala", "", ""), ("99", "Sven", "", "Hakala", "", "")],
         expect={"99": ("MAILED", ""), "100": ("DEDUPE_INDIVIDUAL", "DEDUPE_INDIVIDUAL:EXACT")}),
    # one piece per firm; a person named at the firm is a piece of their own
    dict(people=[("C1", "", "", "", "", "Summit Dental Group"), ("C2", "", "", "", "", "The Summit Dental Group, L.L.C."),
                 ("C3", "Jane", "", "Doe", "", "Summit Dental Group")],
         expect={"C1": ("MAILED", ""), "C2": ("DEDUPE_INDIVIDUAL", "DEDUPE_INDIVIDUAL:FIRM"), "C3": ("MAILED", "")}),
]
ADDRESS = ["address_line_1", "address_line_2", "city", "state", "zip"]


def line(fields: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(fields)
    return out.getvalue()


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.write_text("\n".join(map(line, [header, *rows])) + "\n", encoding="utf-8")


def test_people_and_firms_match_as_a_bureau_matches_them(tmp_path: Path) -> None:
    addresses = real_addresses(len(CASES))
    assert len(addresses) == len(CASES)
    list_lines: list[str] = []
    files: dict[str, list[list[str]]] = {"dma": [], "deceased": [], "conversions": [], "history": [], "corrections": []}
    for case, a in zip(CASES, addresses):
        where = [a[k] for k in ADDRESS]
        list_where = [case.get("list_line_1", str)(where[0]), *where[1:]]
        for record_id, first, middle, last, suffix, company in case["people"]:
            list_lines.append(line([record_id, first, middle, last, suffix, company, *list_where, "TEST",
                                    case.get("customer_id", "")]))
        files["dma"] += [[first, last, *where] for first, last in case.get("dma", [])]
        files["deceased"] += [[first, middle, last, *where, "2026-10-01"] for first, middle, last in case.get("deceased", [])]
        files["conversions"] += [[cid, first, last, company, *where, "2026-11-20"]
                                 for cid, first, last, company in case.get("conversions", [])]
        files["history"] += [[first, last, company, *where, "WINTER26", "2026-11-28", "EARLIER-1"]
                             for first, last, company in case.get("history", [])]
        files["corrections"] += [[record_id, *lines, "", "", ""] for record_id, *_ in case["people"]
                                 for lines in case.get("corrections", lambda line: [])(where[0])]
    drop = make_drop(tmp_path / "drop", list_lines)
    write_csv(drop / "suppress_dma.csv", ["first_name", "last_name", *ADDRESS], files["dma"])
    write_csv(drop / "suppress_deceased.csv", ["first_name", "middle_name", "last_name", *ADDRESS, "date_of_death"],
              files["deceased"])
    write_csv(drop / "crm_conversions.csv", ["customer_id", "first_name", "last_name", "company", *ADDRESS, "converted_on"],
              files["conversions"])
    write_csv(drop / "mail_history.csv",
              ["first_name", "last_name", "company", *ADDRESS, "offer_code", "mailed_on", "drop_id"], files["history"])

    # and a correction for a record_id the list does not have (a typo): it corrects nothing, and the build says so
    write_csv(drop / "address_corrections.csv", ["record_id", *ADDRESS], files["corrections"] + [["K9", "1 MAIN ST", "", "", "", ""]])

    run = run_dbt(tmp_path, "build", drop, select="+rejected_records +mail_ready",
                  extra_vars={"dedupe_level": "individual", "mailing_date": "2026-12-08", "offer_code": "WINTER26"})
    assert run.returncode == 0, run.output[-3000:]
    got = {record_id: (reason or "MAILED", "|".join(kinds or []))
           for record_id, reason, kinds in run.query(
               "select record_id, reason_code, match_kinds from intermediate.int_mail_list__outcomes")}
    expected = {record_id: outcome for case in CASES for record_id, outcome in case["expect"].items()}
    assert got == expected

    # rejected_records, as users query it (and as it is exported), says how each was matched
    rejected = dict((r, (code, kinds)) for r, code, kinds in run.query(
        "select record_id, reason_code, match_kinds from marts.rejected_records"))
    assert rejected == {k: v for k, v in expected.items() if v[0] != "MAILED"}
    [(delivery_line, *point)] = run.query("select delivery_line, zip5, zip4, delivery_point from marts.mail_ready "
                                          "where record_id = 'K1'")
    sample_record = {record_id: a["record_id"] for case, a in zip(CASES, addresses) for record_id, *_ in case["people"]}
    with open(SAMPLE / "truth.csv", encoding="utf-8", newline="") as f:
        truth = {t["record_id"]: [t["zip5"], t["zip4"], t["delivery_point"]] for t in csv.DictReader(f)}
    assert point == truth[sample_record["K1"]] and not {"REAR", "APT"} & set(delivery_line.split(" ")), delivery_line
    warnings = [line for line in run.output.splitlines() if "test warn_address_corrections_not_applied: " in line]
    assert len(warnings) == 1 and "2 rows" in warnings[0], run.output[-3000:]
    assert "record_id=K1, not_applied_because=corrected again on row 2, which is applied" in warnings[0]
    assert "record_id=K9, not_applied_because=no line of the list has this record_id" in warnings[0]
    # every printed line is single-spaced, with no space at either end (REAR was followed by one)
    lines = dict(run.query("select record_id, delivery_line from marts.mail_ready"))
    assert lines["K2"].endswith(" REAR") and {r: d for r, d in lines.items() if d != " ".join(d.split())} == {}
    assert run.query("select first_name, last_name, name_line from marts.mail_ready where record_id = 'W6'") == [
        ("Rosa", "Martinez", "Rosa Martinez")]
    # no mailer_id given: the build runs and the pieces carry no Intelligent Mail barcode
    assert run.query("""select count(*), count(imb_tracking_code), count(imb_routing_code), count(imb_digits),
                        count(imb_bars) from marts.mail_ready""") == [(len([v for v in expected.values()
                                                                             if v[0] == "MAILED"]), 0, 0, 0, 0)]
