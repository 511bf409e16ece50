"""Resolve: is a newly extracted event the same incident as one already stored?

The same kidnapping told by five outlets should be one event with five sources; two different
incidents must never become one. A missed merge costs a duplicate row that an analyst can
still see; a wrong merge hides an incident, so every rule here errs on the side of keeping
events apart. Two reports are the same incident when all of these hold:

1. **Different articles.** The extractor already separates the incidents inside one article.
2. **Type.** Same ACLED event type and sub-event type, or a pair that one incident is often
   reported as both (`COMPATIBLE_SUBTYPES`: an abduction whose hostages are then killed).
3. **Date.** Both dated, within a window set by the coarser precision: day ±2 days, week
   ±7 days, month the same calendar month; year-only or undated reports never merge.
4. **Place.** Same country; same admin1 (ISO 3166-2) or one of them unknown; and where both
   name a town or district, the two places are the same name or within `NEAR_KM`.
5. **Counts.** Each figure both report (killed, injured, kidnapped, arrested) is compatible:
   the larger is at most twice the smaller plus 3 (tolls rise as bodies are found; 3 and 30
   are different incidents).
6. **Actors.** actor1 and actor2 are each the same, or one is unknown or a generic
   "Unidentified Armed Group".
7. **A positive link.** Compatibility is not enough: the reports must also share a precise
   place (same town, or within `SAME_PLACE_KM`) or a figure (an equal non-zero count).

`same_incident` applies the rules to two reports; `best_match` picks, among stored events,
the one every source of which matches the new report, with the highest score. `merge`
builds the merged event from its sources and `figure_ranges` summarises conflicting figures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

FIGURES = ("fatalities", "injured", "kidnapped", "arrested")
MONEY = ("money_amount",)
COMPATIBLE_SUBTYPES = {
    frozenset({"Abduction/forced disappearance", "Attack"}),
}
DAY_WINDOW = {"day": 2, "week": 7}
NEAR_KM = 25.0
SAME_PLACE_KM = 10.0
GENERIC_ACTORS = re.compile(r"^(unidentified|unknown)\b", re.IGNORECASE)
PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class Match:
    """The outcome of comparing two reports: whether they are one incident, and why."""

    same: bool
    score: float
    reason: str


def same_incident(new: dict[str, Any], old: dict[str, Any]) -> Match:
    """Apply the rules in the module docstring to two event reports (record dicts)."""
    if new.get("article_id") and new.get("article_id") == old.get("article_id"):
        return Match(False, 0, "same article")
    if not _types_compatible(new, old):
        return Match(False, 0, "different type")
    ok, why = _dates_compatible(new, old)
    if not ok:
        return Match(False, 0, why)
    ok, why, place_link = _places_compatible(new, old)
    if not ok:
        return Match(False, 0, why)
    ok, why, figure_link = _figures_compatible(new, old)
    if not ok:
        return Match(False, 0, why)
    for key in ("actor1", "actor2"):
        if not _actors_compatible(new.get(key), old.get(key)):
            return Match(False, 0, f"different {key}")
    if not (place_link or figure_link):
        return Match(False, 0, "nothing specific in common (no shared town, no shared figure)")
    score = 1.0 + 2 * place_link + 2 * figure_link
    score += new.get("sub_event_type") == old.get("sub_event_type")
    score += new.get("event_date") == old.get("event_date")
    score += sum(bool(new.get(k)) and new.get(k) == old.get(k) for k in ("actor1", "actor2"))
    links = [name for name, on in (("place", place_link), ("figures", figure_link)) if on]
    return Match(True, score, "same " + " and ".join(links))


def best_match(new: dict[str, Any], candidates: Iterable[tuple[int, Sequence[dict[str, Any]]]]
               ) -> tuple[int, Match] | None:
    """The stored event (id, its sources) that the new report belongs to, or None.

    Every source of a candidate must match (complete linkage), so one loose report cannot
    chain two incidents together; ties go to the lowest id, for deterministic results.
    """
    best: tuple[int, Match] | None = None
    for event_id, sources in candidates:
        if not sources:
            continue
        matches = [same_incident(new, source) for source in sources]
        if not all(m.same for m in matches):
            continue
        match = Match(True, min(m.score for m in matches), matches[0].reason)
        if best is None or match.score > best[1].score or (match.score == best[1].score and event_id < best[0]):
            best = (event_id, match)
    return best


def date_window(record: dict[str, Any]) -> tuple[str, str] | None:
    """The widest event_date range a stored match can have (a cheap pre-filter for SQL)."""
    day = _parse_date(record.get("event_date"))
    if day is None or record.get("date_precision") not in DAY_WINDOW and record.get("date_precision") != "month":
        return None
    start = date.fromordinal(day.toordinal() - 40)
    end = date.fromordinal(day.toordinal() + 40)
    return start.isoformat(), end.isoformat()


def compatible_subtypes(sub_event_type: str | None) -> set[str]:
    """Sub-event types a report of this type may merge with (itself included)."""
    out = {sub_event_type} if sub_event_type else set()
    for pair in COMPATIBLE_SUBTYPES:
        if sub_event_type in pair:
            out |= pair
    return out


# --- merging --------------------------------------------------------------------------------

def merge(sources: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The merged event from its sources (record dicts in the order they were stored).

    Each group of fields comes whole from one source, so values and evidence stay together:
    type and actors from the most confident report; the date from the most precise one; the
    place from the most precise one (smallest geo_precision); each figure is the lowest any
    source reports (ACLED's conservative rule), with `ranges` giving lowest, highest and most
    recent. Evidence entries name the article they point into.
    """
    if not sources:
        raise ValueError("an event needs at least one source")
    primary = _best(sources, lambda s: (-(s.get("confidence") or 0)))
    out: dict[str, Any] = {}
    evidence: dict[str, Any] = {}

    def take(source: dict[str, Any], fields: Iterable[str]) -> None:
        for name in fields:
            out[name] = source.get(name)
            span = (source.get("evidence") or {}).get(name)
            if span is not None and out[name] is not None:
                evidence[name] = {**span, "article_id": source.get("article_id")}

    take(primary, ("event_type", "sub_event_type", "gtd_attack_type", "actor1", "inter1", "actor2", "inter2",
                   "target_type", "confidence"))
    dated = [s for s in sources if s.get("event_date")]
    when = _best(dated, lambda s: PRECISION_ORDER.get(s.get("date_precision") or "year", 9)) if dated else primary
    take(when, ("event_date", "date_precision", "date_text"))
    placed = [s for s in sources if s.get("admin1_code") or s.get("location")]
    where = _best(placed, lambda s: s.get("geo_precision") or 9) if placed else primary
    take(where, ("country", "iso3", "admin1", "admin1_code", "admin2", "location", "latitude", "longitude",
                 "geo_precision"))
    ranges = figure_ranges(sources)
    for name in FIGURES:
        reporting = [s for s in sources if s.get(name) is not None]
        if not reporting:
            out[name] = None
            continue
        lowest = _best(reporting, lambda s, n=name: s[n])
        take(lowest, (name,))
    money = [s for s in sources if s.get("money_amount") is not None]
    take(_best(money, lambda s: s["money_amount"]) if money else primary, ("money_amount", "money_currency"))
    tactics: list[str] = []
    for source in sources:
        for tag in source.get("tactics") or []:
            if tag not in tactics:
                tactics.append(tag)
    out["tactics"] = tactics
    for source in sources:  # tactic evidence from whichever report named them
        span = (source.get("evidence") or {}).get("tactics")
        if span is not None and "tactics" not in evidence and tactics:
            evidence["tactics"] = {**span, "article_id": source.get("article_id")}
    out["confidence"] = max(s.get("confidence") or 0 for s in sources)
    out["ranges"] = ranges
    out["evidence"] = dict(sorted(evidence.items()))
    out["sentence"] = primary.get("sentence") or {"start": None, "end": None, "text": ""}
    out["article_id"] = sources[0].get("article_id")
    return out


