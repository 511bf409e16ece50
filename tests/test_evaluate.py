"""Tests of the evaluation scorers with small invented CSVs and a fake extractor.

The rows below are made up for these tests (realistic in shape, not taken from any gold
file), and the extractor is a dictionary lookup, so the tests check the scoring only."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.evaluate import acled as acled_mod
from eventwatch.evaluate.acled import (
    clean_notes,
    haversine_km,
    parse_acled_date,
    pick_event,
    same_province,
    score_acled,
    timestamp_to_date,
)
from eventwatch.evaluate.command import evaluate
from eventwatch.evaluate.gtd import group_keys, same_group, score_gtd, split_summary
from eventwatch.evaluate.report import print_report, to_json

ACLED_COLUMNS = [
    "data_id", "iso", "event_id_cnty", "event_date", "year", "time_precision", "event_type",
    "sub_event_type", "actor1", "inter1", "actor2", "inter2", "country", "admin1", "admin2",
    "location", "latitude", "longitude", "geo_precision", "notes", "fatalities", "timestamp",
    "iso3",
]

# 1570000000 = 2019-10-02 07:06:40 UTC
ACLED_ROWS = [
    {
        "event_id_cnty": "XIRQ1", "event_date": "28-Sep-19", "event_type": "Battles",
        "sub_event_type": "Armed clash", "inter1": "1", "inter2": "2", "admin1": "Sala al-Din",
        "location": "Tuz Khurmatu", "latitude": "34.88", "longitude": "44.63",
        "notes": "On Sep 28, soldiers clashed with IS militants near Tuz Khurmatu, killing two "
                 "militants. [size=no report]",
        "fatalities": "2", "timestamp": "1570000000", "iso3": "IRQ",
    },
    {
        "event_id_cnty": "XIRQ2", "event_date": "29-Sep-19", "event_type": "Protests",
        "sub_event_type": "Peaceful protest", "inter1": "6", "inter2": "0", "admin1": "Thi-Qar",
        "location": "Nassriya", "latitude": "31.05", "longitude": "46.25",
        "notes": "On Sep 29, teachers protested in Nassriya over unpaid salaries. [size=dozens]",
        "fatalities": "0", "timestamp": "1570000000", "iso3": "IRQ",
    },
    {
        "event_id_cnty": "XIRQ3", "event_date": "30-Sep-19",
        "event_type": "Strategic developments", "sub_event_type": "Looting/property destruction",
        "inter1": "2", "inter2": "7", "admin1": "Kirkuk", "location": "Hawija",
        "latitude": "35.32", "longitude": "43.77",
        "notes": "Property destruction: On Sep 30, suspected IS militants burned crops in "
                 "Hawija.",
        "fatalities": "0", "timestamp": "1570000000", "iso3": "IRQ",
    },
]


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})
    return path


@pytest.fixture
def acled_csv(tmp_path: Path) -> Path:
    return _write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, ACLED_ROWS)


def _event(**kw) -> dict:
    base = {k: None for k in (
        "event_type", "sub_event_type", "gtd_attack_type", "event_date", "admin1",
        "admin1_code", "location", "latitude", "longitude", "inter1", "inter2", "fatalities",
        "injured", "kidnapped", "confidence",
    )}
    base.update(kw)
    return base


class FakeExtractor:
    """Returns canned predictions keyed by a word of the text; records the calls."""

    def __init__(self, by_keyword: dict[str, list[dict]], fail_on: str | None = None):
        self.by_keyword = by_keyword
        self.fail_on = fail_on
        self.calls: list[tuple[str, str | None]] = []

    def __call__(self, text: str, published: str | None = None, url: str | None = None) -> dict:
        self.calls.append((text, published))
        if self.fail_on and self.fail_on in text:
            raise RuntimeError("boom")
        for key, events in self.by_keyword.items():
            if key in text:
                return {"events": events, "claims": [], "aggregates": [], "error": None}
        return {"events": [], "claims": [], "aggregates": [], "error": None}


def acled_fake() -> FakeExtractor:
    return FakeExtractor({
        "Tuz Khurmatu": [
            _event(event_type="Battles", sub_event_type="Armed clash", event_date="2019-09-28",
                   admin1="Salah ad Din", admin1_code="IQ-SD", location="Tuz Khurmatu",
                   latitude=34.89, longitude=44.64, inter1=1, inter2=2, fatalities=2,
                   confidence=0.9),
        ],
        "teachers": [
            # low-confidence noise first; the scorer must pick the 0.8 one
            _event(event_type="Riots", confidence=0.2),
            _event(event_type="Protests", sub_event_type="Peaceful protest",
                   event_date="2019-09-29", admin1="Dhi Qar", location="Nasiriyah",
                   latitude=31.04, longitude=46.26, inter1=6, inter2=None, fatalities=None,
                   confidence=0.8),
        ],
        # the crop-burning row gets no event
    })


# --------------------------------------------------------------------------- helpers


def test_clean_notes_strips_label_and_size_tag():
    assert clean_notes("Weapons seizure: On May 3, police found rockets. [size=no report]") == (
        "On May 3, police found rockets."
    )
    assert clean_notes("Movement of forces: On May 3, troops moved.") == (
        "On May 3, troops moved."
    )
    # no label: untouched; a colon later in the sentence is not a label
    assert clean_notes("On May 3, a source said: two died.") == "On May 3, a source said: two died."


def test_dates():
    assert timestamp_to_date("1570000000") == "2019-10-02"
    assert timestamp_to_date("") is None
    assert parse_acled_date("28-Sep-19") == "2019-09-28"
    assert parse_acled_date("28 September 2019") == "2019-09-28"
    assert parse_acled_date("2019-09-28") == "2019-09-28"


def test_same_province_across_spellings():
    assert same_province("Sala al-Din", "Saladin")
    assert same_province("Thi-Qar", "IQ-DQ")
    assert same_province("Ninewa", "Nineveh")
    assert same_province("Qadissiya", "Al-Qadisiyah")
    assert same_province("Basrah", "Basra")
    assert not same_province("Basrah", "Baghdad")
    assert not same_province("Anbar", None)


def test_province_abroad_in_another_spelling_gets_its_code():
    """A scorer reading a gold province spelled otherwise than the gazetteer still finds its
    code, within the event's country, and never swaps a compass word."""
    pytest.importorskip("eventwatch.annotate.places")
    assert acled_mod.province_code("Hilmand", "AFG") == "AF-HEL"
    assert same_province("Hilmand", "AF-HEL", "AFG")
    assert acled_mod.province_code("Southern Cape", "ZAF") is None  # not "Northern Cape"
    # the short form of a long name, where it begins one province's name only
    assert acled_mod.province_code("Baja", "MEX") == "MX-BCN"  # "Baja California Sur" is south
    assert acled_mod.province_code("Rio Grande", "BRA") is None  # do Sul or do Norte
    # a French compass word is the English one
    assert acled_mod.province_code("Nord", "CMR") == acled_mod.province_code("North Province", "CMR") == "CM-NO"


