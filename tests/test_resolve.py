"""Resolution: reports of one incident by several outlets merge; different incidents do not.

The multi-outlet reports are written for these tests (tests/data/multi_outlet.py). The
wrong-merge rate on ACLED's development set is measured by `main` below, when the (never
copied) gold file is given: `python tests/test_resolve.py /work/shared/gold/acled-iraq-2019.csv`.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from eventwatch import resolve, store
from eventwatch.pipeline import process
from eventwatch.records import RawDocument

sys.path.insert(0, str(Path(__file__).parent / "data"))
from multi_outlet import DISTINCT, INCIDENTS  # noqa: E402


def _extract(report):
    rid, published, outlet, text = report
    extraction = process(RawDocument(id=rid, content=text, published=published))
    extraction.outlet = outlet
    return extraction


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    conn = store.connect(tmp_path_factory.mktemp("r") / "r.db")
    for reports in INCIDENTS.values():
        for report in reports:
            assert store.save(conn, _extract(report))
    for report in DISTINCT:
        assert store.save(conn, _extract(report))
    yield conn
    conn.close()


@pytest.mark.parametrize("name", sorted(INCIDENTS))
def test_reports_of_one_incident_merge(merged, name):
    ids = {r[0] for r in INCIDENTS[name]}
    events = [e for e in store.query_events(merged) if ids & set(e["article_ids"])]
    assert len(events) == 1, [(e["id"], e["article_ids"]) for e in events]
    event = store.get_event(merged, events[0]["id"])
    assert {s["article_id"] for s in event["sources"]} == ids
    assert all(s["sentence"] and s["evidence"] for s in event["sources"])
    assert {s["outlet"] for s in event["sources"]} == {r[2] for r in INCIDENTS[name]}


def test_distinct_incidents_stay_apart(merged):
    for report in DISTINCT:
        [event] = [e for e in store.query_events(merged) if report[0] in e["article_ids"]]
        assert event["article_ids"] == [report[0]]


def test_conflicting_figures_are_kept_and_summarised(merged):
    [event] = [e for e in store.query_events(merged) if "truffle-a" in e["article_ids"]]
    full = store.get_event(merged, event["id"])
    by_article = {s["article_id"]: s["figures"]["kidnapped"] for s in full["sources"]}
    assert by_article == {"truffle-a": 12, "truffle-b": 12, "truffle-c": 15, "truffle-d": 12}
    summary = full["ranges"]["kidnapped"]
    assert (summary["lowest"], summary["highest"], summary["reports"]) == (12, 15, 4)
    assert summary["most_recent_article"] == "truffle-a"  # published last (22 Feb)
    assert full["kidnapped"] == 12  # the conservative figure
    shirqat = [e for e in store.query_events(merged) if "shirqat-a" in e["article_ids"]][0]
    assert shirqat["ranges"]["fatalities"]["highest"] == 5
    assert all(span.get("article_id") for span in shirqat["evidence"].values())


def test_rereading_and_replacing_a_source(merged):
    before = store.counts(merged)
    assert not store.save(merged, _extract(INCIDENTS["kirkuk-ied"][0]))
    assert store.counts(merged) == before
    rid, published, outlet, _ = INCIDENTS["kirkuk-ied"][1]
    changed = (rid, published, outlet, "Police defused a bomb in Tikrit on Friday, officials said.")
    assert store.save(merged, _extract(changed))
    [event] = [e for e in store.query_events(merged) if "ied-a" in e["article_ids"]]
    assert event["article_ids"] == ["ied-a"] and event["sources"] == 1
    assert event["injured"] == 7


def _report(rid, **fields):
    base = {"article_id": rid, "event_type": "Violence against civilians", "sub_event_type": "Attack",
            "event_date": "2019-05-05", "date_precision": "day", "country": "Iraq", "iso3": "IRQ",
            "admin1_code": "IQ-KI", "location": "Kirkuk", "geo_precision": 1, "latitude": 35.47,
            "longitude": 44.39, "fatalities": 3,
            "sentence": {"text": "Gunmen killed three shepherds grazing sheep near the Khasa river in Kirkuk."}}
    return {**base, **fields}


@pytest.mark.parametrize("change, same", [
    ({}, True),
    ({"article_id": "a"}, False),  # same article
    ({"event_date": "2019-05-07"}, True),  # two days later, same figure and wording
    ({"event_date": "2019-05-09"}, False),  # too far apart
    ({"date_precision": "year"}, False),
    ({"admin1_code": "IQ-SD"}, False),
    ({"fatalities": 30}, False),
    ({"sub_event_type": "Armed clash", "event_type": "Battles"}, False),
    ({"actor1": "Islamic State (IS)"}, True),
    ({"location": "Tikrit", "latitude": 34.6, "longitude": 43.68}, False),
    ({"fatalities": None, "sentence": {"text": "A man was shot in Kirkuk."}}, False),  # nothing specific
])
def test_rules(change, same):
    a = _report("a", actor1="Unidentified Armed Group (Iraq)")
    b = _report("b", **change)
    assert resolve.same_incident(b, a).same is same, resolve.same_incident(b, a)


def test_abduction_then_attack_is_compatible():
    a = _report("a", sub_event_type="Abduction/forced disappearance", kidnapped=3, fatalities=None,
                sentence={"text": "Gunmen abducted three shepherds in Kirkuk."})
    b = _report("b", kidnapped=3)
    assert resolve.same_incident(b, a).same


def acled_wrong_merges(path: str, db: str, workers: int = 8) -> dict[str, float]:
    """Each ACLED row is a distinct event: store them all and count the rows whose event merged
    with another row's. Rows with (near-)identical notes are ACLED coding one report as
    several events and are also counted apart."""
    from concurrent.futures import ProcessPoolExecutor
    from difflib import SequenceMatcher

    from eventwatch.evaluate.acled import clean_notes, timestamp_to_date

    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    notes = {r["event_id_cnty"]: clean_notes(r["notes"]) for r in rows}
    jobs = [(r["event_id_cnty"], notes[r["event_id_cnty"]], timestamp_to_date(r.get("timestamp"))) for r in rows]
    with ProcessPoolExecutor(workers) as pool:
        extractions = list(pool.map(_process_row, jobs, chunksize=50))
    conn = store.connect(db)
    for extraction in extractions:
        if not extraction.error:
            store.save(conn, extraction)
    groups = conn.execute("SELECT event_id FROM event_sources GROUP BY event_id HAVING COUNT(DISTINCT article_id) > 1")
    with_event = conn.one("SELECT COUNT(DISTINCT article_id) AS n FROM event_sources")["n"]
    wrong = same_text = 0
    for group in groups:
        ids = [s["article_id"] for s in store.get_event(conn, group["event_id"])["sources"]]
        ids = list(dict.fromkeys(ids))
        wrong += len(ids)
        if all(SequenceMatcher(None, notes[ids[0]], notes[i]).ratio() > 0.9 for i in ids[1:]):
            same_text += len(ids)
    conn.close()
    return {"rows": len(rows), "rows_with_event": with_event, "merged_groups": len(groups),
            "rows_wrongly_merged": wrong, "rate": wrong / with_event,
            "rows_with_near_identical_notes": same_text, "rate_other": (wrong - same_text) / with_event}


def _process_row(job):
    rid, text, published = job
    return process(RawDocument(id=rid, content=text, published=published, origin=rid))


if __name__ == "__main__":
    result = acled_wrong_merges(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ":memory:")
    print(result)


def test_a_merged_value_keeps_the_further_words_it_comes_from():
    a = _report("a", actor1="Islamic State (IS)", confidence=0.9,
                evidence={"actor1": {"start": 0, "end": 9, "text": "militants"},
                          "actor1.group_named": {"start": 40, "end": 53, "text": "Islamic State"}})
    b = _report("b", actor1="Unidentified Armed Group (Iraq)", confidence=0.5,
                evidence={"actor1": {"start": 0, "end": 6, "text": "Gunmen"}})
    merged = resolve.merge([b, a])
    assert merged["actor1"] == "Islamic State (IS)"
    assert merged["evidence"]["actor1.group_named"]["text"] == "Islamic State"
    assert merged["evidence"]["actor1.group_named"]["article_id"] == "a"


def test_a_merged_tactic_keeps_the_words_that_name_it():
    a = _report("a", tactics=["disguise"],
                evidence={"tactics.disguise": {"start": 7, "end": 27, "text": "wearing army uniforms"}})
    b = _report("b", tactics=[])
    merged = resolve.merge([b, a])
    assert merged["tactics"] == ["disguise"]
    assert merged["evidence"]["tactics.disguise"]["article_id"] == "a"
