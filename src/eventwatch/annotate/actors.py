"""Actor mentions, normalised: "IS", "ISIL", "Daesh" and "Islamic State" are one group.

The lexicon ships as data (`data/actors.json`); each alias maps to a canonical actor with its
ACLED interaction code and the GTD target type it has when it is the victim.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate

import ahocorasick

from .text import FoldedPattern


@dataclass(frozen=True)
class Actor:
    """A canonical actor; `{country}` in the name is filled from the article."""

    name: str
    inter: int
    target: str
    kind: str  # group | state | foreign | official | protesters | rioters | militia | generic | civilians
    national: bool = False  # named by a nationality ("Kenyan troops"): ACLED 1 at home, 8 abroad
    countries: tuple[str, ...] = ()  # where it fights, if one country or a few (data/actors.json)
    enemy: str | None = None  # the state whose forces it fights where a text leaves them unnamed


# Kinds of actor that bear arms, and the parts of them rules read.
ARMED_KINDS = frozenset({"group", "state", "foreign", "generic", "militia"})
STATE_FORCE_KINDS = frozenset({"state", "foreign"})  # a state's forces, at home or abroad
NON_STATE_ARMED = ARMED_KINDS - STATE_FORCE_KINDS  # armed groups, named or not ("militants")
ARMED_GROUP_KINDS = NON_STATE_ARMED - {"generic"}  # armed groups by name
CROWD_KINDS = frozenset({"protesters", "rioters"})


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor

    def name(self, country: str | None) -> str:
        return actor_name(self.actor.name, country)


def actor_name(template: str, country: str | None) -> str:
    """"Protesters ({country})" for Iraq is "Protesters (Iraq)"; with no country, "Protesters"."""
    if country:
        return template.replace("{country}", country)
    return template.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "").strip()


@dataclass(frozen=True)
class Lexicon:
    automaton: ahocorasick.Automaton  # lower-cased aliases, matched in one pass
    case_pattern: FoldedPattern  # tried only where one of its aliases occurs
    # "the US sent 750 troops", "Iran closed the border": a country's name as the subject of a
    # state's act; group 1 the name, group 2 the verb (deploy verbs name its forces)
    state_subject: FoldedPattern  # tried only where a country's name begins
    country_of: dict[str, str]  # the name as written (lower case) -> the country
    # "the government imposed a curfew", "the authorities closed the border": the state of the
    # event's own country, named by no country at all, as the subject of a state's act (group 1)
    government_subject: FoldedPattern
    home_government: Actor
    deploy_verbs: frozenset[str]
    by_alias: dict[str, Actor]
    by_case_alias: dict[str, Actor]
    target_overrides: dict[str, str]
    # A movement's regional branch by the event's country (and province): "Islamic State" in
    # Afghanistan is its Khorasan chapter. (of, countries, provinces or None, branch)
    branches: dict[str, list[tuple[frozenset[str], frozenset[str] | None, Actor]]]


# "striking miners", "protesting teachers": a crowd named by its protest, these words before a noun of
# data/actors.json's "crowds_by_protest" (aliases of the actor that lists them; triggers and senses read them too)
PROTESTING = ("striking", "protesting")


# the sections of data/actors.json (and their parts) that the lexicon reads
_SECTIONS = {"actors": (), "target_overrides": (), "branches": (), "ethnic_militias": ("nouns", "peoples"), "national_forces": (
    "demonyms", "shared_demonyms", "military", "police", "government", "deploy_verbs", "state_verbs")}
# the keys every entry of its "actors" section must have
_ACTOR_KEYS = ("name", "aliases", "inter", "target", "kind")


@lru_cache(maxsize=1)
def _data(path=None) -> dict:
    """data/actors.json (or path); a section it lacks is a broken data file, never an empty lexicon."""
    path = path or resources.files("eventwatch").joinpath("data/actors.json")
    data = json.loads(path.read_text("utf-8"))
    missing = [f"{name}.{part}" if part else name for name, parts in _SECTIONS.items() for part in ("", *parts)
               if name not in data or part and part not in data[name]]
    missing += [f"actors[{i}].{key}" for i, entry in enumerate(data.get("actors", []))
                for key in _ACTOR_KEYS if key not in entry]
    if missing:
        raise ValueError(f"{path}: no {', '.join(missing)} (a broken data file)")
    return data


def crowds_by_protest() -> list[str]:
    """The nouns of crowds named by their protest ("miners", "bus drivers"), as data/actors.json lists them."""
    return [noun for entry in _data()["actors"] for noun in entry.get("crowds_by_protest", [])]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The actor lexicon: an automaton over lower-cased aliases plus an exact-case alternation."""
    data = _data()
    by_alias: dict[str, Actor] = {}
    by_case: dict[str, Actor] = {}
    for entry in data["actors"]:
        actor = _actor(entry)
        by_protest = [f"{word} {noun}" for word in PROTESTING for noun in entry.get("crowds_by_protest", [])]
        for alias in entry["aliases"] + by_protest:
            by_alias.setdefault(alias.lower(), actor)
        for alias in entry.get("case", []):
            by_case.setdefault(alias, actor)

    by_name = {entry["name"]: _actor(entry) for entry in data["actors"]}
    # "Israeli missiles", "Kenyan troops": a nationality before a force noun names that
    # country's forces (an explicit alias above wins; the inter code is settled per event).
    forces = data["national_forces"]
    for demonym, country in forces["demonyms"].items():
        for noun in forces["military"]:
            by_alias.setdefault(f"{demonym} {noun}".lower(), Actor(f"Military Forces of {country}", 8, "Military", "foreign", True))
        for noun in forces["police"]:
            by_alias.setdefault(f"{demonym} {noun}".lower(), Actor(f"Police Forces of {country}", 8, "Police", "state", True))
        for noun in forces["government"]:
            by_alias.setdefault(f"{demonym} {noun}".lower(), _government(country))
    # "Arab militiamen": a people's militia, an identity militia (ACLED names it "<people> Ethnic Militia")
    ethnic = data["ethnic_militias"]
    for people in ethnic["peoples"]:
        militia = Actor(f"{people} Ethnic Militia ({{country}})", 4, "Private Citizens & Property", "militia")
        for noun in ethnic["nouns"]:
            by_alias.setdefault(f"{people} {noun}".lower(), militia)
    for country in set(forces["demonyms"].values()):
        _add_country_phrases(by_alias, country, forces)
    branches: dict[str, list[tuple[frozenset[str], frozenset[str] | None, Actor]]] = {}
    for rule in data["branches"]:
        provinces = frozenset(rule["admin1"]) if "admin1" in rule else None
        branches.setdefault(rule["of"], []).append((frozenset(rule["countries"]), provinces, by_name[rule["branch"]]))

    def alternation(aliases: list[str]) -> str:
        return "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(aliases, key=len, reverse=True))

    automaton = ahocorasick.Automaton()
    for alias in by_alias:
        automaton.add_word(alias, alias)
    automaton.make_automaton()
    case_pattern = FoldedPattern(re.compile(rf"(?<!\w)(?:{alternation(list(by_case))})(?!\w)"))  # "PKK-YJA STAR" names two
    country_of = {c.removeprefix("the "): c for c in forces["demonyms"].values()}
    country_of.update({"US": "the United States", "U.S.": "the United States"})
    deploy = forces["deploy_verbs"]
    state_subject = FoldedPattern(re.compile(rf"(?<![\w.-])({alternation(list(country_of))})\s+(?:(?:has|had|have|also|then)\s+)?"
                                             rf"({alternation(deploy + forces['state_verbs'])})\b"))
    # ("the government", "the local authorities"; "authorities" bare where a clause begins: "On May 2, authorities
    # imposed a curfew", not "Houthi authorities", whose name is another party's)
    government_subject = FoldedPattern(re.compile(rf"(?:(?<![\w-])the\s+{_LOCAL}(government|authorities)|(?:^|(?<=[,.;:]\s)|(?<=\n)){_LOCAL}"
                                                  rf"(authorities))\s+(?:(?:has|had|have|also|then)\s+)?"
                                                  rf"(?:{alternation(forces['state_verbs'])})\b", re.IGNORECASE))
    return Lexicon(automaton, case_pattern, state_subject, country_of, government_subject, by_name["Government of {country}"],
                   frozenset(deploy), by_alias, by_case, data["target_overrides"], branches)