def figure_ranges(sources: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per figure: lowest, highest, most recent report (by publication date) and the count of
    reports. A source that wrote a range ("5 to 7") contributes both ends."""
    out: dict[str, dict[str, Any]] = {}
    for name in (*FIGURES, *MONEY):
        values = []
        for index, source in enumerate(sources):
            if source.get(name) is None:
                continue
            written = (source.get("ranges") or {}).get(name) or {}
            low = written.get("low", source[name])
            high = written.get("high", source[name])
            values.append((source.get("published") or "", index, source[name], low, high, source))
        if not values:
            continue
        latest = max(values, key=lambda v: (v[0], v[1]))
        summary: dict[str, Any] = {
            "lowest": _num(min(v[3] for v in values)),
            "highest": _num(max(v[4] for v in values)),
            "most_recent": _num(latest[2]),
            "most_recent_article": latest[5].get("article_id"),
            "most_recent_published": latest[5].get("published"),
            "reports": len(values),
        }
        if len(values) == 1:
            written = (latest[5].get("ranges") or {}).get(name) or {}
            for key in ("qualifier", "text"):
                if written.get(key):
                    summary[key] = written[key]
        out[name] = summary
    return out


# --- rules ----------------------------------------------------------------------------------

def _types_compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    sa, sb = a.get("sub_event_type"), b.get("sub_event_type")
    if not sa or not sb:
        return False
    if sa == sb:
        return a.get("event_type") == b.get("event_type")
    return frozenset({sa, sb}) in COMPATIBLE_SUBTYPES


def _dates_compatible(a: dict[str, Any], b: dict[str, Any]) -> tuple[bool, str]:
    da, db = _parse_date(a.get("event_date")), _parse_date(b.get("event_date"))
    if da is None or db is None:
        return False, "undated"
    pa, pb = a.get("date_precision") or "year", b.get("date_precision") or "year"
    coarser = max(pa, pb, key=lambda p: PRECISION_ORDER.get(p, 9))
    if coarser in DAY_WINDOW:
        ok = abs(da.toordinal() - db.toordinal()) <= DAY_WINDOW[coarser]
    elif coarser == "month":
        ok = (da.year, da.month) == (db.year, db.month)
    else:
        return False, "date too vague"
    return ok, "" if ok else "dates too far apart"


def _places_compatible(a: dict[str, Any], b: dict[str, Any]) -> tuple[bool, str, bool]:
    ca, cb = a.get("iso3") or a.get("country"), b.get("iso3") or b.get("country")
    if ca and cb and ca != cb:
        return False, "different country", False
    ka, kb = a.get("admin1_code"), b.get("admin1_code")
    if ka and kb and ka != kb:
        return False, "different province", False
    precise_a = _precise(a)
    precise_b = _precise(b)
    if not (precise_a and precise_b):
        return True, "", False
    same_name = _place_key(a.get("location")) == _place_key(b.get("location"))
    distance = _km(a, b)
    if same_name and (distance is None or distance <= NEAR_KM):
        return True, "", True
    if distance is None:
        return False, "different towns", False
    if distance > NEAR_KM:
        return False, f"places {distance:.0f} km apart", False
    return True, "", distance <= SAME_PLACE_KM


def _figures_compatible(a: dict[str, Any], b: dict[str, Any]) -> tuple[bool, str, bool]:
    shared = False
    for name in FIGURES:
        x, y = a.get(name), b.get(name)
        if x is None or y is None:
            continue
        lo, hi = sorted((x, y))
        if hi > 2 * lo + 3:
            return False, f"{name} {x} vs {y}", False
        if lo == hi and lo > 0 or _ranges_overlap(a, b, name):
            shared = True
    return True, "", shared


def _ranges_overlap(a: dict[str, Any], b: dict[str, Any], name: str) -> bool:
    ra, rb = (a.get("ranges") or {}).get(name), (b.get("ranges") or {}).get(name)
    if not ra or not rb:
        return False
    return ra.get("low", 0) <= rb.get("high", 0) and rb.get("low", 0) <= ra.get("high", 0) and ra.get("high", 0) > 0


def _actors_compatible(x: str | None, y: str | None) -> bool:
    if not x or not y or x == y:
        return True
    return bool(GENERIC_ACTORS.match(x) or GENERIC_ACTORS.match(y))


def _precise(record: dict[str, Any]) -> bool:
    return bool(record.get("location")) and (record.get("geo_precision") or 3) <= 2


def _place_key(name: str | None) -> str:
    key = (name or "").lower()
    key = re.sub(r"^(al|el|ad|ar|as|at|an|az)[-\s]", "", key)
    return re.sub(r"[^a-z0-9]", "", key)


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    try:
        lat1, lon1, lat2, lon2 = (float(v) for v in (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    except (KeyError, TypeError, ValueError):
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _parse_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _best(items: Sequence[dict[str, Any]], key: Any) -> dict[str, Any]:
    """The first item with the smallest key (stable: earlier sources win ties)."""
    return min(enumerate(items), key=lambda pair: (key(pair[1]), pair[0]))[1]


def _num(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value
