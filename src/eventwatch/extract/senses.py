"""Trigger words read in a sense that tells no incident: a death with no sign of violence, a
word used in its everyday meaning. General news uses the conflict vocabulary for much else;
these tests keep such sentences from becoming events."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..annotate import Annotations
from ..annotate.text import FastPattern
from ..annotate.triggers import Trigger

# Words a violent death is told with; a death with none of them in its sentence is an
# illness, an accident or old age ("died on April 2nd", "two bodies were found along a path").
VIOLENCE_WORD = FastPattern(re.compile(
    r"\b(?:shot|shoot\w*|gun\w*|bullets?|stab\w*|knife|knives|kill\w*|attack\w*|blasts?|explo\w*|bomb\w*|tortur\w*|beat(?:en|ing)?"
    r"|clash\w*|fight\w*|fought|violen\w*|murder\w*|wound\w*|injur\w*|strangl\w*|execut\w*|behead\w*|slaughter\w*|massacre\w*"
    r"|kidnap\w*|abduct\w*|ieds?|mortars?|rockets?|shell\w*|strikes?|fire|firing|fired|gunfire|burn\w*|assassin\w*|hang(?:ed|ing)"
    r"|lynch\w*|militants?|gunmen|insurgents?|terror\w*|raids?|ambush\w*|war|battles?|conflict|combat|crossfire|snipers?|mines?"
    r"|grenades?|poison\w*|homicide|slain|suicide|blindfolded|handcuffed|mutilated|security forces|troops|soldiers"
    r"|army|military|armed|police custody|detention|hostages?|captiv\w*|captors?|victims?|regime|genocide|campaign)\b", re.IGNORECASE))
ARMED_GROUP_KINDS = {"group", "militia", "foreign"}
DEATH_WORDS = {"died", "dead", "death of", "deaths of"}


def natural_death(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """"died", "dead", "the death of", "bodies were found" with no sign of violence in the
    sentence or the one before it: a death from illness, accident or age, which no conflict
    dataset codes."""
    if trig.cls == "kill" and trig.text.lower() not in DEATH_WORDS:
        return False
    if trig.cls not in {"kill", "bodies"}:
        return False
    window = _previous_sentence_start(ann, start)
    if any(a.actor.kind in ARMED_GROUP_KINDS for a in ann.within(ann.actors, window, end)):
        return False  # "the deaths of 22 IS members"
    return VIOLENCE_WORD.search(text, window, end) is None


def _previous_sentence_start(ann: Annotations, start: int) -> int:
    """Where the sentence before the one at `start` begins, within the same paragraph."""
    index = bisect_left(ann.sentences, (start, start))
    if index == 0:
        return start
    before = ann.sentences[index - 1][0]
    return before if before >= ann.paragraph_of(start)[0] else start


ARMED_KINDS = {"group", "state", "foreign", "generic", "militia"}
CROWD_CLASSES = {"protest", "riot", "intervention", "excessive"}


def no_armed_side(ann: Annotations, start: int, end: int) -> bool:
    """No armed actor in the sentence and no crowd in its paragraph: violence told of nobody
    armed ("a man was stabbed", "thieves broke into a van") is no battle, which needs two
    armed sides; deaths told beside a demonstration are the crowd's story."""
    if any(a.actor.kind in ARMED_KINDS for a in ann.within(ann.actors, start, end)):
        return False
    low, high = ann.paragraph_of(start)
    return not any(t.cls in CROWD_CLASSES for t in ann.within(ann.triggers, low, high))


FORCE_NOUN = re.compile(r"\b(?:troops|soldiers|forces|reinforcements|units|battalions|brigades|fighters|militants|convoys?)\b", re.IGNORECASE)
# "a woman who was displaced from her village": what the person had been through, not the act told
WHO_BEFORE = re.compile(r"\bwho\s+(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)
DIPLOMATS = re.compile(r"\b(?:diplomats?|envoys?|ambassadors?|embassy staff)\b", re.IGNORECASE)


def no_strategic_move(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """A move or displacement that is no conflict development: "withdrew $1,000", "the prince
    arrived in Paris", "the airline pulled out" (a move with no force named), "expelled
    diplomats", "a woman who was displaced by the floods" (a person described)."""
    if trig.cls == "displacement":
        return bool(DIPLOMATS.search(trig.text)) or bool(WHO_BEFORE.search(text, max(start, trig.start - 20), trig.start))
    if trig.cls != "movement" or FORCE_NOUN.search(trig.text) or trig.text.lower().startswith("ordered"):
        return False  # (an order to leave is a state's, whoever leaves)
    return not any(a.actor.kind in ARMED_KINDS for a in ann.within(ann.actors, start, end))


# "did not say why he was being detained", "asked whether anyone was hurt", "she believes he
# murdered her": the act sits in a question or a belief, it is not reported as having happened.
# (searched before every trigger: skipped where none of its words occurs)
UNASSERTED_BEFORE = FastPattern(re.compile(
    r"\b(?:why|whether|(?<!is )(?<!are )(?<!was )(?<!were )(?:believes?|thinks?|suspects|fears|wonders|bet))\s+(?:that\s+)?"
    r"(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE), prefilter=True)
# A crime that only the police, not a conflict dataset, would log as the reason for an arrest.
ORDINARY_CRIME = re.compile(
    r"\b(?:burglar(?:y|ies)|theft|thie(?:f|ves)|steal(?:ing)?|stole|stolen|shoplift\w*|robber(?:y|ies)|fraud\w*|insider trading"
    r"|inside information|(?:child )?pornography|child endangerment|vandali[sz](?:ing|ism|ed)|drugs?(?: charges)?|narcotics"
    r"|drunk(?:en)? driving|dui|battery|felony|felonies|misdemeanou?rs?|embezzl\w*|domestic violence|trespass\w*"
    r"|buy-bust|drug[- ]dealing|speeding)\b", re.IGNORECASE)


def unasserted(trig: Trigger, text: str, start: int) -> bool:
    """The trigger sits in an indirect question or a belief ("did not say why he was detained",
    "she believes he murdered her"): no incident is reported by it."""
    return UNASSERTED_BEFORE.search(text, max(start, trig.start - 60), trig.start) is not None


def ordinary_arrest(trig: Trigger, text: str, start: int, end: int) -> bool:
    """An arrest for burglary, fraud, drugs or vandalism: police work on ordinary crime, not the
    political or security arrest a conflict dataset codes."""
    return trig.cls == "arrest" and ORDINARY_CRIME.search(text, start, end) is not None
