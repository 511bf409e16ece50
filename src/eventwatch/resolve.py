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
4. **Place.** Same country; same admin1 (ISO 3166-2) or one of them unknown (not both); the
   towns each sentence names (gazetteer) overlap when both name some; and where both events
   sit at a town itself (geo_precision 1), the same name or within `NEAR_KM`.
5. **Counts.** Each figure both report (killed, injured, kidnapped, arrested) is compatible:
   the larger is at most twice the smaller plus 3 (tolls rise as bodies are found; 3 and 30
   are different incidents).
6. **Actors.** actor1 and actor2 are each the same, or one is unknown or a generic
   "Unidentified Armed Group".
7. **A positive link.** Compatibility is not enough; recurring incidents (daily protests in one
   city, airstrikes on one district) are compatible too. Reports of the same day must also
   share an equal figure (with the same town or some specific word), or a close figure, the
   same town and a specific word, or specific wording (`_wording`: at least 2 specific words
   making up half of the shorter report's, with a close figure; or 5 words and 75% with the
   same town).
   Reports a day or two apart must share an equal figure and specific wording.

`same_incident` applies the rules to two reports; `best_match` picks, among stored events,
the one every source of which matches the new report, with the highest score. `merge`
builds the merged event from its sources and `figure_ranges` summarises conflicting figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from .geo import haversine_km
from .records import PLACE_FIELDS

