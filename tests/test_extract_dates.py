"""The event's date as news gives it, resolved against the right reference day (invented sentences)."""

from __future__ import annotations

import pytest
from conftest import one_event

import eventwatch


def _date(text: str, published: str | None = "2019-12-20") -> tuple[str | None, str | None]:
    event = one_event(text, published)
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The end of a period is not the incident's day.
        ("On May 3, soldiers began an offensive against militants in Anbar province. The army said that "
         "until May 8, 15 militants were killed.", {"2019-05-03"}),
        ("Gunmen besieged a village in Diyala province in an assault that lasted until Dec 14, killing 5 farmers.",
         {"2019-12-20"}),
        # Nor is the day a victim's body was found.
        ("Gunmen kidnapped a teacher in Kirkuk province on Oct 4. His body was found on Oct 11 near a river.",
         {"2019-10-04"}),
        # A date counted back from an earlier one in the sentence tells of an earlier event.
        ("As reported on Mar 14, gunmen killed two guards in a village in Nineveh province who had been hired "
         "after a farmer was shot three months earlier.", {"2019-03-14"}),
    ],
)
def test_dates_after_the_incident(text, expected):
    events = eventwatch.extract(text, published="2019-12-20")["events"]
    assert {e["event_date"] for e in events} == expected


def _abduction_date(text: str) -> tuple[str | None, str | None]:
    events = eventwatch.extract(text, published="2019-12-20")["events"]
    taken = [e for e in events if e["sub_event_type"] == "Abduction/forced disappearance"]
    assert len(taken) == 1 and taken[0]["kidnapped"] == 4
    return taken[0]["event_date"], taken[0]["date_precision"]


def test_days_after_an_earlier_incident_counts_from_its_date():
    assert _abduction_date("Insurgents stormed a police station in Kelmar on December 2, killing two officers. "
                           "Ten days after the raid, gunmen abducted four teachers in Varno.") == ("2019-12-12", "day")


def test_days_after_never_lands_after_the_report():
    # Wednesday is two days before the report: ten days after it would be a day not yet come,
    # so the weekday told an earlier week's raid and only the report's week is known.
    date, precision = _abduction_date("Insurgents stormed a police station in Kelmar on Wednesday, killing two "
                                      "officers. Ten days after the raid, gunmen abducted four teachers in Varno.")
    assert date is not None and date <= "2019-12-20" and precision != "day"


@pytest.mark.parametrize(("text", "expected"), [
    # the day a statement was issued is the report's, not the incident's, where the incident has its own
    ("Police said in a statement issued on Tuesday that bandits killed four herders in Kebbi on Sunday.",
     ("2019-12-15", "day")),
    ("In a statement issued on Tuesday, police said bandits killed four herders in Kebbi on Sunday.",
     ("2019-12-15", "day")),
    # with no day of its own, the report's day is the best the text gives (as for "said on Tuesday")
    ("Bandits killed four herders in Kebbi, police said in a statement issued on Tuesday.", ("2019-12-17", "day")),
])
def test_a_statement_s_issue_day_is_the_report_s(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act dated only by its year carries that year, not the day of the later report.
        ("A car bomb killed 14 people in Marjah district in 2017.", ("2017-01-01", "year")),
        ("In 2016, gunmen abducted 9 teachers in Nangarhar province.", ("2016-01-01", "year")),
        # "since 2015" tells of a span, not of the act's date: the report's week stays.
        ("Gunmen killed 3 farmers in Helmand province. The rebels have held the area since 2015.",
         ("2019-12-20", "week")),
    ],
)
def test_year_only_date(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("words", "first", "precision"), [
    ("over the past six months", "2019-06-01", "month"),
    ("in the past three weeks", "2019-11-25", "week"),
    ("during the previous ten days", "2019-12-10", "day"),
    ("over the last two years", "2017-01-01", "year"),
    ("in the past 24 hours", "2019-12-19", "day"),
    ("over the past 48 hours", "2019-12-18", "day"),
])
def test_a_stretch_back_from_publication_starts_where_its_count_of_units_says(words, first, precision):
    from datetime import date

    from eventwatch.annotate.dates import find_stretches
    [stretch] = find_stretches(f"Officials counted the dead {words}.", date(2019, 12, 20))
    assert (stretch.date.isoformat(), stretch.precision, stretch.text) == (first, precision, words)