def test_haversine():
    assert haversine_km(33.0, 44.0, 33.0, 44.0) == 0
    assert 110 < haversine_km(33.0, 44.0, 34.0, 44.0) < 112


def test_pick_event_highest_confidence_then_first():
    a, b, c = {"id": "a", "confidence": 0.5}, {"id": "b", "confidence": 0.9}, {"id": "c"}
    assert pick_event({"events": [a, b, c]}) == (b, 3)
    assert pick_event({"events": [{"id": "x"}, {"id": "y"}]})[0]["id"] == "x"
    assert pick_event({"events": []}) == (None, 0)
    assert pick_event(None) == (None, 0)


# --------------------------------------------------------------------------- ACLED


def test_score_acled(acled_csv: Path):
    fake = acled_fake()
    result = score_acled(acled_csv, extract_fn=fake, errors=5)
    m = result["metrics"]
    assert result["rows"] == 3
    # the label and size tag are stripped; the upload date is the publication date
    assert fake.calls[2] == ("On Sep 30, suspected IS militants burned crops in Hawija.",
                             "2019-10-02")
    assert fake.calls[0][0].endswith("killing two militants.")
    assert m["event_found"]["value"] == pytest.approx(2 / 3)
    for field in ("event_type", "sub_event_type", "admin1", "event_date", "fatalities",
                  "inter1", "inter2", "location_25km", "event_date_month_day"):
        assert m[field]["correct"] == 2, field
        assert m[field]["n"] == 3, field
    assert m["event_type"]["target"] == 0.88
    assert m["location_median_km"]["n"] == 2
    assert m["location_median_km"]["value"] < 3
    assert result["events_per_row"] == pytest.approx(1.0)
    assert result["rows_with_several_events"] == 1
    worst = result["worst"]
    assert len(worst) == 1 and worst[0]["id"] == "XIRQ3"
    assert worst[0]["failed"]["event_type"] == {"expected": "Strategic developments",
                                                "predicted": None}


