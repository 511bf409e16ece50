"""The event's date as news gives it, resolved against the right reference day (invented sentences)."""

from __future__ import annotations

import pytest

import eventwatch


def _date(text: str, published: str | None = "2019-12-20") -> tuple[str | None, str | None]:
    (event,) = eventwatch.extract(text, published=published)["events"]
    return event["event_date"], event["date_precision"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counted back from the publication date (Friday 20 December 2019).
        ("On Sunday, militants kidnapped 12 shepherds in Anbar province.", ("2019-12-15", "day")),
        ("Gunmen killed two farmers in Diyala province last week.", ("2019-12-09", "week")),
        # Counted back from the report's own date, not the publication date.
        ("As reported on Aug 8, a drone strike last week killed two men in Erbil province.",
         ("2019-07-29", "week")),
        ("As reported on Nov 14, gunmen kidnapped three lawyers in Maysan province on Monday.",
         ("2019-11-11", "day")),
        # A dated incident keeps its own date even when the report is dated too.
        ("As reported on Nov 18, gunmen kidnapped three lawyers in Maysan province on Nov 12.",
         ("2019-11-12", "day")),
        # A month and day after the publication date is last year's: the report tells of the past.
        ("On December 21, gunmen killed a shopkeeper in Kirkuk province.", ("2018-12-21", "day")),
        ("On December 20, gunmen killed a shopkeeper in Kirkuk province.", ("2019-12-20", "day")),
    ],
)
def test_event_dates(text, expected):
    assert _date(text) == expected


def test_no_publication_date_no_guessed_year():
    date, precision = _date("On March 5th, militants kidnapped 4 shepherds in Anbar province.", published=None)
    assert date is None and precision == "unknown-year"
