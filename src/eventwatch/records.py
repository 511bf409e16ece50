"""The records every stage shares: documents in, events, claims and aggregates out.

Each extracted value is stored beside the span of cleaned article text that supports it, so
that an analyst can check any field in seconds (DESIGN.md, "Records").
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from operator import attrgetter
from typing import Any


@dataclass(frozen=True)
class Span:
    """A stretch of the cleaned article text: the evidence behind one value."""

    start: int | None
    end: int | None
    text: str
    source: str = "text"  # "text": offsets into the cleaned text; "metadata": no offsets

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.source != "text":
            out["source"] = self.source
        return out


@dataclass
class RawDocument:
    """One document as read from a source, before cleaning."""

    id: str
    content: str | bytes
    kind: str = "text"  # text | html
    published: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # file path or "file.jsonl:12", for error messages


@dataclass
class Article:
    """A cleaned article: body text plus the metadata the page furniture carried."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    published_span: Span | None = None  # where the dateline sits, if it was in the text
    outlet: str | None = None
    url: str | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)


CEILING_QUALIFIERS = {"up to", "no more than", "at most", "does not exceed", "less than", "fewer than"}


@dataclass
class Quantity:
    """A count as written: a value or a range, with its qualifier ("at least", "up to")."""

    low: float
    high: float
    qualifier: str | None
    span: Span
    unit: str | None = None  # currency code for money, the counted noun otherwise

    @property
    def best(self) -> float:
        """The single figure to report: the ceiling of "up to N", else the low end."""
        return self.high if self.qualifier in CEILING_QUALIFIERS else self.low

    def to_dict(self) -> dict[str, Any]:
        value: dict[str, Any] = {"low": _num(self.low), "high": _num(self.high)}
        if self.qualifier:
            value["qualifier"] = self.qualifier
        if self.unit:
            value["unit"] = self.unit
        value["text"] = self.span.text
        return value


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


EVENT_FIELDS = (
    "event_type",
    "sub_event_type",
    "gtd_attack_type",
    "event_date",
    "date_precision",
    "country",
    "iso3",
    "admin1",
    "admin1_code",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "target_type",
    "perpetrator",
    "fatalities",
    "injured",
    "kidnapped",
    "arrested",
    "money_amount",
    "money_currency",
    "money_purpose",
    "tactics",
    "confidence",
)

# Where an event is: fields that always come together from one telling or one source (an event's
# own sentences joined, or reports of one event merged), so a place is never half of two.
PLACE_FIELDS = ("country", "iso3", "admin1", "admin1_code", "admin2", "location", "latitude", "longitude",
                "geo_precision")


# The values of EVENT_FIELDS of an event, in that order, read in one call.
_event_values = attrgetter(*EVENT_FIELDS)


@dataclass
class Event:
    """One concrete incident, every field backed by a span in `evidence`."""

    article_id: str
    sentence: Span
    event_type: str | None = None
    sub_event_type: str | None = None
    gtd_attack_type: str | None = None
    event_date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    inter2: int | None = None
    target_type: str | None = None
    # The GTD's perpetrator group (gname): actor1, except for a disrupted attack (a bomb defused,
    # a drone intercepted), where ACLED's actor1 is the forces that stopped it and this is the
    # group that planted or launched it, or None where the story names none (the GTD's "Unknown").
    perpetrator: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    kidnapped: int | None = None
    arrested: int | None = None
    money_amount: float | None = None
    money_currency: str | None = None
    money_purpose: str | None = None  # ransom | extortion | theft | reward | compensation | damage
    tactics: list[str] = field(default_factory=list)
    confidence: float = 0.5
    ranges: dict[str, dict[str, Any]] = field(default_factory=dict)
    evidence: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(zip(EVENT_FIELDS, _event_values(self), strict=True))
        out["date_text"] = self.date_text
        out["ranges"] = self.ranges
        out["sentence"] = self.sentence.to_dict()
        out["evidence"] = {k: v.to_dict() for k, v in sorted(self.evidence.items())}
        return out


@dataclass
class Speaker:
    """Who said it: a person, their role, their organisation."""

    name: str | None
    role: str | None
    organisation: str | None
    span: Span


@dataclass
class Claim:
    """An attributed statement of quantity: "IS fighters in Iraq do not exceed 400 to 500"."""

    article_id: str
    sentence: Span
    subject: str
    quantity: Quantity
    speaker: Speaker | None
    as_of: str | None
    as_of_precision: str | None
    evidence: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "quantity": self.quantity.to_dict(),
            "speaker": _speaker_dict(self.speaker),
            "as_of": self.as_of,
            "as_of_precision": self.as_of_precision,
            "sentence": self.sentence.to_dict(),
            "evidence": {k: v.to_dict() for k, v in sorted(self.evidence.items())},
        }


@dataclass
class Aggregate:
    """A count over a period or region: "83 cases of kidnap or murder last month"."""

    article_id: str
    sentence: Span
    subject: str
    quantity: Quantity
    period: str | None
    period_precision: str | None
    region: str | None
    admin1_code: str | None
    speaker: Speaker | None
    evidence: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "quantity": self.quantity.to_dict(),
            "period": self.period,
            "period_precision": self.period_precision,
            "region": self.region,
            "admin1_code": self.admin1_code,
            "speaker": _speaker_dict(self.speaker),
            "sentence": self.sentence.to_dict(),
            "evidence": {k: v.to_dict() for k, v in sorted(self.evidence.items())},
        }


def _speaker_dict(speaker: Speaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    data = asdict(speaker)
    data["span"] = speaker.span.to_dict()
    return data


@dataclass
class Extraction:
    """Everything found in one article: the unit the store and the CLI work with."""

    id: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None
    text: str
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    aggregates: list[Aggregate] = field(default_factory=list)
    error: str | None = None

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "url": self.url,
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
            "aggregates": [a.to_dict() for a in self.aggregates],
            "error": self.error,
        }
        if include_text:
            out["text"] = self.text
        return out