def test_score_acled_wrong_values_and_limit(acled_csv: Path):
    fake = FakeExtractor({"Tuz": [_event(
        event_type="battles", sub_event_type="Attack", event_date="2019-09-27",
        admin1="Kirkuk", latitude=35.47, longitude=44.39, inter1=2, inter2=1, fatalities=3)]})
    result = score_acled(acled_csv, extract_fn=fake, limit=1, errors=1)
    m = result["metrics"]
    assert result["rows"] == 1 and len(fake.calls) == 1
    assert m["event_type"]["value"] == 1.0  # case-insensitive
    for field in ("sub_event_type", "admin1", "event_date", "fatalities", "inter1", "inter2",
                  "location_25km", "event_date_month_day"):
        assert m[field]["value"] == 0.0, field
    assert set(result["worst"][0]["failed"]) == {
        "sub_event_type", "admin1", "event_date", "fatalities", "inter1", "inter2",
        "location_25km", "event_date_month_day",
    }


def test_score_acled_extractor_errors_are_counted(acled_csv: Path):
    fake = FakeExtractor({}, fail_on="teachers")
    result = score_acled(acled_csv, extract_fn=fake)
    assert result["extractor_errors"] == 1
    assert result["metrics"]["event_found"]["value"] == 0.0


def test_province_uses_gazetteer_when_present(monkeypatch):
    class Gaz:
        def admin1_code(self, name, country_iso3=None):
            return {"north": "XX-N", "nord": "XX-N", "south": "XX-S"}.get(name.lower())

        def admin1_code_near(self, name, country_iso3):
            return self.admin1_code(name, country_iso3)

    acled_mod._gazetteer.cache_clear()
    acled_mod.province_code.cache_clear()
    monkeypatch.setattr(acled_mod, "_gazetteer", lambda: Gaz())
    try:
        assert same_province("North", "Nord", "XXX")
        assert not same_province("North", "South", "XXX")
    finally:
        acled_mod.province_code.cache_clear()


# --------------------------------------------------------------------------- GTD

GTD_COLUMNS = [
    "eventid", "iyear", "imonth", "iday", "country_txt", "provstate", "city", "latitude",
    "longitude", "summary", "attacktype1_txt", "targtype1_txt", "gname", "nkill", "nwound",
    "ishostkid", "nhostkid",
]