# a government's level before its name: "the local authorities", "provincial authorities"
_LOCAL = r"(?:(?:local|provincial|state|district|regional|municipal|city|federal|national)\s+)?"


def _government(country: str) -> Actor:
    """A state's government named by its nationality or name (ACLED 8 abroad, 1 at home)."""
    return Actor(f"Government of {country}", 8, "Government (General)", "official", True)


def _add_country_phrases(by_alias: dict[str, Actor], country: str, forces: dict) -> None:
    """"Iran's artillery", "the government of Turkey": a state's own name before a force noun
    (possessive) or after "government of" names its forces or government as a nationality does."""
    bare = country.removeprefix("the ")
    for noun in forces["military"]:
        by_alias.setdefault(f"{bare}'s {noun}".lower(), Actor(f"Military Forces of {country}", 8, "Military", "foreign", True))
    for noun in forces["government"]:
        by_alias.setdefault(f"{bare}'s {noun}".lower(), _government(country))
        by_alias.setdefault(f"{noun} of {country}".lower(), _government(country))


def _state_subject(name: str, verb: str) -> Actor:
    """The state a country's name stands for before its verb: its forces where it moves troops."""
    lex = lexicon()
    country = lex.country_of[name]
    if re.sub(r"\s+", " ", verb) in lex.deploy_verbs:
        return Actor(f"Military Forces of {country}", 8, "Military", "foreign", True)
    return _government(country)


