"""Annotate stage: typed mentions with character offsets into the clean text.

Each annotator has one job (sentences, numbers, dates, actors, places, triggers); `annotate`
runs them all once per article so that the extractors only look things up.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from itertools import islice, repeat
from operator import attrgetter, le

from ..records import Article, Quantity
from .actors import ARMED_KINDS, ActorMention, find_actors, home_countries
from .dates import TimeMention, find_dates
from .numbers import find_quantities
from .places import PlaceMention, find_places
from .text import DisjointSpans, FoldedPattern, sentences
from .triggers import Trigger, find_triggers


@dataclass
class Annotations:
    """All mentions in one article, each list sorted by position."""

    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    quantities: list[Quantity]
    dates: list[TimeMention]
    actors: list[ActorMention]
    places: list[PlaceMention]
    triggers: list[Trigger]
    _starts: dict[int, tuple[list, list[int], list[int], bool]] = field(default_factory=dict, repr=False)  # type: ignore[type-arg]

    def within(self, items: list, start: int, end: int) -> list:  # type: ignore[type-arg]
        """The mentions of one kind that lie inside [start, end) (lists are sorted by start)."""
        cached = self._starts.get(id(items))
        if cached is None or cached[0] is not items or len(cached[1]) != len(items):
            cached = self._starts[id(items)] = _bounds(items)
        starts = cached[1]
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        if lo == hi:
            return []
        ends = cached[2]
        if cached[3]:  # the ends rise with the starts: those inside are a run
            return items[lo : bisect_right(ends, end, lo, hi)]
        return [items[i] for i in range(lo, hi) if ends[i] <= end]

    def paragraph_of(self, position: int) -> tuple[int, int]:
        for p_start, p_end in self.paragraphs:
            if p_start <= position <= p_end:
                return p_start, p_end
        return 0, 0

    def sentence_before(self, start: int, same_paragraph: bool = False) -> tuple[int, int] | None:
        """The last sentence that begins before `start` (the previous one where `start` begins a
        sentence), for the context told just before; None at the text's start or, `same_paragraph`,
        where it begins before `start`'s paragraph."""
        k = bisect_left(self.sentences, (start,))  # (start,) sorts before every (start, end)
        if not k:
            return None
        before = self.sentences[k - 1]
        return before if not same_paragraph or before[0] >= self.paragraph_of(start)[0] else None

    def sentence_after(self, end: int, same_paragraph: bool = False) -> tuple[int, int] | None:
        """The first sentence that begins at or after `end` (the next one where `end` ends a
        sentence), for the context told just after; None at the text's end or, `same_paragraph`,
        where it ends beyond the paragraph of the character before `end`."""
        k = bisect_left(self.sentences, (end,))
        if k == len(self.sentences):
            return None
        after = self.sentences[k]
        return after if not same_paragraph or after[1] <= self.paragraph_of(max(0, end - 1))[1] else None


def _bounds(items: list) -> tuple[list, list[int], list[int], bool]:  # type: ignore[type-arg]
    """The list, its mentions' starts and ends, and whether the ends never fall (then the
    mentions inside a stretch are a run of the list)."""
    # (read at C speed where no mention has a span: the starts and ends are its own)
    if not any(map(hasattr, items, repeat("span"))):
        starts, ends = list(map(_START, items)), list(map(_END, items))
    else:
        starts, ends = [_start(m) for m in items], [_end(m) for m in items]
    return items, starts, ends, all(map(le, ends, islice(ends, 1, None)))


_START, _END = attrgetter("start"), attrgetter("end")


def _start(mention: object) -> int:
    span = getattr(mention, "span", None)
    return span.start if span is not None else mention.start  # type: ignore[attr-defined]


def _end(mention: object) -> int:
    span = getattr(mention, "span", None)
    return span.end if span is not None else mention.end  # type: ignore[attr-defined]