GTD_ROWS = [
    {
        "eventid": "X1", "country_txt": "Afghanistan", "provstate": "Kandahar",
        "city": "Spin Boldak", "latitude": "31.00", "longitude": "66.40",
        "summary": "03/14/2021: An explosive device detonated near a police vehicle in Spin "
                   "Boldak, Kandahar, Afghanistan. Three officers were killed and two wounded. "
                   "Sources attributed the attack to the Taliban.",
        "attacktype1_txt": "Bombing/Explosion", "targtype1_txt": "Police", "gname": "Taliban",
        "nkill": "3", "nwound": "2", "ishostkid": "0", "nhostkid": "",
    },
    {
        "eventid": "X2", "country_txt": "Nigeria", "provstate": "Zamfara", "city": "Unknown",
        "latitude": "12.1", "longitude": "6.2",
        "summary": "02/00/2021: Gunmen abducted 14 villagers in Zamfara state, Nigeria. No group "
                   "claimed responsibility for the incident.",
        "attacktype1_txt": "Hostage Taking (Kidnapping)",
        "targtype1_txt": "Private Citizens & Property", "gname": "Unknown", "nkill": "",
        "nwound": "0", "ishostkid": "1", "nhostkid": "14",
    },
    {
        "eventid": "X3", "country_txt": "Yemen", "provstate": "Marib", "city": "Marib",
        "latitude": "15.46", "longitude": "45.32",
        "summary": "05/02/2021: Houthi fighters fired a missile at a camp in Marib, Yemen.",
        "attacktype1_txt": "Bombing/Explosion", "targtype1_txt": "Military",
        "gname": "Houthi extremists (Ansar Allah)", "nkill": "0", "nwound": "-99",
        "ishostkid": "1", "nhostkid": "-99",
    },
]


@pytest.fixture
def gtd_csv(tmp_path: Path) -> Path:
    return _write_csv(tmp_path / "gtd.csv", GTD_COLUMNS, GTD_ROWS)


def gtd_fake() -> FakeExtractor:
    return FakeExtractor({
        "Spin Boldak": [_event(gtd_attack_type="Bombing/Explosion", target_type="Police",
                               perpetrator="Taliban", admin1="Kandahar Province",
                               location="Spin Boldak", latitude=31.0, longitude=66.4,
                               fatalities=3, injured=2, iso3="AFG")],
        "Zamfara": [_event(gtd_attack_type="Hostage Taking (Kidnapping)",
                           target_type="Private Citizens & Property", perpetrator=None,
                           admin1="Zamfara", kidnapped=14, iso3="NGA")],
        "Marib": [_event(gtd_attack_type="Armed Assault", target_type="Military",
                         perpetrator="Houthis", admin1="Ma'rib", location="Marib",
                         fatalities=None, iso3="YEM")],
    })


def test_split_summary():
    assert split_summary("03/14/2021: Gunmen attacked.") == ("Gunmen attacked.", "2021-03-14")
    assert split_summary("02/00/2021: Gunmen attacked.") == ("Gunmen attacked.", None)
    assert split_summary("No prefix here.") == ("No prefix here.", None)


def test_group_names():
    assert same_group("Houthi extremists (Ansar Allah)", "Houthis")
    assert same_group("Houthi extremists (Ansar Allah)", "ansar-allah")
    assert same_group("Hamas (Islamic Resistance Movement)", "HAMAS")
    assert same_group("Islamic State of Iraq and the Levant (ISIL)", "Islamic State (IS)")
    assert same_group("M23", "March 23 Movement (M23)")  # a bracketed acronym with a digit
    assert same_group("Ansaroul Islam", "Ansarul Islam")
    assert same_group("Unknown", None)
    assert not same_group("Unknown", "Taliban")
    assert not same_group("Taliban", None)
    assert not same_group("Khorasan Chapter of the Islamic State", "Islamic State (IS)")
    assert same_group("Khorasan Chapter of the Islamic State", "Islamic State (IS)", family=True)
    assert same_group("Khorasan Chapter of the Islamic State", "ISKP")
    assert group_keys("Unknown") == set()
    # the lexicon's name of a group and the GTD's spelling of it
    assert same_group("Mayi Mayi", "Mai-Mai Militia")
    assert same_group("Sudan Liberation Army (SLA)", "Sudan Liberation Movement/Army (SLM/A)")
    assert not same_group("Mai Mai Bakata Katanga Militia", "Mai-Mai Militia")  # a faction is its own group