def _actor(entry: dict) -> Actor:
    return Actor(entry["name"], entry["inter"], entry["target"], entry["kind"],
                 countries=tuple(entry.get("countries", ())), enemy=entry.get("enemy"))


def home_countries(mentions: list[ActorMention]) -> list[tuple[str, ...]]:
    """The countries each distinct actor named fights in, where the lexicon lists them: the
    text's country evidence beyond its places (a nationality's forces, "Kenyan troops", name
    their country through the demonym already)."""
    return [a.countries for a in dict.fromkeys(m.actor for m in mentions) if a.countries]


# a capitalised word (not "The") right before a country name: the name is part of a person's or a thing's name
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|But|And|Then|Also|Meanwhile|However|Yesterday|Today|Now|So|Still|Yet"
                          r"|January|February|March|April|May|June|July|August|September|October|November|December"
                          r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s)[A-Z][\w'’-]*\s+$")
# "Chad moved to Denver", "Jordan announced his retirement", "Georgia decided to sell her car": one who
# moves oneself, or is "he" or "she", is a person of that name; a state moves forces and is "it".
_MOVED_ONESELF = re.compile(r"\s+(?:to|into|from|back|away|abroad|home|there|here)\b", re.IGNORECASE)
_PERSON_AFTER = re.compile(r"\s+(?:to\s+[a-z]+\s+)?(?:his|her|him|he|she|himself|herself)\b", re.IGNORECASE)


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
    """Every actor mention in text[start:end], longest match first, without overlaps."""
    end = len(text) if end is None else end
    lex = lexicon()
    found: list[ActorMention] = []
    for match in lex.case_pattern.finditer(text, start, end):
        if match.group() == "IS" and not _is_group_is(text, match.start(), match.end()):
            continue
        found.append(ActorMention(match.start(), match.end(), match.group(), lex.by_case_alias[match.group()]))
    for match in lex.state_subject.finditer(text, start, end):
        if _NAME_BEFORE.search(text, max(0, match.start(1) - 40), match.start(1)):
            continue  # "Michael Jordan announced": a person's name, not the state
        if (match.group(2).lower() == "moved" and _MOVED_ONESELF.match(text, match.end())) or _PERSON_AFTER.match(text, match.end()):
            continue
        found.append(ActorMention(match.start(1), match.end(1), match.group(1), _state_subject(match.group(1), match.group(2))))
    for match in lex.government_subject.finditer(text, start, end):
        group = 1 if match.group(1) else 2
        found.append(ActorMention(match.start(group), match.end(group), match.group(group), lex.home_government))
    # the spans named so far, by start, with the furthest end among those that start up to each: an
    # alias overlaps one exactly where some span starting before its end reaches past its start
    # (a bisection, not a scan of them all for each of the many aliases)
    taken = sorted((m.start, m.end) for m in found)
    taken_starts = [s for s, _ in taken]
    taken_reach = list(accumulate((e for _, e in taken), max))
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer: keep offsets exact
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for space in _SPACES:  # (str.replace, one character at a time, is faster than translate)
        if space in lowered:
            lowered = lowered.replace(space, " ")
    candidates = []
    for last, alias in lex.automaton.iter(lowered, start, end):
        first = last - len(alias) + 1
        if _is_word_boundary(lowered, first - 1) and _is_word_boundary(lowered, last + 1):
            candidates.append((first, last + 1, alias))
    candidates.sort(key=lambda c: (c[0], c[0] - c[1]))  # leftmost, then longest
    cursor = start
    for first, stop, alias in candidates:
        if first < cursor or ((k := bisect_left(taken_starts, stop)) and taken_reach[k - 1] > first):
            continue
        if alias == "police" and _POLICE_DISTRICT.match(lowered, stop):
            continue  # "in Police District 12": a city's district (Kabul, Kandahar), no force
        if alias == "gang" and GANG_OF_CROWD.match(lowered, stop):
            continue  # "a gang of youths": a crowd, no armed gang
        if lex.by_alias[alias].kind in ("state", "foreign") and _INFORMER.match(lowered, stop):
            continue  # "a police informer", "army informants": civilians who told the forces, no force
        found.append(ActorMention(first, stop, text[first:stop], lex.by_alias[alias]))
        cursor = stop
    found.extend(_shared_force_nouns(text, found, lex, start))
    found.extend(_model_force_nouns(text, found, lex, start, end))
    found.sort(key=lambda m: m.start)
    return found


# the weapons a nationality names its forces by even with the weapon's model between them ("Kelmish Falcon drones",
# "Ostrian Su-25 jets", "Kelmish Kh-22 missiles")
MODEL_WEAPONS = ("drones", "drone", "missiles", "missile", "jets", "fighter jets", "warplanes", "warplane", "aircraft",
                 "helicopters", "helicopter", "gunships", "tanks")


@lru_cache(maxsize=1)
def _model_force_pattern() -> FoldedPattern:
    """A nationality, a model's name of one or two capitalised or numbered words, and a weapon."""
    forces = _data()["national_forces"]
    demonyms = "|".join(re.escape(d) for d in sorted(forces["demonyms"], key=len, reverse=True))
    weapons = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(MODEL_WEAPONS, key=len, reverse=True)
                       if w in forces["military"])
    return FoldedPattern(re.compile(rf"(?<![\w.-])({demonyms})\s+(?:[A-Z0-9][\w-]*\s+){{1,2}}?({weapons})(?![\w-])"))