def annotate(article: Article) -> Annotations:
    """Run every annotator over the article once."""
    text = article.text
    published = date.fromisoformat(article.published) if article.published else None
    paragraphs = article.paragraphs or [(0, len(text))]
    dates = find_dates(text, published)
    # A word that is part of a date ("Ten days later", "March 5th") is neither a count nor a trigger.
    dated = DisjointSpans((d.start, d.end) for d in dates)
    quantities = [q for q in find_quantities(text) if dated.free(q.span.start, q.span.end)]
    labels = DisjointSpans(m.span(1) for m in CODER_LABEL.finditer(text))
    triggers = find_triggers(text, blocked=(dated, labels))
    named = [a for a in find_actors(text) if dated.free(a.start, a.end)]
    # The actors' home countries pick among a place's namesakes; a title word that begins a
    # place's name ("Sheikh ...") is then no actor. The villages the gazetteer leaves out are read
    # too, inside the provinces the text names ("in Olmby" of a story from Kelm: Kelm's Olmby).
    places = find_places(text, homes=home_countries(named),
                         armed=any(a.actor.kind in ARMED_KINDS for a in named), localities=True)
    actors = [a for a in named if not _in_place_name(a, places) and not STATION_LOCALITY.match(text, a.end)]
    triggers = _places_taken(text, places, triggers)
    return Annotations(
        sentences=sentences(text),
        paragraphs=paragraphs,
        quantities=quantities,
        dates=dates,
        actors=actors,
        places=places,
        triggers=triggers,
    )


# A coder's label that heads a note's line ("Arrests: On May 2, police ...", "Weapons seizure: ..."): it names
# the kind of the incident the line then tells, so its words are no trigger of their own (else "Arrests"
# would make the police after it the ones arrested). A short capitalised phrase, a colon, then the text.
CODER_LABEL = re.compile(r"^[ \t]*([A-Z][A-Za-z'\-]*(?:[ /][A-Za-z'\-]+){0,4}):[ \t]+(?=\S)", re.MULTILINE)


# "in Kelm police station area", "under Tarvo police station limits": a locality named after its
# police station (South Asian usage), not the police as a party or target.
STATION_LOCALITY = re.compile(r"(?<=station)\s+(?:area|limits|jurisdiction)\b", re.IGNORECASE)


# "seized Laukkai, Shan, after ...", "captured Tarvo from the army": a place taken, named by itself where the
# trigger patterns need a noun ("seized the town"). The verb stands right before the place's name, and the name
# ends a phrase (a comma, or "after", "from" ...), so that "seized Sinaloa cartel weapons" takes no place.
TAKEN_BEFORE = re.compile(r"\b(?:captured|seized|took over|took full control of)\s+$", re.IGNORECASE)
_TAKEN_BEFORE = FoldedPattern(TAKEN_BEFORE)  # (read before every place: tried only after the verbs)
TAKEN_PLACE_END = re.compile(r"\s*(?:[,.;]|\s(?:after|from|in|on|following|without|with|and|by|amid|during|town|city|village)\b)")


def _places_taken(text: str, places: list[PlaceMention], triggers: list[Trigger]) -> list[Trigger]:
    """The triggers with a place taken by name added as a territory trigger (the verb and the name)."""
    added = []
    for place in places:
        verb = _TAKEN_BEFORE.search(text, max(0, place.start - 30), place.start)
        if (verb is None or place.role is not None or place.place.admin1 is None
                or not TAKEN_PLACE_END.match(text, place.end)
                or any(t.cls == "territory" and t.start <= place.end and verb.start() <= t.end for t in triggers)):
            continue
        added.append(Trigger(verb.start(), place.end, text[verb.start() : place.end], "territory"))
    return sorted(triggers + added, key=attrgetter("start")) if added else triggers


def _in_place_name(actor: ActorMention, places: list[PlaceMention]) -> bool:
    """"Sheikh Zuweid", "Imam Sahib": a title word that begins or ends a longer place name is
    part of the name, not a person."""
    return actor.actor.kind in {"civilians", "official"} and any(
        p.start <= actor.start and actor.end <= p.end and p.end - p.start > actor.end - actor.start for p in places)
