"""Money in incidents: the currency (also those of countries beyond Iraq and Syria) and what it was for."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import gtd_rows, one_event

from eventwatch import store
from eventwatch.annotate.numbers import find_quantities
from eventwatch.pipeline import process
from eventwatch.records import RawDocument


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("They asked for 15 million naira.", "NGN"),
        ("They asked for 300,000 Pakistani rupees.", "PKR"),
        ("They asked for Rs 2 million.", "rupees"),  # the country tells which rupees
        ("They asked for 800,000 Somali shillings.", "SOS"),
        ("They asked for 40,000 afghanis.", "AFN"),
        ("They asked for 9,000 Egyptian pounds.", "EGP"),
        ("The truck carried 500 pounds of explosives.", None),  # a weight, not money
    ],
)
def test_currency_words(text, unit):
    (quantity,) = find_quantities(text)
    assert quantity.unit == unit


def _event(text: str, published: str = "2021-03-10") -> dict:
    return one_event(text, published)


@pytest.mark.parametrize(
    ("text", "purpose", "cue"),
    [
        ("On Monday gunmen abducted two traders near Kaduna and demanded a ransom of 30 million naira.",
         "ransom", "ransom"),
        ("On Monday gunmen abducted a pharmacist in Mosul and asked his family for $20,000 for his release.",
         "ransom", "for his release"),
        # Asked for a captive, money is ransom even when the word is not written.
        ("On Monday gunmen abducted a pharmacist in Mosul and demanded $20,000.", "ransom", "demanded"),
        ("On Monday armed men looted a bank in Tikrit, stealing 90 million dinars, and abducted two guards.",
         "theft", "stealing"),
    ],
)
def test_money_purpose_has_its_cue(text, purpose, cue):
    event = _event(text)
    assert event["money_purpose"] == purpose
    assert event["evidence"]["money_purpose"]["text"] == cue


def test_money_without_a_purpose_says_none():
    event = _event("On Monday gunmen abducted a pharmacist in Mosul, who had $20,000 in his shop, police said.")
    assert event["money_amount"] == 20000 and event["money_purpose"] is None
    assert "money_purpose" not in event["evidence"]


def test_shared_currency_word_is_read_by_the_country():
    event = _event("On Monday gunmen kidnapped a trader in Peshawar and demanded a ransom of Rs 5 million.")
    assert (event["country"], event["money_amount"], event["money_currency"]) == ("Pakistan", 5_000_000, "PKR")


def test_shared_currency_word_without_a_known_country_keeps_no_code():
    event = _event("On Monday gunmen kidnapped a trader in Basra and demanded a ransom of 5 million pesos.")
    assert event["money_amount"] == 5_000_000 and event["money_currency"] is None
    assert "money_currency" not in event["evidence"]


def test_gtd_ransom_is_only_money_demanded_for_captives(tmp_path):
    rows = gtd_rows(tmp_path, [
        "On 4 March 2021 gunmen kidnapped a doctor in Kirkuk and demanded a ransom of $100,000.",
        "On 5 March 2021 armed men robbed a jeweller in Basra, stealing gold worth $60,000, and abducted his son.",
    ], "2021-03-06")
    assert (rows["4"]["ransom"], rows["4"]["ransomamt"]) == ("1", "100000.0")
    assert (rows["5"]["ransom"], rows["5"]["ransomamt"]) == ("", "")


def test_database_from_before_money_purpose_is_upgraded(tmp_path):
    path = tmp_path / "v1.db"
    conn = store.connect(path)
    conn.execute("ALTER TABLE events DROP COLUMN money_purpose")
    conn.execute("ALTER TABLE event_sources DROP COLUMN money_purpose")
    for table in ("events", "event_sources"):  # and what later steps added
        conn.execute(f"ALTER TABLE {table} DROP COLUMN perpetrator")
    conn.execute("DELETE FROM schema_version WHERE version > 1")
    conn.close()
    raw = sqlite3.connect(path)
    assert "money_purpose" not in {r[1] for r in raw.execute("PRAGMA table_info(events)")}
    raw.close()
    conn = store.connect(path)
    assert store.current_version(conn) == store.SCHEMA_VERSION
    store.save(conn, process(RawDocument(
        id="r", content="On 4 March 2021 gunmen kidnapped a doctor in Kirkuk and demanded a ransom of $100,000.",
        published="2021-03-06")))
    [event] = store.query_events(conn)
    assert event["money_purpose"] == "ransom"


def test_caucasus_and_central_asian_currencies():
    from eventwatch.annotate.numbers import find_quantities

    found = find_quantities("a fine of 500 laris and 20 manats")
    assert [(q.low, q.unit) for q in found] == [(500, "GEL"), (20, "AZN")]


@pytest.mark.parametrize(("text", "low", "unit"), [
    ("They asked for 7 million Congolese francs.", 7_000_000, "CDF"),
    ("They asked for FC 3 million.", 3_000_000, "CDF"),  # the franc's sign, before a scale word
    ("They asked for 90,000 Rwandan francs.", 90_000, "RWF"),
    ("They asked for 40,000 francs.", 40_000, "francs"),  # the country tells which francs
])
def test_francs(text, low, unit):
    (quantity,) = find_quantities(text)
    assert (quantity.low, quantity.unit) == (low, unit)


def test_a_football_clubs_initials_are_no_franc():
    assert all(q.unit is None for q in find_quantities("Kinshasa FC 2 goals ahead at half time."))


def test_shared_franc_word_is_read_by_the_country():
    event = _event("On Monday gunmen kidnapped a trader in Bukavu, South Kivu, and demanded a ransom of "
                   "8 million francs.")
    assert (event["money_amount"], event["money_currency"]) == (8_000_000, "CDF")