FIGURES = ("fatalities", "injured", "kidnapped", "arrested")
MONEY = ("money_amount",)
MONEY_FIELDS = ("money_amount", "money_currency", "money_purpose")  # kept together, from one source
COMPATIBLE_SUBTYPES = {
    frozenset({"Abduction/forced disappearance", "Attack"}),
}
# An ambush on state forces is coded Attack by one report and Armed clash by another: they may
# merge when the Attack's target is state forces and the clash involves state forces.
CONDITIONAL_SUBTYPES = frozenset({"Armed clash", "Attack"})
DAY_WINDOW = {"day": 2, "week": 7}
NEAR_KM = 10.0
SAME_PLACE_KM = 1.0
GENERIC_ACTORS = re.compile(r"^(unidentified|unknown)\b", re.IGNORECASE)
PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
WORDS_SIMILAR = 0.5
WORDS_STRONG = 0.75
_WORD = re.compile(r"[a-z][a-z'-]+")
# Words any report of a conflict incident may use: sharing them says nothing about identity.
GENERIC_WORDS = set("""
the a an and or but of in on at to from by with for as into onto over under near around about after before
did do does done not no nor then than so such only just very while whether if what also again once still yet
can cannot could would should shall must being been having get got make made use used using via per between
during while when where which who whom whose that this these those there their they them it its his her he she
was were is are be been being has have had will would could should may might also other another others one two
three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands several
some many number numbers least more most than up no not all each both any
monday tuesday wednesday thursday friday saturday sunday yesterday today morning evening night day days week
weeks month months year years ago last earlier later late early
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec
said say says told according report reported reports reporting source sources official officials statement
local media news agency spokesman added confirmed claimed
city town village district province provincial governorate area region neighbourhood neighborhood center centre
central north south east west northern southern eastern western northeast northwest southeast southwest outskirt
outskirts road highway iraq iraqi syria syrian kurdistan
kill killed killing kills killing dead death deaths die died wound wounded wounding injure injured injuring injuries
attack attacked attacking attacks assault clash clashes clashed fight fighting fought battle
militant militants fighter fighters gunmen gunman armed group groups forces force security member members
unidentified unknown suspected people person persons man men woman women civilian civilians
protest protests protested protesting protester protesters demonstrator demonstrators demonstration demonstrations
gathered gather rally staged organized organised came out held continuation continued continue
explode exploded explosion explosive device ied bomb bombs targeted target targeting
carried carry conducted conduct launched launch took take taken place
government corruption reform reforms economic political employment opportunity opportunities job jobs demand
demanding demanded against support supporting solidarity salary salaries service services front square
airstrike airstrikes air strike strikes warplane warplanes aircraft drone raid raids target targets
army military soldier soldiers troops police policeman policemen officer officers personnel operation operations
inside outside left leaving total main lead leading region regions mountain mountains
name names kurdish arab arabic turkish iranian american hill hills unit units border
reporter reporters journalist journalists kidnap kidnapped kidnapping abduct abducted abduction hostage hostages
seize seized
""".split())


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
    ok, why, same_day = _dates_compatible(new, old)
    if not ok:
        return Match(False, 0, why)
    ok, why, place_link = _places_compatible(new, old)
    if not ok:
        return Match(False, 0, why)
    ok, why, figure_link = _figures_compatible(new, old)
    if not ok:
        return Match(False, 0, why)
    for key, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        if not _actors_compatible(new.get(key), old.get(key), new.get(inter), old.get(inter)):
            return Match(False, 0, f"different {key}")
    figure_close = _figures_close(new, old)
    shared, similarity = _wording(new, old)
    words_link = len(shared) >= 2 and similarity >= WORDS_SIMILAR
    words_strong = len(shared) >= 5 and similarity >= WORDS_STRONG
    if same_day:
        linked = ((figure_link and (place_link or bool(shared))) or (figure_close and place_link and bool(shared))
                  or (words_link and figure_close) or (words_strong and place_link))
    else:  # reports a day or two apart: the same figures and the same specifics
        linked = figure_link and (words_strong or (place_link and words_link))
    if not linked:
        return Match(False, 0, "not enough in common (place, figures, wording)")
    score = 1.0 + 2 * place_link + 2 * figure_link + 2 * similarity + same_day
    score += new.get("sub_event_type") == old.get("sub_event_type")
    score += sum(bool(new.get(k)) and new.get(k) == old.get(k) for k in ("actor1", "actor2"))
    links = [name for name, on in (("date", same_day), ("place", place_link), ("figures", figure_link),
                                   ("wording: " + ", ".join(sorted(shared)[:6]), bool(shared))) if on]
    return Match(True, score, "same " + "; ".join(links))


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
    for pair in (*COMPATIBLE_SUBTYPES, CONDITIONAL_SUBTYPES):
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
            if out[name] is None:
                continue
            # the value's words and the further words it comes from ("actor2.enemy_of", "fatalities.added")
            for key, span in (source.get("evidence") or {}).items():
                if key == name or key.startswith(f"{name}."):
                    evidence[key] = {**span, "article_id": source.get("article_id")}

    take(primary, ("event_type", "sub_event_type", "gtd_attack_type", "actor1", "inter1", "actor2", "inter2",
                   "target_type", "perpetrator", "confidence"))
    dated = [s for s in sources if s.get("event_date")]
    when = _best(dated, lambda s: PRECISION_ORDER.get(s.get("date_precision") or "year", 9)) if dated else primary
    take(when, ("event_date", "date_precision", "date_text"))
    placed = [s for s in sources if s.get("admin1_code") or s.get("location")]
    where = _best(placed, lambda s: s.get("geo_precision") or 9) if placed else primary
    take(where, PLACE_FIELDS)
    ranges = figure_ranges(sources)
    for name in FIGURES:
        reporting = [s for s in sources if s.get(name) is not None]
        if not reporting:
            out[name] = None
            continue
        lowest = _best(reporting, lambda s, n=name: s[n])
        take(lowest, (name,))
    money = [s for s in sources if s.get("money_amount") is not None]
    take(_best(money, lambda s: s["money_amount"]) if money else primary, MONEY_FIELDS)
    tactics: list[str] = []
    for source in sources:
        for tag in source.get("tactics") or []:
            if tag not in tactics:
                tactics.append(tag)
    out["tactics"] = tactics
    tactic_keys = {"tactics", *(f"tactics.{tag}" for tag in tactics)} if tactics else set()
    for source in sources:  # tactic evidence ("tactics.<tag>") from whichever report named each
        for key, span in (source.get("evidence") or {}).items():
            if key in tactic_keys and key not in evidence:
                evidence[key] = {**span, "article_id": source.get("article_id")}
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
    if frozenset({sa, sb}) == CONDITIONAL_SUBTYPES:  # an ambush on state forces, told both ways
        attack, clash = (a, b) if sa == "Attack" else (b, a)
        return attack.get("inter2") == 1 and 1 in (clash.get("inter1"), clash.get("inter2"))
    return frozenset({sa, sb}) in COMPATIBLE_SUBTYPES