def _model_force_nouns(text: str, found: list[ActorMention], lex: Lexicon, start: int, end: int) -> list[ActorMention]:
    """"Kelmish Falcon drones": the forces of the nationality, as "Kelmish drones" would name them (the model's
    name between is no actor of its own; a name the lexicon already reads across the words wins). Removes from
    `found` a model's name read as the text's own country's forces ("F-16")."""
    named = []
    for match in _model_force_pattern().finditer(text, start, end):
        model = (match.end(1), match.start(2))
        inside = [m for m in found if model[0] <= m.start and m.end <= model[1] and "{" in m.actor.name]
        if any(m.start < match.end() and match.start() < m.end and m not in inside for m in found):
            continue
        weapon = " ".join(match.group(2).split())
        actor = lex.by_alias.get(f"{match.group(1)} {weapon}".lower())
        if actor is not None:
            # ("Kelmish F-16 jets": the model's own alias, a force of the text's country, gives way to the nationality's)
            for m in inside:
                found.remove(m)
            named.append(ActorMention(match.start(), match.end(), match.group(), actor))
    return named


# "Kelmish and Ostrian troops": the first nationality before "and" shares the force noun of the second
_NATIONALITY_AND = re.compile(r"(?<![\w-])([A-Z][\w-]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _shared_force_nouns(text: str, found: list[ActorMention], lex: Lexicon, start: int) -> list[ActorMention]:
    """The forces a nationality names by the noun it shares with the next one ("Mozambican and Rwandan
    troops": Mozambique's troops too, named first, as ACLED names the host's forces actor 1)."""
    shared = []
    for m in found:
        if m.actor.kind not in ("state", "foreign", "militia") or " " not in m.text:
            continue
        noun, pos = m.text.split(" ", 1)[1], m.start
        while (before := _NATIONALITY_AND.search(text, max(start, pos - 40), pos)) is not None:  # ("A, B and C troops")
            actor = lex.by_alias.get(f"{before.group(1)} {noun}".lower())
            # (a people's militia shares its noun too: "Kuki and Meitei militants", each people's own)
            people = actor is not None and actor.kind == m.actor.kind == "militia" and "Ethnic Militia" in actor.name
            if (actor is None or (actor.kind not in ("state", "foreign") and not people)
                    or ("{" in actor.name and not people) or actor.name == m.actor.name
                    or any(o.start < before.end(1) and before.start(1) < o.end for o in found)):
                break  # (no country's own force, or the word is part of another name: "Islamic State and ...")
            shared.append(ActorMention(before.start(1), before.end(1), before.group(1), actor))
            pos = before.start(1)
    return shared


_POLICE_DISTRICT = re.compile(r"\s+district\s+(?:\d|no\b)")
# The crowd vocabulary, the one source of every reader of a crowd: people named as a body by their
# team, trade, work, age, faith or home, never an armed party. Each reader joins these groups and
# adds only the words of its own question:
#   GANG_OF_CROWD (here): whom a "gang of" is made of; the extractor's RIVAL_CROWDS: two crowds that
#   fought; CROWD_FIGHTERS: a crowd named at its fight with the forces; triggers' "disperse X": whom
#   the forces disperse; senses' CROWD_WORD: people in numbers, whom a riot needs (it reads also
#   "they", "men" or "groups", several people who as often are the forces or an armed band).
CROWD_FANS = r"fans|supporters|hooligans|ultras"
CROWD_TRADES = r"drivers|riders|traders|vendors|hawkers|touts|conductors|transporters"
CROWD_WORKERS = r"workers|miners"
CROWD_YOUNG = r"youths|teenagers|students"
CROWD_FAITHFUL = r"mourners|worshippers|pilgrims"
CROWD_TOWNSFOLK = r"villagers|residents|locals|inhabitants|townspeople|townsfolk"
# people named by their team, trade, work or age as a crowd, no armed group ("a gang of youths", "rival
# groups of taxi drivers"): what a gang or two rival groups may be made of (not the faithful, gathered
# for a rite, nor townsfolk, a place's people: "rival villagers" are two peoples, _two_peoples)
CROWD_OF_PEOPLE = rf"{CROWD_FANS}|{CROWD_TRADES}|{CROWD_WORKERS}|{CROWD_YOUNG}"
# what follows "gang" or "gangs" when the gang is a crowd ("two gangs of football fans", "a gang of youths"),
# no armed gang (the extractor's CROWD_ARMS reads it too)
GANG_OF_CROWD = re.compile(rf"\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:{CROWD_OF_PEOPLE})\b", re.IGNORECASE)
# the noun after a force's name that makes its bearer a civilian who works for it ("a military informant")
_INFORMER = re.compile(r"\s+(?:informants?|informers?|collaborators?)\b")
# white space other than the space, each character read as one space (offsets kept)
_SPACES = "\t\n\r\f\v\u00a0"


def _is_word_boundary(text: str, index: int) -> bool:
    """True where an alias may start or end: at the text's edge or beside a non-word character."""
    if index < 0 or index >= len(text):
        return True
    char = text[index]
    return not (char.isalnum() or char in "_-")


@lru_cache(maxsize=1)
def _groups_fighting() -> dict[str, frozenset[Actor]]:
    """Each state -> the armed groups the lexicon says fight it (their 'enemy'), read once."""
    groups: dict[str, set[Actor]] = {}
    for actor in (*lexicon().by_alias.values(), *lexicon().by_case_alias.values()):
        if actor.enemy is not None:
            groups.setdefault(actor.enemy, set()).add(actor)
    return {state: frozenset(found) for state, found in groups.items()}


def fighting(state: str) -> Actor | None:
    """The one armed group the lexicon says fights `state`, if exactly one does: where several do
    (Iran: PJAK, KDPI, Komala) a text that names none cannot say which, so None."""
    groups = _groups_fighting().get(state, frozenset())
    return next(iter(groups)) if len(groups) == 1 else None


def regional_branch(actor: Actor, country: str | None, admin1: str | None) -> Actor:
    """The branch that a movement's name stands for where the event took place ("IS" in Nigeria:
    its West Africa Province); the actor itself where it has none there."""
    for countries, provinces, branch in lexicon().branches.get(actor.name, ()):
        if country in countries and (provinces is None or admin1 in provinces):
            return branch
    return actor


@lru_cache(maxsize=1)
def _shared_demonyms() -> dict[str, tuple[str, ...]]:
    """Demonyms two or more states share, lower case, with those states (data/actors.json)."""
    shared = _data()["national_forces"]["shared_demonyms"]
    return {demonym.lower(): tuple(states) for demonym, states in shared.items()}


def national_in(actor: Actor, written: str, country: str | None) -> Actor:
    """A state's forces or government named by a demonym that states share ("Congolese troops"),
    re-read as those of the state the event is in where it is one of them; else the actor itself."""
    words = written.split()
    if not actor.national or country is None or not words:
        return actor
    states = _shared_demonyms().get(words[0].lower().removeprefix("the "), ())
    if country not in states:
        return actor
    for state in states:
        for prefix in ("Military Forces of ", "Police Forces of ", "Government of "):
            if actor.name == prefix + state and state != country:
                return Actor(prefix + country, actor.inter, actor.target, actor.kind, actor.national, actor.countries, actor.enemy)
    return actor


def target_type(mention: ActorMention) -> str:
    """The GTD target type of a victim mention ("journalist" is media, "police" is police)."""
    return lexicon().target_overrides.get(mention.text.lower(), mention.actor.target)


def _is_group_is(text: str, start: int, end: int) -> bool:
    """"IS" the group, not the verb: it stands before a noun or verb, not at a sentence start."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 25]
    if before.strip() == "" and (start == 0 or text[start - 2 : start].strip() in {".", ""}):
        # Sentence-initial "IS" in all caps is still the group in headlines and prose.
        return True
    # "IS IT", "IS THE" in capitals are the verb; "an IS IED" is the group's bomb
    return not re.match(r"\s+(?!(?:SV|VB)?IEDs?\b|RPGs?\b)(?:[A-Z]{2,}|IT|THE)\b", after)
