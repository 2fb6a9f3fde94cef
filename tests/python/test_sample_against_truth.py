"""The bundled sample drop, built end to end, against the outcomes its generator planted."""
from __future__ import annotations

from conftest import SAMPLE

def test_every_planted_outcome_is_found(sample_build) -> None:
    rows = sample_build.query(f"""
        select t.source_line, t.planted_outcome, coalesce(o.reason_code, 'MAILED') as got,
               t.survivor_record_id, o.survivor_record_id
        from read_csv('{SAMPLE}/truth.csv', all_varchar = true) as t
        left join intermediate.int_mail_list__outcomes as o on o.source_line = cast(t.source_line as bigint)
    """)
    assert len(rows) == 5000
    assert {r[1] for r in rows} >= {"NCOA_MOVED_NO_FORWARD", "SUPPRESS_DMA", "SUPPRESS_PRISON", "DEDUPE_HOUSEHOLD"}
    assert [r for r in rows if r[1] != r[2]] == []
    # each removed duplicate names the survivor the generator planted
    assert [r for r in rows if r[3] != r[4]] == []


def test_rerouted_movers_go_to_their_new_address(sample_build) -> None:
    rows = sample_build.query(f"""
        select o.ncoa_rerouted, o.reason_code, o.zip5 || o.zip4 || o.delivery_point = t.new_zip5 || t.new_zip4 || t.new_delivery_point
        from read_csv('{SAMPLE}/truth.csv', all_varchar = true) as t
        join intermediate.int_mail_list__outcomes as o on o.source_line = cast(t.source_line as bigint)
        where t.note = 'ncoa_rerouted'
    """)
    assert len(rows) > 100
    assert set(rows) == {(True, None, True)}


def test_mailed_records_get_the_planted_zip4_delivery_point_and_dpv_code(sample_build) -> None:
    rows = sample_build.query(f"""
        select t.source_line, t.zip5 || t.zip4 || t.delivery_point, o.zip5 || o.zip4 || o.delivery_point,
               t.expected_dpv_code, o.dpv_code
        from read_csv('{SAMPLE}/truth.csv', all_varchar = true) as t
        join intermediate.int_mail_list__outcomes as o on o.source_line = cast(t.source_line as bigint)
        where t.planted_outcome = 'MAILED' and coalesce(t.note, '') not in ('ncoa_rerouted', 'analyst_corrected')
    """)
    assert len(rows) > 3500
    assert [r for r in rows if r[1] != r[2] or r[3] != r[4]] == []


def test_corrections_are_flagged(sample_build) -> None:
    got = dict(sample_build.query(f"""
        select t.note, count(*) filter (where o.is_zip_corrected or o.is_street_corrected or o.is_analyst_corrected)
               * 1.0 / count(*)
        from read_csv('{SAMPLE}/truth.csv', all_varchar = true) as t
        join intermediate.int_mail_list__outcomes as o on o.source_line = cast(t.source_line as bigint)
        where t.note in ('zip_missing', 'zip_wrong', 'street_misspelled', 'analyst_corrected')
        group by 1
    """))
    assert got == {"zip_missing": 1.0, "zip_wrong": 1.0, "street_misspelled": 1.0, "analyst_corrected": 1.0}


def test_rejections_carry_delivery_line_and_suggestions(sample_build) -> None:
    rows = dict(sample_build.query("""
        select reason_code, count(*) filter (where delivery_line is null) from marts.rejected_records
        where step in ('cass', 'dpv') group by 1
    """))
    assert rows["CASS_UNPARSEABLE"] > 0  # nothing to standardize there
    assert rows["CASS_NOT_CODED"] == 0 and rows["DPV_NOT_CONFIRMED"] == 0 and rows["DPV_VACANT"] == 0
    suggestions = sample_build.query("""
        select count(*), count(suggested_correction) from marts.rejected_records where reason_code = 'DPV_NOT_CONFIRMED'
    """)[0]
    assert suggestions[0] > 0 and suggestions[0] == suggestions[1]