def test_score_gtd(gtd_csv: Path):
    fake = gtd_fake()
    result = score_gtd(gtd_csv, extract_fn=fake, errors=3)
    m = result["metrics"]
    assert fake.calls[0][1] == "2021-03-14"
    assert fake.calls[0][0].startswith("An explosive device")
    assert fake.calls[1][1] is None  # day 00: no publication date
    assert m["event_found"]["value"] == 1.0
    assert (m["attack_type"]["correct"], m["attack_type"]["n"]) == (2, 3)
    assert (m["target_type"]["correct"], m["target_type"]["n"]) == (3, 3)
    assert (m["perpetrator"]["correct"], m["perpetrator"]["n"]) == (3, 3)
    assert (m["province"]["correct"], m["province"]["n"]) == (3, 3)
    assert (m["city"]["correct"], m["city"]["n"]) == (2, 2)  # "Unknown" city skipped
    assert (m["killed"]["correct"], m["killed"]["n"]) == (2, 2)  # empty nkill skipped
    assert (m["wounded"]["correct"], m["wounded"]["n"]) == (2, 2)  # -99 skipped
    assert (m["kidnapped"]["correct"], m["kidnapped"]["n"]) == (1, 1)
    assert m["attack_type"]["target"] == 0.85
    # X3: wrong attack type and no coordinates; X2: no coordinates
    assert [c["id"] for c in result["worst"]] == ["X3", "X2"]
    assert set(result["worst"][0]["failed"]) == {"attack_type", "location_25km"}


def test_gtd_province_below_a_region_is_the_provstate():
    """Where the first level is a region of provinces, the event's "Province of X" is what the
    GTD's provstate names; any other second level is no province."""
    from eventwatch.evaluate.gtd import province_below_region

    assert province_below_region("Province of Tarvo Norte", "PHL") == "Tarvo Norte"
    assert same_province("Tarvo Norte", province_below_region("Province of Tarvo Norte", "PHL"))
    assert province_below_region("Kelm District", "PHL") is None
    assert province_below_region(None, "PHL") is None
    # elsewhere the first level is the GTD's provstate (Spain's communities, Italy's regions)
    assert province_below_region("Province of Tarvo", "ESP") is None
    assert province_below_region("Province of Tarvo") is None


def test_gtd_province_report_shows_the_second_level_it_used(tmp_path: Path):
    rows = [{"eventid": "P1", "country_txt": "Philippines", "provstate": "Albay", "city": "Velmo",
             "summary": "03/14/2021: Gunmen shot a farmer in Velmo, Albay, Philippines.",
             "attacktype1_txt": "Armed Assault", "targtype1_txt": "Private Citizens & Property",
             "gname": "Unknown", "nkill": "0", "nwound": "1"},
            {"eventid": "P2", "country_txt": "Spain", "provstate": "Andalusia", "city": "Tarvo",
             "summary": "03/14/2021: A bomb damaged a bank in Tarvo, Cordoba, Spain.",
             "attacktype1_txt": "Bombing/Explosion", "targtype1_txt": "Business",
             "gname": "Unknown", "nkill": "0", "nwound": "0"}]
    fake = FakeExtractor({
        "Albay": [_event(admin1="Bicol", admin1_code="PH-05", admin2="Province of Sorsogon",
                         location="Velmo", iso3="PHL")],
        # Spain's "Province of X" is no provstate: the community is compared
        "Cordoba": [_event(admin1="Andalusia", admin1_code="ES-AN", admin2="Province of Cordoba",
                           location="Tarvo", iso3="ESP")],
    })
    result = score_gtd(_write_csv(tmp_path / "g.csv", GTD_COLUMNS, rows), extract_fn=fake, errors=5)
    (worst,) = [w for w in result["worst"] if "province" in w["failed"]]
    assert worst["id"] == "P1"
    assert worst["failed"]["province"]["predicted"] == "PH-05 / Province of Sorsogon"


# --------------------------------------------------------------------------- report / CLI


