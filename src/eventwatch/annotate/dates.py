"""Temporal expressions, resolved against the publication date.

"On Sunday", "last month", "June 17", "March 5th", "ten days later": each becomes a date with a
precision (day, week, month, year). Without a publication date a year is never guessed: such an
expression keeps its text and gets the precision "unknown-year" (month and day known) or
"unknown" (relative to a date we do not have).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .numbers import parse_number
from .text import DisjointSpans, FoldedPattern

MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS = dict(MONTH_NAMES)
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NUMWORD = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a)"

_DAY_RANGE = (rf"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*{_DAY}(?:\s+of)?\s+{_MONTH}"
              rf"(?:,?\s+{_YEAR})?\b")
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night)s?)?"
# "on Tuesday and Wednesday", "Tuesday night to Wednesday": one span of days, dated by its first day
_WEEKDAY_SPAN = (r"\s+(?:and|to|through|into)\s+(?:on\s+|late\s+|early\s+)?"
                 r"(?P<weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" + _PART_OF_DAY)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "in the last week of February", "the first week of March": a named week of a month, not "last week"
    ("monthweek", re.compile(
        rf"\b(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of\s+"
        rf"(?:(?P<rel>last|this)\s+month|{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?)\b", re.IGNORECASE)),
    # "the night of 3 to 4 May", "between 3 and 5 May", "3 to 4 May": the first day of the span (two
    # patterns, the words before the days first, so that each is scanned only where it can begin)
    ("dmy_range", re.compile(
        rf"\b(?:night\s+of\s+|between\s+(?=\d+(?:st|nd|rd|th)?\s+and\s)){_DAY_RANGE}", re.IGNORECASE)),
    ("dmy_range", re.compile(rf"\b{_DAY_RANGE}", re.IGNORECASE)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy_numeric", re.compile(r"\b(?P<day>[0-3]?\d)[ /.](?P<mnum>[01]?\d)[ /.](?P<year>(?:19|20)\d\d)\b")),
    ("dmy", re.compile(rf"\b{_DAY}(?:\s+of)?[\s-]+{_MONTH}(?:,?[\s-]+{_YEAR}|[\s-](?P<yy>\d\d)\b)?\b", re.IGNORECASE)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?", re.IGNORECASE)),
    ("my", re.compile(rf"\b(?:(?:early|mid|late|end of|beginning of)[\s-]+)?{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?\b")),
    ("year", re.compile(rf"\b(?:in|since|during|by|of|early|late|mid-?)\s+{_YEAR}\b", re.IGNORECASE)),
    # "on the 12th" alone: a day of the month published in (or of the month before, when it is later)
    ("dayonly", re.compile(r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?:\s+of\s+(?P<rel>this|last)\s+month\b|(?=\s*(?:[,.;:)]|$)))",
                           re.IGNORECASE)),
    ("weekday", re.compile(r"\b(?:on|last|this|late|early|(?:early|small|wee)\s+hours\s+of|(?:night|morning|evening|afternoon)\s+of)\s+"
                           rf"{_WEEKDAY}\b(?:\s+(?:morning|afternoon|evening|night))?(?:{_WEEKDAY_SPAN})?", re.IGNORECASE)),
    # "Tuesday night", "Sunday morning" with no preposition before it
    ("weekday", re.compile(rf"\b{_WEEKDAY}\s+(?:morning|afternoon|evening|night)\b(?:{_WEEKDAY_SPAN})?", re.IGNORECASE)),
    # "gunmen killed two guards Tuesday" (a weekday with no preposition, as wire copy writes it); not a
    # day's name in a feast, a newspaper's title, a span of weekdays or the bound of a span ("since Saturday")
    ("weekday", re.compile(r"(?<!\w)(?<!Good )(?<!Black )(?<!Ash )(?<!Super )(?<!Bloody )(?<!Easter )(?<!Palm )(?<!Holy )"
                           r"(?<!Cyber )(?<!Maundy )(?<![-–])(?<!since )(?<!until )(?<!till )(?<!from )(?<!by )(?<!before )(?<!after )"
                           r"(?<!Since )(?<!Until )(?<!From )(?<!By )(?<!Before )(?<!After )" + _WEEKDAY +
                           r"\b(?:" + _WEEKDAY_SPAN + r"|(?![-–]|\s+(?:to|through|and|or)\s+(?-i:[A-Z])|\s+(?-i:[A-Z])))")),
    ("relday", re.compile(r"\b(?P<rel>yesterday|today|tonight|last night|this morning|this afternoon|this evening|earlier today)\b", re.IGNORECASE)),
    ("relperiod", re.compile(r"\b(?P<which>last|this|past|previous|earlier this|late last|early last)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("ago", re.compile(rf"\b{_NUMWORD}\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    ("later", re.compile(rf"\b(?:{_NUMWORD}\s+(?P<unit>day|week|month)s?\s+(?P<dir>later|after(?:wards)?|earlier|before)|(?P<next>the\s+(?:next|following)\s+(?:day|morning|evening|night)|the\s+day\s+(?:after|before)))\b", re.IGNORECASE)),
]

_SEARCHED = [(kind, FoldedPattern(pattern)) for kind, pattern in PATTERNS]


@dataclass(frozen=True)
class TimeMention:
    """A temporal expression and the date it stands for."""

    start: int
    end: int
    text: str
    date: date | None  # None when it cannot be resolved (no publication date or no anchor)
    precision: str  # day | week | month | year | unknown-year | unknown
    relative: int | None = None  # days after the previous date in the text ("ten days later")
    month_day: tuple[int, int] | None = None  # kept when the year is unknown


def find_dates(text: str, published: date | None, start: int = 0, end: int | None = None) -> list[TimeMention]:
    """All temporal expressions in text[start:end], earliest first, without overlaps."""
    end = len(text) if end is None else end
    found: list[TimeMention] = []
    taken = DisjointSpans()
    for kind, pattern in _SEARCHED:
        for match in pattern.finditer(text, start, end):
            if not taken.free(*match.span()):
                continue
            mention = _resolve(kind, match, published)  # type: ignore[arg-type]
            if mention is None:
                continue
            taken.take(*match.span())
            found.append(mention)
    found.sort(key=lambda m: m.start)
    return found


def resolve_relative(mention: TimeMention, anchor: TimeMention | None, published: date | None = None) -> TimeMention:
    """"ten days later" gets its date from the date mentioned before it; "two days earlier" with no
    date before it counts back from the publication date (where given), the one day the text is told on."""
    if mention.relative is None:
        return mention
    if (anchor is None or anchor.date is None) and published is not None and mention.relative < 0:
        back = -mention.relative
        precision = "day" if back < 7 else "week" if back < 28 else "month"
        return TimeMention(mention.start, mention.end, mention.text, published + timedelta(days=mention.relative),
                           precision, mention.relative)
    if anchor is None or anchor.date is None:
        return mention
    precision = anchor.precision if anchor.precision != "day" else "day"
    return TimeMention(
        mention.start, mention.end, mention.text, anchor.date + timedelta(days=mention.relative),
        precision, mention.relative,
    )


def _resolve(kind: str, m: re.Match[str], published: date | None) -> TimeMention | None:
    text = m.group()
    mk = lambda d, p, **kw: TimeMention(m.start(), m.end(), text, d, p, **kw)  # noqa: E731
    if kind in {"iso", "dmy_numeric"}:
        return _safe(mk, int(m["year"]), int(m["mnum"]), int(m["day"]), "day")
    if kind == "monthweek":
        return _month_week(m, mk, published)
    if kind == "dayonly":
        if published is None:
            return mk(None, "unknown")
        day = int(m["day"])
        months = published.year * 12 + published.month - 1
        if (m["rel"] or "").lower() == "last" or (not m["rel"] and day > published.day):
            months -= 1
        return _safe(mk, months // 12, months % 12 + 1, day, "day")
    if kind in {"dmy", "mdy", "dmy_range"}:
        month, day = MONTHS[m["month"].lower().rstrip(".")], int(m["d1"] if kind == "dmy_range" else m["day"])
        if kind == "dmy_range" and not day < int(m["day"]) <= 31:
            return None
        if not 1 <= day <= 31:
            return None
        year = int(m["year"]) if m["year"] else (2000 + int(m["yy"]) if m.groupdict().get("yy") else None)
        if kind == "mdy" and m["month"].lower() == "may" and not m["year"] and not text[0].isupper():
            return None  # "may 5" in lower case is the verb
        if year is None:
            if published is None:
                return mk(None, "unknown-year", month_day=(month, day))
            # The latest such day on or before publication: a report tells of the past, and the
            # publication date of a record may be later than its writing, never earlier.
            year = published.year
            try:
                if date(year, month, day) > published:
                    year -= 1
            except ValueError:
                return None
        return _safe(mk, year, month, day, "day")
    if kind == "my":
        if m["month"] == "May" and not m["year"] and _may_is_verb(m.string, m.start()):
            return None
        month = MONTHS[m["month"].lower().rstrip(".")]
        if m["month"].lower() in {"mar", "jun", "jan", "dec", "oct", "sep", "aug", "nov", "apr", "jul", "feb"} and not m["year"]:
            return None  # a bare abbreviation is too often something else
        if m["year"]:
            year = int(m["year"])
        elif published is not None:
            year = published.year - (1 if month > published.month else 0)
        else:
            return mk(None, "unknown-year", month_day=(month, 1))
        return _safe(mk, year, month, 1, "month")
    if kind == "year":
        return _safe(mk, int(m["year"]), 1, 1, "year")
    if kind == "weekday":
        if published is None:
            return mk(None, "unknown")
        target = WEEKDAYS[m["weekday"].lower()]
        back = (published.weekday() - target) % 7
        if m.group().lower().startswith("last") and back == 0:
            back = 7
        if m["weekday2"] and back < (WEEKDAYS[m["weekday2"].lower()] - target) % 7:
            back += 7  # "on Tuesday and Wednesday" told on a Tuesday: the span ended before the report
        return mk(published - timedelta(days=back), "day")
    if kind == "relday":
        if published is None:
            return mk(None, "unknown")
        rel = m["rel"].lower()
        back = 1 if rel in {"yesterday", "last night"} else 0
        return mk(published - timedelta(days=back), "day")
    if kind == "relperiod":
        if published is None:
            return mk(None, "unknown")
        unit = m["unit"].lower()
        return mk(_units_back(published, 0 if m["which"].lower() in {"this", "earlier this"} else 1, unit), unit)
    if kind == "ago":
        if published is None:
            return mk(None, "unknown")
        n = _count(m["n"])
        unit = m["unit"].lower()
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        precision = {"day": "day", "week": "week", "month": "month", "year": "year"}[unit]
        return mk(published - timedelta(days=days), precision)
    if kind == "later":
        if m["next"]:
            days = -1 if "before" in m["next"].lower() else 1
        else:
            n = _count(m["n"])
            days = n * {"day": 1, "week": 7, "month": 30}[m["unit"].lower()]
            if m["dir"].lower() in {"earlier", "before"}:
                days = -days
        return mk(None, "unknown", relative=days)
    return None


# A stretch of time named in words, the one pattern for it: back from the publication date with a count of
# units ("over the past six months", "in the last 12 months", "during the previous two years", "in the past 24
# hours": find_stretches dates it), or one that no date is read from ("over the past few months", "in the first
# quarter", "in recent months", "so far this year", "since the start of"): a period all the same, which tells a tally of many
# incidents from one (claims.period_toll). Not among PATTERNS: an incident is not dated by it, only the tally of
# a period (claims) is. ("since the start of the year" stays a running toll, claimed by its source.) One unit
# back is a stretch too ("in the past week", "over the last month": the relperiod date dates it), though not
# a named one ("in the last week of May").
STRETCH = FoldedPattern(re.compile(
    r"\b(?:(?:over|in|during|for|across|within|throughout)\s+the\s+"
    r"(?:(?P<back>past|last|previous)|first|second|third|fourth|latter)\s+(?:(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+)?"
    r"(?:(?P<unit>hour|day|week|month|year|decade)s|quarter|half|decade)"
    r"|(?:over|in|during|for|within|throughout)\s+the\s+(?:past|last|previous)\s+(?:week|month|year)\b(?!\s+of\b)"
    r"|in\s+recent\s+(?:weeks|months|years)|so\s+far\s+this\s+(?:year|month)|since\s+the\s+(?:start|beginning)\s+of"
    # an undated stretch: "over the years", "for months", "over recent weeks"
    r"|(?:over|for|during)\s+(?:the\s+)?(?:(?:past|last|recent)\s+)?(?:years|months|decades|weeks))\b",
    re.IGNORECASE))


def names_stretch(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a stretch of time is named between start and end, dated or not ("in recent months")."""
    return STRETCH.search(text, start, len(text) if end is None else end) is not None