def test_one_pattern_names_every_stretch_and_dates_only_those_counted_back():
    from datetime import date

    from eventwatch.annotate.dates import find_stretches, names_stretch
    for words in ("in recent months", "so far this year", "during the first quarter", "over the past few weeks",
                  "over the last decade", "over the years", "for months"):
        text = f"Officials counted the dead {words}."
        assert names_stretch(text), words
        assert find_stretches(text, date(2019, 12, 20)) == [], words  # no count back from the publication date
    assert not names_stretch("Officials counted the dead last week.")
    [stretch] = find_stretches("Officials counted the dead within the past eighteen months.", date(2019, 12, 20))
    assert (stretch.date.isoformat(), stretch.precision) == ("2018-06-01", "month")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a named week of a month is that week, not the week before publication
    ("Gunmen killed three farmers in Babil province in the last week of February.", "2020-03-05",
     ("2020-02-23", "week")),  # (a leap year: the last seven days start on the 23rd)
    # of the latest such month not after the publication date
    ("Gunmen killed three farmers in Babil province in the last week of February.", "2020-01-10",
     ("2019-02-22", "week")),
    ("Gunmen killed three farmers in Babil province in the first week of December.", "2019-12-20",
     ("2019-12-01", "week")),
    ("Gunmen killed three farmers in Babil province in the second week of November.", "2019-12-20",
     ("2019-11-08", "week")),
    # a night, morning or the early hours of a weekday are that weekday's (Friday 20 December 2019)
    ("Gunmen killed three farmers in Babil province Tuesday night.", "2019-12-20", ("2019-12-17", "day")),
    ("Gunmen killed three farmers in Babil province in the early hours of Sunday.", "2019-12-20",
     ("2019-12-15", "day")),
    ("Gunmen killed three farmers in Babil province on the night of Wednesday.", "2019-12-20",
     ("2019-12-18", "day")),
    # a night spanning two days is dated by the day it began
    ("Gunmen killed three farmers in Babil province on the night of 3 to 4 May.", "2019-12-20",
     ("2019-05-03", "day")),
    # a day of the month alone: of the month published in, or the one before when that day is still to come
    ("Gunmen killed three farmers in the village of Jurf in Babil province on the 12th.", "2019-12-20",
     ("2019-12-12", "day")),
    ("Gunmen killed three farmers in Babil province on the 25th.", "2019-12-20", ("2019-11-25", "day")),
    ("Gunmen killed three farmers in Babil province on the 3rd of last month.", "2019-12-20", ("2019-11-03", "day")),
    # day-month with an ordinal; "last Friday" told on a Friday is the Friday a week before
    ("Gunmen killed three farmers in Babil province on the 3rd of May.", "2019-12-20", ("2019-05-03", "day")),
    ("Gunmen killed three farmers in Babil province last Friday.", "2019-12-20", ("2019-12-13", "day")),
    # a feast's eve names no day the text gives: the report's week, no invented day
    ("Gunmen killed three farmers in Babil province on the eve of Eid.", "2019-12-20", ("2019-12-20", "week")),
])
def test_named_weeks_nights_and_days_of_the_month(text, published, expected):
    assert _date(text, published) == expected


def test_a_floor_numbered_is_no_day_of_the_month():
    from datetime import date

    from eventwatch.annotate.dates import find_dates
    assert find_dates("Soldiers searched the 12th floor of the tower.", date(2019, 12, 20)) == []
    assert find_dates("Snipers fired from a window on the 5th floor.", date(2019, 12, 20)) == []


@pytest.mark.parametrize(("text", "expected"), [
    # counted from the date told before it, where the text gives one
    ("On Dec 10, gunmen kidnapped a judge in Basra province. Two days earlier, gunmen killed three farmers in "
     "Babil province.", ("2019-12-08", "day")),
    # else back from the publication date (Friday 20 December 2019), with the precision of its unit
    ("Gunmen killed three farmers in Babil province two days earlier.", ("2019-12-18", "day")),
    ("Gunmen killed three farmers in Babil province two weeks earlier.", ("2019-12-06", "week")),
])
def test_days_earlier_count_back_from_the_date_before_or_the_publication(text, expected):
    events = eventwatch.extract(text, published="2019-12-20")["events"]
    assert (events[-1]["event_date"], events[-1]["date_precision"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday with no preposition, as wire copy writes it (Friday 20 December 2019)
    ("Gunmen killed three farmers in Babil province Tuesday.", ("2019-12-17", "day")),
    ("Tuesday's bombing in Babil province killed three farmers.", ("2019-12-17", "day")),
    # a feast named by its weekday, or the bound of a span, is no day of the incident
    ("Gunmen killed three farmers in Babil province on Good Friday.", ("2019-12-20", "week")),
])
def test_a_bare_weekday_dates_the_incident(text, expected):
    assert _date(text) == expected


def test_a_weekday_bounding_a_span_or_naming_a_paper_is_no_date():
    from datetime import date

    from eventwatch.annotate.dates import find_dates
    for text in ("Fighting has gone on since Saturday.", "The Sunday Times reported it.", "Shops open Monday-Friday."):
        assert find_dates(text, date(2019, 12, 20)) == [], text


@pytest.mark.parametrize(("text", "published", "expected"), [
    # two weekdays of one incident are dated by the first, as "the night of 3 to 4 May" is (Friday 20 December
    # 2019): with no preposition, after "between" or "overnight" the second day was taken
    ("Gunmen killed three farmers in Babil province Tuesday and Wednesday.", "2019-12-20", ("2019-12-17", "day")),
    ("Gunmen killed three farmers in Babil province between Tuesday and Wednesday.", "2019-12-20",
     ("2019-12-17", "day")),
    ("Gunmen killed three farmers in Babil province overnight Tuesday to Wednesday.", "2019-12-20",
     ("2019-12-17", "day")),
    ("Gunmen killed three farmers in Babil province on Tuesday night and Wednesday morning.", "2019-12-20",
     ("2019-12-17", "day")),
    # told on the first day, the span ended the week before (the second day is not yet come)
    ("Gunmen killed three farmers in Babil province on Tuesday and Wednesday.", "2019-12-17", ("2019-12-10", "day")),
])
def test_two_weekdays_of_one_incident_date_it_by_the_first(text, published, expected):
    assert _date(text, published) == expected


def test_a_span_of_weekdays_is_one_date_mention():
    from datetime import date

    from eventwatch.annotate.dates import find_dates
    [mention] = find_dates("Fighting raged Tuesday and Wednesday in the hills.", date(2019, 12, 20))
    assert (mention.text, mention.date) == ("Tuesday and Wednesday", date(2019, 12, 17))