def test_report_and_json(acled_csv: Path, gtd_csv: Path):
    from rich.console import Console

    results = [score_acled(acled_csv, extract_fn=acled_fake(), errors=2),
               score_gtd(gtd_csv, extract_fn=gtd_fake())]
    console = Console(record=True, width=160)
    print_report(results, console)
    out = console.export_text()
    assert "event_type" in out and "attack_type" in out and "worst cases" in out
    data = json.loads(to_json(results))
    assert data["results"][0]["dataset"] == "acled"


def test_command(acled_csv: Path, gtd_csv: Path, monkeypatch):
    monkeypatch.setattr(acled_mod, "default_extract_fn", lambda: acled_fake())
    import eventwatch.evaluate.gtd as gtd_mod

    monkeypatch.setattr(gtd_mod, "default_extract_fn", lambda: gtd_fake())
    runner = CliRunner()
    res = runner.invoke(evaluate, ["--acled", str(acled_csv), "--gtd", str(gtd_csv), "--json",
                                   "--errors", "1"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert [r["dataset"] for r in data["results"]] == ["acled", "gtd"]
    assert len(data["results"][0]["worst"]) == 1
    res = runner.invoke(evaluate, ["--acled", str(acled_csv), "--limit", "2"])
    assert res.exit_code == 0, res.output
    assert "event_found" in res.output
    res = runner.invoke(evaluate, [])
    assert res.exit_code != 0


def test_groups_and_confusions(acled_csv: Path):
    result = score_acled(acled_csv, extract_fn=acled_fake())
    assert result["by_group"]["Protests"]["event_type"] == 1.0
    assert result["by_group"]["Strategic developments"]["event_found"] == 0.0
    assert result["confusions"]["event_type"] == [
        {"expected": "Strategic developments", "predicted": "None", "count": 1}
    ]


def test_perpetrator_falls_back_to_actor1():
    from eventwatch.evaluate.gtd import predicted_perpetrator

    assert predicted_perpetrator({"actor1": "Islamic State (Iraq)"}) == "Islamic State"
    assert predicted_perpetrator({"perpetrator": None, "actor1": "Taliban"}) is None
    assert same_group("Unknown", predicted_perpetrator(
        {"actor1": "Unidentified Armed Group (Afghanistan)"}))
    assert not same_group("Taliban", "Unidentified Armed Group (Afghanistan)")
    assert group_keys("Military Forces of Iraq (2014-)") == {"military forces of iraq"}


def test_event_date_ceiling():
    from eventwatch.evaluate.acled import recent_past_year_ok

    assert recent_past_year_ok("2019-09-28", "2019-10-02") is True
    assert recent_past_year_ok("2019-09-28", "2020-11-02") is False  # reads as 2020-09-28
    assert recent_past_year_ok("2019-12-31", "2020-01-08") is True
    assert recent_past_year_ok(None, "2020-01-08") is None


def test_month_day_score(acled_csv: Path):
    fake = FakeExtractor({"Tuz": [_event(event_type="Battles", event_date="2018-09-28")]})
    m = score_acled(acled_csv, extract_fn=fake, limit=1)["metrics"]
    assert m["event_date"]["value"] == 0.0
    assert m["event_date_month_day"]["value"] == 1.0


def test_geowebnews_scores_toponyms_as_proper_names(tmp_path):
    # an invented article in GeoWebNews' format: the gold spans are whole proper names
    from eventwatch.evaluate.geowebnews import score_geowebnews

    text = "Relief flights reached Eastern Bolivia, then farms in Kogi State."
    tops = ""
    for name in ("Eastern Bolivia", "Kogi State"):
        s = text.index(name)
        tops += (f"<toponym><extractedName>{name}</extractedName><type>Literal</type>"
                 f"<start>{s}</start><end>{s + len(name)}</end><latitude>10.0</latitude>"
                 f"<longitude>10.0</longitude></toponym>")
    path = tmp_path / "gwn.xml"
    path.write_text(f'<articles><article file="1"><text>{text}</text>'
                    f"<toponyms>{tops}</toponyms></article></articles>", encoding="utf-8")
    assert score_geowebnews(str(path))["true_positives"] == 2
    assert score_geowebnews(str(path), proper_spans=False)["true_positives"] == 0