def _figures_close(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Some non-zero figure both report (compatibility was checked before)."""
    return any(a.get(n) and b.get(n) for n in FIGURES)


def _dates_compatible(a: dict[str, Any], b: dict[str, Any]) -> tuple[bool, str, bool]:
    """(compatible, why not, the same day at day precision)."""
    da, db = _parse_date(a.get("event_date")), _parse_date(b.get("event_date"))
    if da is None or db is None:
        return False, "undated", False
    pa, pb = a.get("date_precision") or "year", b.get("date_precision") or "year"
    coarser = max(pa, pb, key=lambda p: PRECISION_ORDER.get(p, 9))
    if coarser in DAY_WINDOW:
        ok = abs(da.toordinal() - db.toordinal()) <= DAY_WINDOW[coarser]
    elif coarser == "month":
        ok = (da.year, da.month) == (db.year, db.month)
    else:
        return False, "date too vague", False
    return ok, "" if ok else "dates too far apart", coarser == "day" and da == db


def _wording(a: dict[str, Any], b: dict[str, Any]) -> tuple[set[str], float]:
    """The specific words two reports share (victims, objects, named places and people:
    not numbers, dates, the place already compared, or the vocabulary every report of this
    kind uses) and the share of the shorter report's specific words that they make up."""
    wa, wb = _specific_words(a), _specific_words(b)
    if not wa or not wb:
        return set(), 0.0
    shared = wa & wb
    return shared, len(shared) / min(len(wa), len(wb))


def _sentence_text(record: dict[str, Any]) -> str:
    sentence = record.get("sentence") or {}
    return sentence.get("text", "") if isinstance(sentence, dict) else str(sentence)


@lru_cache(maxsize=4096)
def _sentence_places(text: str) -> tuple[frozenset[str], str]:
    """The towns and villages a sentence names (gazetteer keys), and the sentence with every
    place name blanked out (places are compared by the place rule, not as wording)."""
    from .annotate.places import find_places

    towns = set()
    chars = list(text)
    for mention in find_places(text):
        if mention.place.feature in ("town", "village", "city", "locality") and mention.relation != "near":
            towns.add(_place_key(mention.place.name))
        chars[mention.start:mention.end] = " " * (mention.end - mention.start)
    return frozenset(towns), "".join(chars)


def _specific_words(record: dict[str, Any]) -> set[str]:
    text = _sentence_places(_sentence_text(record))[1]
    place = " ".join(str(record.get(k) or "") for k in ("location", "admin1", "admin2", "country", "actor1", "actor2"))
    place_words = {_stem(w) for w in _WORD.findall(place.lower())} | _actor_words()
    out = set()
    for word in _WORD.findall(text.lower()):
        stem = _stem(word)
        if len(stem) < 3 or stem in GENERIC_WORDS or stem in place_words or word in GENERIC_WORDS:
            continue
        out.add(stem)
    return out


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    """Every word of the armed actors' aliases ("ISIS", "Daesh", "police"): actors are compared
    apart. Victims' words ("truffle hunters", "shepherds") stay: they tell incidents apart."""
    from .annotate.actors import lexicon

    lex = lexicon()
    words = set()
    for alias, actor in (*lex.by_alias.items(), *lex.by_case_alias.items()):
        if actor.kind not in ("civilians", "official", "protesters"):
            words |= {_stem(w) for w in _WORD.findall(alias.lower())}
    return frozenset(words - _OBJECT_WORDS)


# Things, not actors, that actor aliases contain ("police vehicle", "army checkpoint").
_OBJECT_WORDS = {"vehicle", "checkpoint", "base", "station", "patrol", "gunfire", "helicopter", "gunship", "jets",
                 "mask", "suicide", "worker", "bomber", "sapper", "disposal"}


def _stem(word: str) -> str:
    word = re.sub(r"^(al|el|ad|ar|as|at|an|az)-", "", word)
    if len(word) > 5 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def _places_compatible(a: dict[str, Any], b: dict[str, Any]) -> tuple[bool, str, bool]:
    ca, cb = a.get("iso3") or a.get("country"), b.get("iso3") or b.get("country")
    if ca and cb and ca != cb:
        return False, "different country", False
    ka, kb = a.get("admin1_code"), b.get("admin1_code")
    if ka and kb and ka != kb:
        return False, "different province", False
    if not ka and not kb:
        return False, "no province known", False
    towns_a, towns_b = _sentence_places(_sentence_text(a))[0], _sentence_places(_sentence_text(b))[0]
    if towns_a and towns_b and not towns_a & towns_b:
        return False, "the reports name different towns", False
    if not (_precise(a) and _precise(b)):
        return True, "", False
    same_name = _place_key(a.get("location")) == _place_key(b.get("location"))
    distance = _km(a, b)
    if same_name and (distance is None or distance <= NEAR_KM):
        return True, "", True
    if distance is not None and distance <= SAME_PLACE_KM:
        return True, "", True
    exact = (a.get("geo_precision") or 3) == 1 and (b.get("geo_precision") or 3) == 1
    if exact and (distance is None or distance > NEAR_KM):
        return False, "different towns", False
    return True, "", False


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


def _actors_compatible(x: str | None, y: str | None, inter_x: Any = None, inter_y: Any = None) -> bool:
    """Same actor, one unknown or generic, or two state forces of one country (an outlet's
    "soldiers" are another's "police")."""
    if not x or not y or x == y:
        return True
    if GENERIC_ACTORS.match(x) or GENERIC_ACTORS.match(y):
        return True
    return inter_x == 1 and inter_y == 1 and _country_suffix(x) == _country_suffix(y)


def _country_suffix(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\d[^)]*\)$", "", name)  # "(2018-)"
    match = re.search(r"(?:\(|\bof )([A-Z][\w ]+)\)?$", name)
    return match.group(1) if match else name


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
    return haversine_km(lat1, lon1, lat2, lon2)


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