def stretch_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where the stretches named between start and end stand (the date "past week" of "in the past week" is
    the stretch's own, no day an incident is told on)."""
    return [m.span() for m in STRETCH.finditer(text, start, len(text) if end is None else end)]


def find_stretches(text: str, published: date | None, start: int = 0, end: int | None = None) -> list[TimeMention]:
    """Periods told as a stretch back from the publication date, each as its first day with the
    precision of its unit ("over the past six months" in a text of 15 March 2021: 2020-09-01, month),
    the way a period "since January" is kept; none without a publication date or a count ("the past
    few months")."""
    if published is None:
        return []
    found = []
    for m in STRETCH.finditer(text, start, len(text) if end is None else end):
        if not (m["back"] and m["n"] and m["unit"]):
            continue  # "in the first quarter", "over the past months": back from no date the text gives
        n = parse_number(m["n"])
        if not n or n != int(n):
            continue
        n, unit = int(n), m["unit"].lower()
        if unit == "decade":
            n, unit = 10 * n, "year"
        elif unit == "hour":
            n, unit = -(-n // 24), "day"  # "over the past 48 hours": the two days before the report
        found.append(TimeMention(m.start(), m.end(), m.group(), _units_back(published, n, unit), unit))
    return found


def _month_week(m: re.Match[str], mk, published: date | None) -> TimeMention | None:  # type: ignore[no-untyped-def]
    """"the last week of February": the seven days that end the month (the first week: the seven that
    begin it), of the latest such month not after the publication date; precision week."""
    ordinal = m["ord"].lower()
    index = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}.get(ordinal)
    if m["rel"]:
        if published is None:
            return mk(None, "unknown")
        months = published.year * 12 + published.month - 1 - (1 if m["rel"].lower() == "last" else 0)
        year, month = months // 12, months % 12 + 1
    else:
        month = MONTHS[m["month"].lower().rstrip(".")]
        if m["year"]:
            year = int(m["year"])
        elif published is None:
            first = 1 + 7 * index if index is not None else None
            return mk(None, "unknown-year", month_day=(month, first) if first else None)
        else:
            year = published.year
    def first_day(y: int) -> date:
        return date(y, month, 1 + 7 * index if index is not None else calendar.monthrange(y, month)[1] - 6)
    day = first_day(year)
    if published is not None and not m["rel"] and not m["year"] and day > published:
        day = first_day(year - 1)
    return mk(day, "week")


def _units_back(published: date, n: int, unit: str) -> date:
    """The first day of the day, week (from Monday), month or year n units before the one published
    falls in (n = 0: its own): "last month" is 1 month back, "over the past six months" 6."""
    if unit == "day":
        return published - timedelta(days=n)
    if unit == "week":
        first = published - timedelta(days=7 * n)
        return first - timedelta(days=first.weekday())
    if unit == "month":
        months = published.year * 12 + published.month - 1 - n
        return date(months // 12, months % 12 + 1, 1)
    return date(published.year - n, 1, 1)


def _count(word: str) -> int:
    value = parse_number(word) or (3 if word.lower() in {"a few", "several"} else 1)
    return int(value)


def _may_is_verb(text: str, pos: int) -> bool:
    before = text[max(0, pos - 15) : pos].lower()
    return not re.search(r"\b(in|since|during|of|until|by|early|late|mid|and|from|through|on)\s*$", before)


def _safe(mk, year: int, month: int, day: int, precision: str) -> TimeMention | None:  # type: ignore[no-untyped-def]
    try:
        return mk(date(year, month, day), precision)
    except ValueError:
        return None
