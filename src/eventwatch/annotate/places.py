"""Geoparser: find place mentions in text and resolve them against the shipped gazetteer.

See docs/geoparsing.md. Name normalisation (shared with scripts/build_gazetteer.py):

A place name (or a span of text) is split into word tokens; each token becomes a key that
forgives the usual transliteration variants of Arabic, Kurdish and Turkish place names:
diacritics, apostrophes and ayn/hamza marks go, doubled letters collapse, common vowel spellings
merge (ee/i, ou/oo/u, ei/ay), a final -ah/-eh becomes -a, and the Arabic article (al-, el-, ad-,
as-, ash- ...) is dropped. A name's key is its token keys joined by single spaces.
"""

from __future__ import annotations

import array
import bisect
import dataclasses
import difflib
import functools
import gzip
import itertools
import math
import operator
import os
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from ..geo import haversine_km
from .dates import MONTH_NAMES, WEEKDAYS
from .text import DisjointSpans, FastPattern, FoldedPattern

# Word tokens: letters, with apostrophe-like marks inside a word kept in it (Qa'im, Dar`a).
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’‘ʿʾ`´][^\W\d_]+)*")
_APOS = str.maketrans("", "", "'’‘ʿʾ`´")
ARTICLES = frozenset(
    "al el ad as ash at ar az an adh ath ed es ul ud ush ur al's ez et er en esh eth edh".split()
)
_SPECIAL = {"tel": "tal", "tell": "tal", "jebel": "jabal", "jabel": "jabal", "jbel": "jabal"}


def fold(s: str) -> str:
    """Lowercase and strip diacritics and apostrophes."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    s = s.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ð", "d")
    return s.translate(_APOS).lower()


_DOUBLE = re.compile(r"(.)\1+")


def _undouble(s: str) -> str:
    """_DOUBLE.sub(r"\\1", s): a run of one character as one. Most keys have no such run (the
    search says so, faster than the sub); a run is collapsed without the sub's template,
    where no newline (which "." does not match) is in s."""
    if _DOUBLE.search(s) is None:
        return s
    return _DOUBLE.sub(r"\1", s) if "\n" in s else "".join(map(operator.itemgetter(0), itertools.groupby(s)))


@functools.lru_cache(maxsize=200_000)
def token_key(tok: str) -> str:
    """The spelling-tolerant key of one token (cached: news repeats its words)."""
    t = fold(tok)
    if t in _SPECIAL:
        return _SPECIAL[t]
    t = t.replace("ee", "i").replace("ou", "u").replace("oo", "u").replace("ei", "ay")
    t = _undouble(t)
    if len(t) > 4 and (t.endswith("ah") or t.endswith("eh")):
        t = t[:-2] + "a"
    return _SPECIAL.get(t, t)


def split_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) for every word token in text."""
    out = []
    add = out.append
    for m in TOKEN_RE.finditer(text):
        t = m.group()
        s, e = m.span()
        if len(t) > 2 and t[-2] in "'’" and t[-1] in "sS":  # possessive: Iraq's
            add((s, e - 2, t[:-2]))
        else:
            add((s, e, t))
    return out


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Key of a gazetteer name: token keys without articles, joined by spaces."""
    toks = [token_key(t) for _, _, t in split_tokens(name)]
    keys = [t for t in toks if t not in ARTICLES]
    if not keys:
        keys = toks
    return " ".join(keys)


_NO_VOWELS = str.maketrans("", "", "aeiouyw")  # (translate drops them)


@functools.lru_cache(maxsize=100_000)
def skeleton(key: str) -> str:
    """Consonant skeleton of a key for fuzzy matching of transliterations (Hemrin/Hamrin)."""
    out = []
    for word in key.split():
        w = word.replace("q", "k").replace("p", "b").replace("dh", "d").replace("th", "t").replace("gh", "g")
        w = w.replace("kh", "k").replace("sh", "s")
        if w.endswith("h"):
            w = w[:-1]
        w = w[:1] + w[1:].translate(_NO_VOWELS)
        out.append(_undouble(w))
    return " ".join(out)

# ---------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    name: str
    feature: str
    country: str
    iso3: str
    admin1: str | None
    admin1_code: str | None
    admin2: str | None
    latitude: float
    longitude: float
    population: int
    source: str


# The town sizes (people) the resolver trusts a name by, said once. A town's name is a word many
# other things share: the bigger the town, the more likely the name means it.
# - TOWN_POP: a town one may report from or name with no other support (a short dateline's town,
#   "VELA (AP) -"; a foreign town the article gives no other reason for). Below it, a village
#   needs its country named or a preposition before it.
# - CITY_POP: a city known by its name alone, as sure as a district: a firm name ("the Kelm Otters"
#   are named after it), a place whenever it follows another name, the province's own city (the
#   gazetteer build keeps alternate spellings and a two-consonant skeleton for these only).
# - METROPOLIS_POP: a city whose name is what the name means, over a country's other name
#   ("Salvador"), a person's name before "said", or a first name before a surname ("Sam" is no
#   Damascus, "Sham"). (The foreign-namesake policy, KNOWN_ABROAD and FAMOUS_ABROAD, asks
#   another question: how big a town abroad must be to be meant without its country.)
TOWN_POP = 15_000
CITY_POP = 100_000
METROPOLIS_POP = 1_000_000


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place
    precision: int
    relation: str | None
    name_start: int = -1  # offsets of the place name alone (without "province", "al-" ...)
    name_end: int = -1
    # "organisation" (inside an organisation's name), "adjective", "facility", "quarter" (a
    # neighbourhood of the town named after it: "X neighbourhood, Y city"); "street",
    # "building" and "event": the whole name of one (find_places(facilities=True), feature
    # "site"; an event: a contest or show named after its place, "the Kelmar Grand Prix")
    role: str | None = None
    score: float = 0.0
    cue: str | None = None  # the word before the name: "in", "at", "near", "of" ...
    anchor: bool = False  # only locates the mention before it ("X village in <Y district>")
    # where something else is, not where the text's action is: a road's or border's ends
    # ("linking the district with Babylon", "between Baghdad and Tuz"), a destination or origin
    # ("fled to Erbil", "displaced from Mosul"), what a protest is about ("in solidarity with
    # those killed in Najaf")
    secondary: str | None = None  # "endpoint", "elsewhere" or "speaker" (where a statement came from)
    # only locates the mention right after it, which it owns: "Kirkuk" in "Kirkuk's Daquq district"
    owner: bool = False
    # the stated container whose province this mention took (best_place: "X village in Y province"
    # with X guessed just over the line): the words that give admin1
    container: PlaceMention | None = None
    fuzzy: bool = False  # matched by a near spelling ("Diwniya"), not a spelling the gazetteer has
    # the dateline: a name in capitals opening a sentence or paragraph, before a comma and another name,
    # a dash or a bracket ("KELMFORD, Ostria (AP) -", "VELA -"): where the report was filed
    dateline: bool = False


# a capitalised compass word before a name and a capitalised generic word after it that are
# part of the proper name ("North Africa", "Benue State", "Indian Ocean"), unless the generic
# word starts another name ("Maryland State Police"); so is "FC" of a club named after its town
# ("Kelmford FC", which GeoWebNews marks whole as an embedded toponym, as it does "X City")
_PROPER_BEFORE = re.compile(
    r"\b(?:(?:North|South)(?:-?(?:[Ee]ast|[Ww]est))?|East|West|(?:North|South|East|West)ern|"
    r"Central)[ \t]+$")
_PROPER_AFTER = re.compile(
    r"[ \t]+(?:City|County|State|Ocean|Sea|River|Delta|Valley|Peninsula|Islands?|Township|"
    r"Mountains|Hills|Bay|Lake|FC)\b(?![ \t]+[A-Z])")


def name_span(m: PlaceMention) -> tuple[int, int]:
    """The gazetteer name's offsets alone ("Benue" of "Benue State", "Africa" of "North Africa")."""
    return (m.name_start if m.name_start >= 0 else m.start, m.name_end if m.name_end >= 0 else m.end)


def toponym_span(text: str, m: PlaceMention) -> tuple[int, int]:
    """The toponym as a proper name, as GeoWebNews marks it: the place name (without a
    lower-case type word or relation) with the capitalised compass word before it and the
    capitalised generic word after it that belong to the name ("North Africa", "Benue State").
    (The event's location keeps name_start/name_end: "Benue" is the name in the gazetteer.)"""
    s, e = name_span(m)
    after = _PROPER_AFTER.match(text, e) or (_CITY_DISTRICT_AFTER.match(text, e) if m.place.feature == "town" else None)
    if after and _college_state(text, m, after):
        after = None
    before = _PROPER_BEFORE.search(text, max(0, s - 12), s)
    return (before.start() if before else s), (after.end() if after else e)


def _college_state(text: str, m: PlaceMention, after: re.Match[str]) -> bool:
    """"Ohio State", "Kelvania State" after a US state: a university or its team, the state only
    embedded in it (a US state's proper name takes no "State"); but "New York State" and
    "Washington State" tell the state from the big city of its name (a metropolis "<name> City")."""
    if m.place.feature != "admin1" or m.place.iso3 != "USA" or after.group().split()[0] != "State":
        return False
    gz = get_gazetteer()
    return not any(p.feature == "town" and p.population >= 500_000 for p in gz.lookup(m.place.name)) \
        and not any(p.feature == "town" and p.population >= 5_000_000 for p in gz.lookup(m.place.name + " City"))


FEATURE_RANK = {
    "village": 0, "town": 0, "crossing": 0, "site": 0, "road": 1, "admin2": 1, "valley": 1,
    "mountain": 2, "desert": 2, "river": 2, "lake": 2, "admin1": 3, "region": 4, "sea": 4, "country": 5,
}

_DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")
DEEP_ISO2 = ("IQ", "SY")


class Gazetteer:
    """The shipped gazetteer: rows, a key index and the word prefixes of the keys."""

    def __init__(self, path: str | None = None):
        path = path or os.path.join(_DATA, "gazetteer.tsv.gz")
        with gzip.open(path, "rb") as f:
            data = f.read().decode("utf-8")
        rows_part, _, rest = data.partition("\n#keys\n")
        keys_part, _, rest = rest.partition("#skeletons\n")
        skel_part, whole, admin1_part = rest.partition("#admin1\n")
        if not whole:  # (a section missing empties the ones after it: a broken data file, never an empty index)
            raise ValueError(f"{path}: not the rows and the #keys, #skeletons and #admin1 sections")
        # Tuples and dicts of strings only, not lists and sets: the garbage collector leaves
        # them alone, where a full collection would visit every one of their ~200,000 strings.
        self._lines = tuple(rows_part.split("\n")[1:])
        self._rows: dict[int, list[str]] = {}
        self.index: dict[str, str] = _pairs(keys_part)
        self._admin1: dict[str, int] = {
            k: int(v) for k, v in (line.split("\t", 1) for line in admin1_part.split("\n")
                                   if line)}
        # every key's first words short of the whole key ("tal" and "tal abu" of "tal abu
        # zaid"): a text's names are found by extending each capitalised word while the words
        # so far begin a key, which finds whole-token matches only (no hits inside words)
        prefixes: set[str] = set()
        add = prefixes.add
        for k in self.index:
            i = k.find(" ")
            while i != -1:
                add(k[:i])
                i = k.find(" ", i + 1)
        self.prefixes: dict[str, None] = dict.fromkeys(prefixes)
        self.starters: dict[str, None] = dict.fromkeys(prefixes.union(self.index))  # the words a key can begin with
        # near spellings by consonant skeleton: Iraq's and Syria's (the shipped index), and the other
        # Arab countries' provinces and big towns too ("Hodeidah" of Al Hudaydah): the names the
        # press transliterates as freely as Iraq's and Syria's (see skeleton_items)
        more, provinces = _more_skeletons(self._lines, path)
        self._skeletons = _skeleton_tiers(_pairs(skel_part), more)
        # and every country's first-level units ("Galgaduud" of Galguduud, "Kharkov" of Kharkiv),
        # read only where a province is expected (see province_skeleton)
        self._province_skeletons = provinces
        # the first words of the skeletons (a one-word skeleton is its own first word)
        self.skeleton_starts: dict[str, None] = dict.fromkeys({sk.split(" ", 1)[0] for sk in self._skeletons})
        self.province_skeleton_starts: dict[str, None] = dict.fromkeys({sk.split(" ", 1)[0] for sk in provinces})
        self._places: dict[int, Place] = {}
        self._fuzzy: dict[tuple[str, str], tuple[tuple[int, str], ...]] = {}  # see _fuzzy_ids
        self._near: dict[str, str | None] = {}  # see near_skeleton
        self._ids: dict[tuple[str, bool], tuple[tuple[int, str], ...]] = {}  # see ids
        self._entries: dict[tuple[str, bool], Entries | None] = {}  # see entries
        self._adjective: dict[str, tuple[str, ...]] = {}  # see adjective_countries
        self._seats: dict[tuple[int, tuple[int, ...]], Place] = {}  # see seat
        self._context: dict[tuple[tuple[int, ...], str | None],
                            tuple[str | None, str | None]] = {}  # see context
        self._prior: tuple[dict[int, float], dict[int, float]] = ({}, {})  # see prior
        self._admin1_codes: dict[tuple[str, str | None], str | None] = {}  # see admin1_code
        self._province_points: dict[str, list[tuple[float, float]]] = {}  # see province_points
        self._admin1_cores: dict[str, list[tuple[str, str]]] = {}  # see _province_cores
        self._biggest_towns: dict[str, dict[str, int]] = {}  # see biggest_town

    def entries(self, key: str, adjectives: bool) -> Entries | None:
        """_entries of ids(key, adjectives), cached per key."""
        cache = self._entries
        if (key, adjectives) in cache:
            return cache[(key, adjectives)]
        if len(cache) >= 200_000:
            cache.clear()
        e = cache[(key, adjectives)] = _entries(self.ids(key, adjectives))
        return e

    def context(self, ids: tuple[int, ...], type_feat: str | None) -> tuple[str | None, str | None]:
        """The country and province a candidate with these rows names in its article (None
        for none): its likeliest row's, where that row is a country or province or all rows
        lie in one country; cached, as the same names come back in every article."""
        cache = self._context
        out = cache.get((ids, type_feat))
        if out is None:
            if len(cache) >= 200_000:
                cache.clear()
            out = cache[(ids, type_feat)] = self._context_uncached(ids, type_feat)
        return out

    def _context_uncached(self, ids: tuple[int, ...],
                          type_feat: str | None) -> tuple[str | None, str | None]:
        best = max(ids, key=lambda i: (self.prior(i) + _type_bonus(self.row(i), type_feat), -i))
        r = self.row(best)
        cc = r[2] if r[2] and (r[1] in ("country", "admin1")
                               or len({self.row(i)[2] for i in ids}) == 1) else None
        a1 = r[6] if r[6] and (r[1] == "admin1" or r[2] in DEEP_ISO2) else None
        return cc, a1

    def seat(self, i: int, ids: tuple[int, ...]) -> Place:
        """The district of row i placed at its seat: the likeliest town among ids (the rows of
        its name) in its governorate; the district as it is where there is none. Cached."""
        p = self._seats.get((i, ids))
        if p is None:
            p = self.place(i)
            seat = [j for j in ids if self.row(j)[1] == "town"
                    and self.row(j)[6] == p.admin1_code]
            if seat:
                town = self.place(max(seat, key=lambda j: (self.prior(j), -j)))
                p = dataclasses.replace(p, latitude=town.latitude, longitude=town.longitude)
            if len(self._seats) >= 50_000:
                self._seats.clear()
            self._seats[(i, ids)] = p
        return p

    def adjective_countries(self, key: str) -> tuple[str, ...]:
        """The countries of the entries of key where all are adjectives ("Syrian"), else none;
        cached per key."""
        out = self._adjective.get(key)
        if out is None:
            allids = self.ids(key, True)
            out = tuple(self.row(i)[2] for i, _ in allids) \
                if allids and all(fl == "@" for _, fl in allids) else ()
            if len(self._adjective) >= 200_000:
                self._adjective.clear()
            self._adjective[key] = out
        return out

    def prior(self, i: int, use_pop: bool = True) -> float:
        """_prior of row i, cached (the resolver scores the same rows in every article)."""
        cache = self._prior[use_pop]
        p = cache.get(i)
        if p is None:
            p = cache[i] = _prior(self.row(i), use_pop)
        return p

    def near_skeleton(self, key: str) -> str | None:
        """The consonant skeleton of key where near spellings of it are in the gazetteer
        (at least 3 consonants, or 2 for the big towns the build indexes so), else None;
        cached: the text's capitalised words repeat."""
        near = self._near
        if key in near:
            return near[key]
        if len(near) >= 100_000:
            near.clear()
        sk: str | None = skeleton(key)
        if len(sk.replace(" ", "")) < 2 or sk not in self._skeletons:
            sk = None
        near[key] = sk
        return sk

    def province_skeleton(self, key: str) -> str | None:
        """The province form of key's consonant skeleton (_province_form) where a first-level unit's
        name (of any country) has it (two consonants at least), else None."""
        sk = _province_form(skeleton(key))
        return sk if sk in self._province_skeletons and len(sk.replace(" ", "")) >= 2 else None

    def province_items(self, sk: str) -> list[tuple[int, str]]:
        """(row, key) pairs of the first-level units whose name's key has this consonant skeleton."""
        return list(self._province_skeletons.get(sk, ()))

    def skeleton_items(self, sk: str, more: bool = False) -> list[tuple[int, str]]:
        """(row, key) pairs whose key has this consonant skeleton: Iraq's and Syria's, or with
        more=True the other Arab countries' provinces and towns of MORE_SKELETONS_POP+ people."""
        return list(self._skeletons.get(sk, ((), ()))[more])

    def __len__(self) -> int:
        return len(self._lines)

    def row(self, i: int) -> list[str]:
        r = self._rows.get(i)
        if r is None:
            r = self._rows[i] = self._lines[i].split("\t")
        return r

    # -- rows to records ------------------------------------------------------------------------
    def place(self, i: int) -> Place:
        p = self._places.get(i)
        if p is None:
            r = self.row(i)
            admin1, code = (r[5], r[6]) if r[5] or r[1] not in ("town", "village") else self._namesake_admin1(r)
            p = Place(name=r[0], feature=r[1], country=r[4], iso3=r[3], admin1=admin1 or None,
                      admin1_code=code or None, admin2=r[7] or None, latitude=float(r[8]),
                      longitude=float(r[9]), population=int(r[10]), source=r[11])
            self._places[i] = p
        return p

    def _namesake_admin1(self, r: list[str]) -> tuple[str, str]:
        """A town the sources leave without a province lies in the province of its own name
        in its country, where there is one (capital districts and city provinces: "Bamako")."""
        for i, _fl in self.ids(name_key(r[0])):
            a = self.row(i)
            if a[1] == "admin1" and a[3] == r[3] and r[3] and a[6]:
                return a[5], a[6]
        return "", ""

    def ids(self, key: str, adjectives: bool = False) -> tuple[tuple[int, str], ...]:
        """(row, flag) of the entries with this key: flag "*" a common word, "@" an adjective
        (left out unless adjectives); cached, as the same names come back in every article."""
        cache = self._ids
        out = cache.get((key, adjectives))
        if out is None:
            if len(cache) >= 200_000:
                cache.clear()
            out = cache[(key, adjectives)] = tuple(self._parse_ids(key, adjectives))
        return out

    def _parse_ids(self, key: str, adjectives: bool) -> list[tuple[int, str]]:
        v = self.index.get(key)
        if not v:
            return []
        out = []
        for x in v.split(","):
            fl = x[-1]
            if fl in "*@":
                if fl == "@" and not adjectives:
                    continue
                out.append((int(x[:-1]), fl))
            else:
                out.append((int(x), ""))
        return out

    def lookup(self, name: str) -> list[Place]:
        """Places with this name in any spelling, the most important first."""
        k = name_key(name)
        ids = [i for i, fl in self.ids(k) if fl != "@"]
        if not ids:
            sk = skeleton(k)
            ids = [i for i, _ in _fuzzy_ids(self, k, sk)] if len(sk.replace(" ", "")) >= 4 else []
        ids = sorted(set(ids), key=lambda i: (-_prior(self.row(i)), i))
        return [self.place(i) for i in ids]

    def admin1_code(self, name: str, country_iso3: str | None = None) -> str | None:
        """ISO 3166-2 code of a province/governorate in any spelling ("Sala al-Din" -> IQ-SD);
        cached, as every event placed at a town asks it of the town's name."""
        cache = self._admin1_codes
        if (name, country_iso3) in cache:
            return cache[(name, country_iso3)]
        if len(cache) >= 50_000:
            cache.clear()
        code = cache[(name, country_iso3)] = self._admin1_code(name, country_iso3)
        return code

    def _admin1_code(self, name: str, country_iso3: str | None) -> str | None:
        if not name:
            return None
        s = re.sub(r"(?i)\b(governorate|province|muhafazat|wilayat)\b", " ", name).strip()
        for cand in (s, name):
            k = name_key(cand)
            for keyset in (self.ids(k), _fuzzy_ids(self, k, skeleton(k))):
                best = None
                for i, _fl in keyset:
                    r = self.row(i)
                    if r[1] != "admin1" or not r[6]:
                        continue
                    if country_iso3 and r[3] != country_iso3:
                        continue
                    if best is None or _prior(r) > _prior(self.row(best)):
                        best = i
                if best is not None:
                    return self.row(best)[6]
        return None

    def admin1_code_near(self, name: str, country_iso3: str) -> str | None:
        """admin1_code, else the code of the one province of that country whose name is a near
        spelling of it ("Jawzjan" for GeoNames' "Jowzjan", "Sari Pul" for "Sar-e Pol"): the
        spellings a report uses for provinces abroad, which the key index holds only one of."""
        code = self.admin1_code(name, country_iso3)
        if code or not name:
            return code
        key = _province_core(name)
        # (code, core) of the country's provinces with the same compass words
        # ("Agusan del Sur" is no spelling of "Agusan del Norte")
        candidates = [(code, other) for code, other in self._province_cores(country_iso3)
                      if _compass_words(other) == _compass_words(key)]
        best = _closest(key, candidates)
        if len(best) == 1:
            return best[0]
        if not key:
            return None
        # "South", "South Governorate", "South Lebanon" for Lebanon's "Liban-Sud": the compass words of
        # the one province named by them and the country's own name (in the country's language)
        own = self._country_words(candidates)
        bare = " ".join(w for w in key.split() if skeleton(w) not in own)
        if bare and all(word in _COMPASS_WORDS for word in bare.split()):
            named = [code for code, other in candidates
                     if " ".join(w for w in other.split() if skeleton(w) not in own) == bare != other]
            return named[0] if len(named) == 1 else None
        # "Kelm" for "Kelm al Kabira": the short form of one long name (not a compass word alone:
        # "Western" is no short form of "West Kelm")
        starts = [code for code, other in candidates if other.startswith(key + " ")]
        if len(starts) == 1:
            return starts[0]
        # "Giza" for Al Jizah, "Timbuktu" for Tombouctou: the province named after its biggest town, in
        # the town's spelling
        return self._province_of_its_city(name, country_iso3)

    def _country_words(self, candidates: list[tuple[str, str]]) -> frozenset[str]:
        """The skeletons of the words of the country's name, read from a province's row (none without one)."""
        i = self._admin1.get(candidates[0][0]) if candidates else None
        return frozenset(skeleton(w) for w in name_key(self.row(i)[4]).split()) if i is not None else frozenset()

    def _province_of_its_city(self, name: str, country_iso3: str) -> str | None:
        """The code of the one province of the country whose biggest town has this name as its own (not
        as one of its other names: GeoNames' Washington, whose other name is "District of Columbia")."""
        key = name_key(name)
        codes = {r[6] for i, _ in self.ids(key) if (r := self.row(i))[1] == "town" and r[3] == country_iso3 and r[6]
                 and name_key(r[0]) == key and self.biggest_town(r[2], r[6]) == i}
        return codes.pop() if len(codes) == 1 else None

    def province_points(self, cc: str) -> list[tuple[float, float]]:
        """The points of country cc's provinces (ISO2), worked out once per country."""
        points = self._province_points.get(cc)
        if points is None:
            rows = (self.row(i) for i in self._admin1.values())
            points = self._province_points[cc] = [(float(r[8]), float(r[9])) for r in rows if r[2] == cc and r[8] and r[9]]
        return points

    def _province_cores(self, country_iso3: str) -> list[tuple[str, str]]:
        """(code, _province_core of its name) of each province of the country, in the gazetteer's
        order; worked out once per country, as working out every province's core per lookup is slow."""
        cores = self._admin1_cores.get(country_iso3)
        if cores is None:
            rows = ((code, self.row(i)) for code, i in self._admin1.items())
            cores = self._admin1_cores[country_iso3] = [(code, _province_core(r[0])) for code, r in rows if r[3] == country_iso3]
        return cores

    def admin1_row(self, code: str) -> int | None:
        """The gazetteer row of the province with this ISO 3166-2 code."""
        return self._admin1.get(code)

    def admin1_by_code(self, code: str) -> Place | None:
        i = self._admin1.get(code)
        return self.place(i) if i is not None else None

    def biggest_town(self, cc: str, code: str) -> int | None:
        """The row of the most populous town of the province with this code in country cc (ISO2), where
        the gazetteer has one; the towns of a country are ranked once, on the first question about it."""
        towns = self._biggest_towns.get(cc)
        if towns is None:
            towns = {}
            best: dict[str, tuple[int, int]] = {}
            tag = f"\ttown\t{cc}\t"
            for i, line in enumerate(self._lines):
                if tag in line:
                    r = line.split("\t")  # (not self.row: a country's every town would stay parsed in memory)
                    pop = int(r[10] or 0)
                    if r[1] == "town" and r[2] == cc and r[6] and (r[6] not in best or pop > best[r[6]][0]):
                        best[r[6]] = (pop, i)
            towns = self._biggest_towns[cc] = {k: i for k, (_, i) in best.items()}
        return towns.get(code)


# (as name keys, the form the keys they are compared with take: "south" is keyed "suth")
_COMPASS_WORDS = frozenset(name_key(w) for w in "north south east west northern southern eastern western central upper lower".split())
# compass words of the names' own languages ("Shamal Sina'", "Nord-Kivu") and the adjectives
# ("Southern Darfur"), as the English noun
_COMPASS_ENGLISH = {name_key(word): name_key(english) for word, english in {
    "shamal": "north", "janub": "south", "nord": "north", "sud": "south", "norte": "north", "sul": "south",
    "sur": "south", "ouest": "west", "oeste": "west", "leste": "east",
    "northern": "north", "southern": "south", "eastern": "east", "western": "west"}.items()}
# The type words after a first-level unit's name ("Kelmo oblast") and a second-level unit's ("Kelmo district"),
# as a pattern's alternatives: TYPE_AFTER and the patterns of unit words here and in event_place are made of them.
ADMIN1_WORDS = "province|governorate|state|region|oblast|prefecture"
ADMIN2_WORDS = "district|sub-?district|county"
# with the words of the names themselves ("Anbar Governorate", "Wilayat X"), stripped to compare cores
_ADMIN1_NAME_WORDS = rf"{ADMIN1_WORDS}|muhafazat|wilayat|capital territory"
_PROVINCE_WORDS = re.compile(rf"(?i)\b(?:{_ADMIN1_NAME_WORDS})\b")


_AI = re.compile(r"ai(?![aeiou])")  # "ai" before a consonant: the "ay" of another transliteration
SEAT_BONUS = 0.5  # a town its district or province is named after ("Salamanca", Provincia de Salamanca)
MORE_SKELETONS_POP = 50_000  # the towns of the other Arab countries whose near spellings are read


def _more_skeletons(lines: tuple[str, ...], path: str) -> tuple[dict[str, tuple[tuple[int, str], ...]],
                                                     dict[str, tuple[tuple[int, str], ...]]]:
    """skeleton -> (row, key) of the provinces and towns of MORE_SKELETONS_POP+ people of the Arab
    countries other than Iraq and Syria (whose every place the shipped skeleton index holds); and
    skeleton -> (row, key) of every first-level unit outside Iraq and Syria, by its name and by its
    name without its type words ("Muhafazat al Hudaydah": "Hudaydah"). A row short of its 12
    columns is a broken data file (path): ValueError."""
    more: dict[str, list[tuple[int, str]]] = {}
    provinces: dict[str, list[tuple[int, str]]] = {}
    countries = ARAB_ISO2.difference(DEEP_ISO2, ("IR", "TR"))
    for i, line in enumerate(lines):
        cells = line.split("\t", 11)
        if len(cells) < 12:
            raise ValueError(f"{path}: row {i + 1} has {len(cells)} of the 12 columns")
        if cells[1] == "admin1" and cells[2] and cells[2] not in DEEP_ISO2:
            for key in dict.fromkeys((name_key(cells[0]), name_key(_PROVINCE_WORDS.sub(" ", cells[0])))):
                if key:
                    provinces.setdefault(_province_form(skeleton(key)), []).append((i, key))
        if cells[2] not in countries or not (
                cells[1] == "admin1" or (cells[1] == "town" and int(cells[10] or 0) >= MORE_SKELETONS_POP)):
            continue
        key = name_key(cells[0])
        more.setdefault(skeleton(key), []).append((i, key))
    return ({sk: tuple(items) for sk, items in more.items()},
            {sk: tuple(items) for sk, items in provinces.items()})


@functools.lru_cache(maxsize=100_000)
def _province_form(s: str) -> str:
    """A skeleton or key of a first-level unit's name with "g" written "h" (Russian and Ukrainian
    transliterations of one name: "Chernigov"/"Chernihiv", "Kirovograd"/"Kirovohrad") and any
    vowel opening a word as "a" ("Urozgan"/"Oruzgan"). Cached: _name_spans
    asks it of every capitalised word."""
    return _FIRST_VOWEL.sub("a", s.replace("g", "h"))


_FIRST_VOWEL = re.compile(r"\b[aeiou]")


def _skeleton_tiers(deep: dict[str, str], more: dict[str, tuple[tuple[int, str], ...]]
                    ) -> dict[str, tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]]:
    """skeleton -> ((row, key) of Iraq's and Syria's places, of the other Arab countries'): the
    shipped index's "row=key,..." strings read into the pairs _more_skeletons builds."""
    pairs = {sk: tuple((int(i), k) for i, k in (x.split("=", 1) for x in v.split(","))) if v else ()
             for sk, v in deep.items()}
    return {sk: (pairs.get(sk, ()), more.get(sk, ())) for sk in (*deep, *more)}


def _province_core(name: str) -> str:
    """A province name's key without its type words and with its compass words in English
    ("Muhafazat Shamal Sina'" -> "north sina"): what two spellings of one province share."""
    key = name_key(_PROVINCE_WORDS.sub(" ", name))
    return " ".join(_COMPASS_ENGLISH.get(w, w) for w in key.split())


def _compass_words(key: str) -> frozenset[str]:
    """The compass and position words of a name key, which no near spelling may change."""
    return frozenset(w for w in key.split() if w in _COMPASS_WORDS)


def _compass_only(name: str) -> bool:
    """A unit's name of compass words alone ("North East", "Central Region"), which many countries'
    units share. (Its core, _province_core, has the other languages' compass words in English.)"""
    core = _province_core(name)
    return bool(core) and all(w in _COMPASS_WORDS or w in ("est", "centre", "center") for w in core.split()) \
        and all(fold(t) in _COMPASS_SPELLINGS for _, _, t in split_tokens(_PROVINCE_WORDS.sub(" ", name)))


# the compass words as written (with the articles before them), against which a name's words are checked too: the
# keys merge vowels, and Somalia's Sool is keyed as Portuguese "Sul" is
_COMPASS_SPELLINGS = frozenset((*"north south east west northern southern eastern western central upper lower est "
                                "centre center shamal janub nord sud norte sul sur ouest oeste leste".split(), *ARTICLES))


def _city_of_the_name(gz: Gazetteer, c: _Cand) -> bool:
    """Whether a city of METROPOLIS_POP people has the candidate's name as its own ("Salvador")."""
    return any(gz.row(i)[1] == "town" and _letters(gz.row(i)[0]) == c.letters
               and int(gz.row(i)[10]) >= METROPOLIS_POP for i in c.ids)


def _pairs(part: str) -> dict[str, str]:
    """"key<TAB>value" lines to a dict, with one split over the whole section."""
    part = part.rstrip("\n")
    if not part:
        return {}
    cells = part.replace("\n", "\t").split("\t")
    return dict(zip(cells[0::2], cells[1::2], strict=True))


def _prior(r, use_pop: bool = True) -> float:
    pop = int(r[10])
    base = math.log10(pop + 1) if use_pop else 0.0
    if r[1] == "admin1" and r[2] not in DEEP_ISO2:
        base -= 2.0  # world provinces: population summed over towns overstates them
    base += {"country": 4.5, "admin1": 3.0, "admin2": 1.5, "region": 2.5, "mountain": 2.5,
             "desert": 2.5, "river": 2.5, "valley": 2.0, "crossing": 1.5, "lake": 2.0,
             "site": 1.0,
             # an ocean, sea or strait (no population): as well known as a city of 100 million
             "sea": 8.0,
             "village": -0.5}.get(r[1], 0.0)
    if r[2] in DEEP_ISO2:
        base += 1.5  # eventwatch reads conflict news: Iraq and Syria first
    if r[11].endswith("+capital"):
        base += 1.0
    return base


@functools.lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()


class Localities:
    """localities.tsv.gz: every GeoNames town outside Iraq and Syria (whose towns the gazetteer
    holds whole), by province, with its spellings' keys, and GeoNames' districts ("=key", at their
    chief town) where it has them; read on first use. The seat of a district, or the town of a
    locality, that the text names inside a province it states and the gazetteer lacks ("in Varo
    district, Kelm": the town Varo of Kelm); find_places(localities=True), which the pipeline
    asks for, also reads its towns by name (locality_mentions)."""

    def __init__(self, path: str | None = None):
        path = path or os.path.join(_DATA, "localities.tsv.gz")
        # read in chunks: reading it whole holds the text twice at the peak
        self._data = bytearray()
        with gzip.open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                self._data += chunk
        # a province's lines stay bytes of the file (offsets) until a locality of it is looked up
        self._blocks: dict[tuple[str, str], tuple[int, int]] = {}
        # a country's provinces as the file holds them, one after another: where each province's
        # lines begin, its admin1 name and code, and where the country's lines end (see named)
        self._spans: dict[str, tuple[list[int], list[tuple[str, str]], int]] = {}
        data, head = self._data, self._data.find(b"#")
        while head != -1:
            body = data.index(b"\n", head) + 1
            nxt = data.find(b"\n#", body - 1)
            iso3, admin1, code = data[head + 1:body - 1].decode("utf-8").split("\t")
            self._blocks[(iso3, code or admin1)] = (body, len(data) if nxt == -1 else nxt + 1)
            spans = self._spans.setdefault(iso3, ([], [], 0))
            spans[0].append(body)
            spans[1].append((admin1, code))
            self._spans[iso3] = (spans[0], spans[1], len(data) if nxt == -1 else nxt + 1)
            head = nxt if nxt == -1 else nxt + 1
        self._towns: dict[tuple[str, str], tuple[tuple[tuple[str, ...], float, float], ...]] = {}
        self._forms: dict[tuple[str, str], dict[str, list]] = {}  # see _by_form
        self._index: dict[str, tuple[array.array, array.array]] = {}  # see _country_index

    def named(self, key: str, iso3: str) -> list[tuple[str, str, float, float]]:
        """(admin1 name, admin1 code, lat, lon) of the towns of a country with a spelling of
        this key, in the file's order (looked up in _country_index)."""
        spans = self._spans.get(iso3)
        if spans is None or not key:
            return []
        starts, provinces, _ = spans
        hashes, offsets = self._country_index(iso3)
        data, word = self._data, key.encode("utf-8")
        h = hash(word)
        lines = []
        k = bisect.bisect_left(hashes, h)
        while k < len(hashes) and hashes[k] == h:
            line = offsets[k]
            k += 1
            if lines and lines[-1][0] == line:
                continue  # (a spelling the line lists twice)
            row = data[line:data.index(b"\n", line)].split(b"\t")
            if word in row[0].split(b"|"):  # (not another spelling of the same hash)
                lines.append((line, row))
        out = []
        for line, (_, lat, lon) in sorted(lines, key=lambda t: t[0]):
            admin1, code = provinces[bisect.bisect_right(starts, line) - 1]
            out.append((admin1, code, float(lat), float(lon)))
        return out

    def _country_index(self, iso3: str) -> tuple[array.array, array.array]:
        """The hashes of a country's town spellings, sorted, with the offset of each one's line
        in the file (not its districts' "=key" lines), made once the country is first asked for:
        two arrays of numbers, where dicts of its spellings would hold tens of megabytes for the
        countries a few hundred articles name."""
        index = self._index.get(iso3)
        if index is None:
            starts, _, end = self._spans[iso3]
            hashes: list[int] = []
            offsets: list[int] = []
            pos = starts[0]
            for line in bytes(self._data[pos:end]).split(b"\n"):
                if line and line[0] not in b"#=":
                    keys = line[:line.index(b"\t")].split(b"|")
                    hashes += map(hash, keys)
                    offsets += [pos] * len(keys)
                pos += len(line) + 1
            # Sorted by hash, offsets rising among equal hashes (they rise already: a stable sort keeps
            # them so); sorting the positions by one number is faster than sorting (hash, offset) pairs.
            order = sorted(range(len(hashes)), key=hashes.__getitem__)
            index = self._index[iso3] = (array.array("q", map(hashes.__getitem__, order)),
                                         array.array("q", map(offsets.__getitem__, order)))
        return index

    def towns(self, iso3: str, province: str) -> tuple[tuple[tuple[str, ...], float, float], ...]:
        """(keys, lat, lon) of the towns of a province (by ISO 3166-2 code, or by name where
        it has none)."""
        out = self._towns.get((iso3, province))
        if out is None:
            start, end = self._blocks.get((iso3, province), (0, 0))
            lines = (line.split("\t") for line in self._data[start:end].decode("utf-8").split("\n") if line)
            out = self._towns[(iso3, province)] = tuple((tuple(k.split("|")), float(lat), float(lon))
                                                        for k, lat, lon in lines)
        return out

    def seat(self, name: str, iso3: str, province: str, district: bool = True,
             direct: bool = False) -> tuple[float, float] | None:
        """The point of the town of this name in the province (any of its spellings, else the
        district of the name, else the nearest spelling, as _closest measures it); None where there
        is none, or where towns of the name lie far apart (which one is meant the text does not
        say). district=False: a locality, not a district ("in Varo village, Kelm"): towns only, and
        a near spelling at SHORT_SPELLING_RATIO, unless direct: the province follows the name right
        after (", Kelm", " in Kelm"), which leaves no other container the town could lie in
        ("Kupiansk, Kharkiv oblast" of Kupyansk; not "Mbalo, Kiteto district, Manyara")."""
        key = name_key(name)
        if not key:
            return None
        everything = self.towns(iso3, province)
        towns = [t for t in everything if t[0][0][0] != "="]
        units = [t for t in everything if t[0][0][0] == "="] if district else []  # "=key": a district, at its chief town
        form = _seat_form(key)
        near = NEAR_SPELLING_RATIO if district or (direct and len(form) > 2) else SHORT_SPELLING_RATIO
        ay_key, same_form = _AI.sub("ay", key), self._by_form(iso3, province).get(form, ())
        found: list = []
        for pick in (  # a town of the name, the district, a near spelling of either
                lambda: [t for t in towns if key in t[0]],
                lambda: [t for t in units if t[0][0] == "=" + key],
                # a near spelling with the same consonants ("Zanda Jan" for "Zendah Jan")
                # (a village is one of many small places: only a nearer spelling)
                lambda: _closest(ay_key, ((t, k) for t, k in same_form if t[0][0][0] != "="), near),
                lambda: _closest(ay_key, ((t, k[1:]) for t, k in same_form if district and k[0] == "="))):
            found = pick()
            if found:
                break
        else:
            return None
        lat, lon = found[0][1], found[0][2]
        if any(haversine_km(lat, lon, t[1], t[2]) > SEAT_SPREAD_KM for t in found[1:]):
            return None
        return lat, lon

    def seats(self, name: str, iso3: str) -> list[tuple[str, str, float, float]]:
        """(admin1 name, admin1 code, lat, lon) of the seat of a district of this name (seat, with its
        near spellings) in each province of the country that has one."""
        out = []
        for admin1, code in self._spans.get(iso3, ((), (), 0))[1]:
            point = self.seat(name, iso3, code or admin1)
            if point is not None:
                out.append((admin1, code, *point))
        return out

    def _by_form(self, iso3: str, province: str) -> dict[str, list]:
        """The province's towns and districts by _seat_form of each spelling: (town, spelling with
        "ai" as "ay"), worked out once a province (a near spelling is looked up among them)."""
        out = self._forms.get((iso3, province))
        if out is None:
            out = self._forms[(iso3, province)] = {}
            for t in self.towns(iso3, province):
                unit = t[0][0][0] == "="  # ("=key": a district, under its one key)
                for k in (t[0][0][1:],) if unit else t[0]:
                    out.setdefault(_seat_form(k), []).append((t, ("=" if unit else "") + _AI.sub("ay", k)))
        return out


SEAT_SPREAD_KM = 25.0  # towns of one name further apart than this are not one seat
# the Persian connector between a name's words ("Koshk-e Kohna", "Dara-i-Sufi"), which
# transliterations write or leave out (not CONNECTORS,
# the words a name may hold between capitalised ones: these are dropped from a seat's consonant form)
_PERSIAN_CONNECTORS = frozenset({"e", "i", "ye", "yi", "y"})


def _seat_form(key: str) -> str:
    """A key's consonants, without connectors or spaces: a near spelling of a district's seat
    must keep them ("Kohsan"/"Kuhsan", "Tur al-Bahah"/"Tawr al Bahah"; not "Gulran"/"Ghoryan"). (The
    skeleton drops the "i"/"y" of "ai"/"ay" alike: "Maimana"/"Maymana".)"""
    return skeleton(" ".join(w for w in key.split() if w not in _PERSIAN_CONNECTORS)).replace(" ", "")


@functools.lru_cache(maxsize=1)
def get_localities() -> Localities:
    return Localities()


# ---------------------------------------------------------------------------------------------
# Context words
# ---------------------------------------------------------------------------------------------

TYPE_AFTER = {
    **dict.fromkeys((*ADMIN1_WORDS.split("|"), "provinces", "governorates"), "admin1"),
    **dict.fromkeys(("district", "districts", "subdistrict", "county"), "admin2"),
    "city": "town", "town": "town", "village": "village", "mountains": "mountain",
    "mountain": "mountain", "mountain range": "mountain", "range": "mountain",
    "desert": "desert", "river": "river", "valley": "valley", "crossing": "crossing",
    "border crossing": "crossing", "area": None, "countryside": None, "outskirts": None, "lake": "lake",
}
# the kinds of natural feature a type word can name: "X lake" is no X mountains (the gazetteer
# lacking the lake), though it may be the town X it is named after
NATURAL_FEATURES = ("mountain", "desert", "river", "valley", "lake")
# (The patterns read before and after each candidate name are FastPatterns: they run lower-cased over the
# fold of a few dozen characters, several times faster than case-insensitively, with the same matches.)
TYPE_BEFORE = FastPattern(re.compile(
    r"\b(town|city|village|district|province|governorate|region|areas?|"
    r"sub-?district|county|state|capital|mount|municipality|neighbou?rhood|suburb|outskirts)"
    r"\s+of\s+(?:the\s+)?$", re.IGNORECASE))
PREP_BEFORE = FastPattern(re.compile(
    r"\b(in|at|near|from|to|into|outside|towards?|around|across|through|via|of|"
    r"inside|within|between|and|nearby|visit(?:ed|ing)?|reached|entered|captured|"
    r"seized|liberated|recaptured|held|controlled|bombed|shelled|attacked|struck|hit|"
    r"targeted|raided|stormed|besieged|including|in\s+the|on)\s+(?:the\s+)?$", re.IGNORECASE))
STRONG_PREP = FastPattern(re.compile(
    r"\b(in|at|near|from|outside|towards?|around|inside|nearby|into|entered|reached|stormed|"
    r"town\s+of|city\s+of|village\s+of|district\s+of|province\s+of|outskirts\s+of|between|connecting|linking|"
    # "southeast of Telafar": a place measured from, as after "near"
    r"(?:north|south)-?(?:east|west)\s+of|(?:north|south|east|west)\s+of)\s+(?:the\s+)?"
    r"(?:(?:central|(?:north|south)?(?:east|west)?(?:ern)?|north|south|rural)\s+)?$", re.IGNORECASE))
DIRECTION = (r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
             r"central)")
REL_DIST = re.compile(
    r"(?i)\b((?:\d+(?:[.,]\d+)?|a\s+few|several|some|about\s+\d+|around\s+\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s*-?\s*"
    r"(?:km|kms|kilometers?|kilometres?|miles?|mi)\b\s*(?:\([^)]{0,20}\)\s*)?"
    r"(?:to\s+the\s+)?" + DIRECTION + r"?(?:ern)?\s*(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|district|province)\s+of\s+)?)$")
REL_DIR = re.compile(
    r"(?i)\b((?:just\s+|to\s+the\s+)?" + DIRECTION + r"\s+of\s+(?:the\s+)?"
    r"(?:(?:town|city|village|district|province)\s+of\s+)?)$")
REL_NEAR = re.compile(
    r"(?i)\b((?:on\s+the\s+)?outskirts\s+of|near(?:by)?|close\s+to|outside(?:\s+of)?|"
    r"on\s+the\s+(?:road|highway|way)\s+(?:to|from|between|linking|connecting)|"
    r"(?:road|highway)\s+(?:to|from|between|linking|connecting)|in\s+the\s+vicinity\s+of|"
    r"around|on\s+the\s+edge\s+of|south|north|east|west|"
    r"(?:the\s+)?(?:areas?|villages?|countryside|desert|environs)\s+(?:of|around|near))"
    r"\s+(?:the\s+)?(?:(?:town|city|village|district|province)\s+of\s+)?$")
REL_ADJ = re.compile(
    r"(?i)\b((?:far\s+)?(?:northern|southern|eastern|western|central|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|rural|upper|lower))\s+$")

# The patterns above (and ORG_OF ... below) all end in a word and white space: the word that
# ends the text before a name must be one of these for a pattern to match (a cheap test before
# the regexes, which try every position of the window). Checked in tests/test_places.py.
_DIRS = {a + b + c for a in ("", "north", "south") for b in ("", "east", "west")
         for c in ("", "ern")} - {""}
TYPE_BEFORE_LAST = frozenset({"of", "the"})
PREP_BEFORE_LAST = frozenset("""
in at near from to into outside toward towards around across through via of inside within
between and nearby visit visited visiting reached entered captured seized liberated recaptured
held controlled bombed shelled attacked struck hit targeted raided stormed besieged on the
including
""".split())
STRONG_PREP_LAST = frozenset(
    "in at near from outside toward towards around inside nearby into entered reached stormed of the central "
    "between connecting linking "
    "rural".split()
) | _DIRS
REL_LAST = frozenset(  # REL_DIST, REL_DIR, REL_NEAR, REL_ADJ
    "of from the near nearby to outside between linking connecting around south north east west "
    "northern southern eastern western central northeastern northwestern southeastern "
    "southwestern rural upper lower".split())
ORG_LAST = frozenset("of in for the and".split())  # ORG_OF, STATE_OF_AND, ARMY_OF
# each REL_ pattern's own words of REL_LAST (a relation is looked for before every mention)
REL_DIST_LAST = frozenset("of from the".split())
REL_DIR_LAST = frozenset("of the".split())
REL_NEAR_LAST = frozenset(
    "of near nearby to outside from between linking connecting around south north east west "
    "the".split())
REL_ADJ_LAST = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern "
    "southwestern rural upper lower".split())


def _last_word(before: str) -> str | None:
    """The ASCII letters that end before, white space stripped, lower-cased ("" where it ends
    in something else); None where its end is not ASCII (case-insensitive matching has
    non-ASCII equivalents of ASCII letters: the patterns then run untested)."""
    end = before.rstrip()[-16:]
    if not end.isascii():
        return None
    return end[len(end.rstrip(_ASCII_LETTERS)):].lower()


_ASCII_LETTERS = string.ascii_letters


def _search_end(rx: re.Pattern[str], before: str) -> re.Match[str] | None:
    """rx.search(before) for a pattern of END_CHUNKS, anchored at the end of before.

    A match spans at most END_CHUNKS[rx] white-space separated chunks of before, so it starts
    within the last so many: the search starts at the first of them (the same leftmost match;
    the regex no longer tries the ~40 positions before, where it cannot match). A search from
    a position still sees the character before it for \\b.
    """
    return rx.search(before, _tail_start(before, END_CHUNKS[rx]))


def _tail_start(before: str, chunks: int) -> int:
    """Where the last `chunks` white-space separated chunks of before begin (0 if fewer)."""
    parts = before.rsplit(None, chunks)
    return len(parts[0]) if len(parts) > chunks else 0


def _may_measure(before: str) -> bool:
    """False where REL_DIST cannot match before: it has no unit ("km", "kilometres", "miles",
    "mi"); non-ASCII text passes (case-insensitive matching has non-ASCII equivalents of ASCII
    letters). REL_DIST spans too many chunks for _search_end (a parenthesis inside)."""
    if not before.isascii():
        return True
    low = before.lower()
    return "km" in low or "kilom" in low or "mile" in low or _MI_WORD.search(low) is not None


_MI_WORD = re.compile(r"mi\b")  # "mi" as REL_DIST's unit: a word end after it


ROAD_AFTER = re.compile(r"(?i)^(?:-[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?\s+(highway|road|motorway|"
                        r"expressway|route|railway)\b")

# Capitalised words that may stand right before a place name without making it part of a
# longer proper name (person or organisation).
FREE_BEFORE = set("""
in at on of from to the a an and or but near for with by into onto across through toward towards
outside inside around after before during since until while when where as than that this these
those its his her their our your my every each both either neither some many most all no not
north south east west northern southern eastern western central northeast northwest southeast
southwest northeastern northwestern southeastern southwestern upper lower greater rural downtown
old new mid far near central-west west-central said says told via per about over under between
lake mount camp nahiyat nahiya qada qadaa
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday breaking update exclusive photos video
watch read more also then so if yet because although though however meanwhile elsewhere
""".split())
# Capitalised words after a place that make it part of an organisation's name.
# Capitalised words after a place that name a facility there ("Qayyarah Military Airport",
# "Baiji Refinery", "Mosul Dam"): where an event at it took place, unlike an organisation's
# seat (role "facility"; best_place uses it)
FACILITY_AFTER = set("""
airport airbase air base refinery dam camp prison hospital mosque stadium station military
oilfield oilfields port seaport bridge junction checkpoint market
""".split())
ORG_AFTER = set("""
operations command council police university college school hospital airport times post news
herald daily tribune journal gazette government ministry army forces brigade division regiment
organization organisation
club fc united city stock exchange court bank corporation company group party front movement
authority authorities office airlines airways institute center centre museum station church
mosque cathedral stadium chamber assembly parliament committee commission agency network
broadcasting radio tv television press media province provincial governorate governor mayor
council's municipality municipal refinery dam base camp prison festival league cup open
""".split())
# a town's or county's public body named after it ("Kelmford Fire Department", "Tarvo County
# Sheriff", "Kelmford PD", "Tarvo County Democrats"), whose place find_places(embedded=True) keeps
# where the name-goes-on rule drops a smaller town (role "organisation", never an event's place)
ORG_EMBEDDED_AFTER = set("fire pd sheriff department democrats republicans public schools".split())
# a group named after a place, written in lower case after it ("Badr forces", "Dawa party")
ORG_AFTER_LOWER = set(
    "forces regiment regiments brigade brigades battalion battalions organization organisation "
    "party militia militias movement".split())
SENT_END = set(".!?\n\"“”:;•|")


class _Words:
    """The word tokens of one text as parallel lists, indexed by token.

    find_places runs on every article and most of its ~600 words never start a name: a handful
    of lists filled by C-level map() calls cost far less than an object per word.
    """

    __slots__ = ("start", "end", "text", "key", "cap", "article")

    def __init__(self, start: list[int], end: list[int], text: list[str], key: list[str],
                 cap: list[bool], article: set[int]):
        self.start, self.end, self.text, self.key = start, end, text, key
        self.cap = cap  # the word starts with a capital
        self.article = article  # indices of the tokens that are an Arabic article (al-, as- ...)


# TOKEN_RE split around its tokens (kept between the gaps), and the same for ASCII text (the only
# ASCII letters are A-Z and a-z): a faster scan
_TOKEN_SPLIT = re.compile(f"({TOKEN_RE.pattern})")
_TOKEN_ASCII_SPLIT = re.compile(r"([A-Za-z]+(?:['`][A-Za-z]+)*)")
_POSSESSIVE = re.compile(r"['’][sS]")
_first_char = operator.itemgetter(0)


def _token_runs(text: str) -> tuple[list[str], list[int]]:
    """The TOKEN_RE tokens of a text and where each begins, from one split (no match object per
    word): the text comes apart into gap, token, gap, token, ..., and a token begins where the
    lengths of all the parts before it add up to."""
    parts = (_TOKEN_ASCII_SPLIT if text.isascii() else _TOKEN_SPLIT).split(text)
    return parts[1::2], list(itertools.accumulate(map(len, parts)))[0:-1:2]


def _tokens(text: str) -> _Words:
    """The tokens of split_tokens, with their keys, capitals and article flags."""
    words, starts = _token_runs(text)
    ends = list(map(operator.add, starts, map(len, words)))
    for m in _POSSESSIVE.finditer(text):  # possessive: Iraq's
        e = m.end()
        i = bisect.bisect_left(ends, e)
        if i < len(ends) and ends[i] == e and starts[i] < m.start():  # the mark inside a word
            words[i] = words[i][:-2]
            ends[i] -= 2
    keys = list(map(token_key, words))
    caps = list(map(str.isupper, map(_first_char, words)))
    article: set[int] = set()
    n = len(words)
    # the article tests, for article keys only
    for i in itertools.compress(itertools.count(), map(ARTICLES.__contains__, keys)):
        if i + 1 >= n:
            continue
        s, e, t = starts[i], ends[i], words[i]
        low = t.lower()
        if low in ("al", "el"):
            article.add(i)
            continue
        ns = starts[i + 1]
        hyph = e < len(text) and text[e] == "-" and ns == e + 1
        inside = (t.islower() and i > 0 and caps[i - 1] and caps[i + 1]
                  and ends[i - 1] + 1 == s and e + 1 == ns)
        # "As Samawah", "An Nada", "Ar Rutbah": a capitalised article whose consonant is
        # the next word's first (sun-letter assimilation), one space or hyphen before it
        sun = (caps[i] and low[1:] and words[i + 1].lower().startswith(low[1:])
               and ns - e == 1 and caps[i + 1]
               and _prev_nonspace(text, s) not in SENT_END)
        if hyph or inside or sun:
            article.add(i)
    return _Words(starts, ends, words, keys, caps, article)


NOT_PLACE = set("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday islamic state republic man police
god allah christ jesus lord prophet mr mrs ms dr gen col lt sgt capt maj sheikh imam
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur fri sat
st mt ft pt
""".split())
NOT_PLACE_KEYS = {name_key(name) for name in (
    "white house", "el nino", "la nina", "pentagon", "kremlin", "downing street", "wall street",
    "capitol hill", "silicon valley", "hollywood")}
SHORT_CAPS_ONLY = {"us", "uk", "eu", "un"}  # as words, only in capitals
SPEECH_AFTER = re.compile(
    r"^\s+(?:said|says|told|added|stated|explained|noted|wrote|asked|replied|tweeted|"
    r"announced|argued|insisted|recalled|who|,\s+(?:a|an|the)\s+[a-z]+\s+"
    r"(?:of|for|with|at)\b)")
NAME_PREFIXES = {token_key(w) for w in (
    "Tal Tall Tell Wadi Jabal Jebel Abu Umm Ain Bir Khan Qaryat Ras Deir Dayr Kafr Beit Bayt "
    "Sheikh Shaykh Hay Hayy Nahr Qasr Tarmiyah Jurf Albu Bab Mount Lake Port Saint San Santa"
).split()}
# words that make a name a mountain, valley, river or hill ("Jibal Qandil", "Wadi Hauran"): the
# name after one is no person's surname
GEO_GENERIC = {token_key(w) for w in "Jabal Jebel Jibal Silsilat Wadi Nahr Tal Tall Tell Mount Lake".split()}
GENERIC_LAST = set("desert mountains mountain range river valley crossing plain plains lake sea "
                   "gulf border camp dam base airbase refinery island".split())
CONNECTORS = set("of de la du upon on the and del di da des le les y en sur am im e".split())  # (e: Persian "Pul-e-Khumri")
# (inside a name the gazetteer has whole, also French and Portuguese ones: "Port-au-Prince", "Rio das Ostras")
NAME_CONNECTORS = CONNECTORS | {"au", "aux", "do", "dos", "das"}
_GAP_OK = re.compile(r"^[\s\-]*$")
_HAMZA_GAP = re.compile(r"^['’ʾ]?[\s\-]*$")
_ARTICLE_GAP = re.compile(r"^[\s\-]*(?:[A-Za-z]{1,3}[\s\-]+)?$")
_STRIP_REL = re.compile(r"(?i)\s*(?:the\s+)?(?:(?:town|city|village|district|province)\s+of\s*)?$")


ARAB_ISO2 = set("IQ SY JO LB SA YE OM AE QA BH KW EG LY TN DZ MA SD PS MR SO DJ KM IR TR".split())


class _Cand:
    __slots__ = ("ctx", "arabic", "a", "b", "key", "ids", "adj", "fuzzy", "start", "end", "name_start",
                 "name_end", "type_feat", "type_end", "role", "cue", "best", "score", "strong",
                 "place", "relation", "secondary", "firm",  # (place..secondary: see _mentions)
                 "letters",  # the name's letters as written (_letters)
                 "told_in",  # the country named right after it, where none of its rows lies
                 "province_after",  # the provinces of its rows named right after it (_provinces_after)
                 "address",  # a near spelling of the province of the town named right before it
                 "before_province",  # a near spelling right before another province of its provinces' country
                 "dateline")  # (PlaceMention.dateline)


def _prev_nonspace(text: str, i: int) -> str:
    j = i - 1
    while j >= 0 and text[j] in " \t\r":
        j -= 1
    return text[j] if j >= 0 else "\n"


def find_places(text: str, *, adjectives: bool = False, embedded: bool = False,
                homes: Iterable[tuple[str, ...]] = (), armed: bool = False,
                facilities: bool = False, localities: bool = False) -> list[PlaceMention]:
    """All place mentions in text, sorted by start, non-overlapping, disambiguated in context.

    adjectives=True adds country adjectives ("Syrian", "Turkish") as mentions of the country
    (role "adjective"); embedded=True keeps places inside organisation names that do not locate
    the organisation ("Islamic State of Iraq and Syria"). homes: the countries (by name) each
    actor the text names fights in (annotate.actors.home_countries): one country counts as
    named, as a demonym does; a few each count as named but never as the text's firm country.
    armed: the text names an armed actor (a conflict report: see _Elsewhere.unmeant).
    facilities=True adds the proper names of streets and buildings ("Kelmar Street", "Tarvo
    General Hospital") as mentions placed where the text's places put them (see
    facility_mentions): toponyms as GeoWebNews counts them, never an event's place.
    localities=True adds the villages and small towns the gazetteer leaves out, named after
    "in", "near" ... inside a province or country the text names (see locality_mentions).
    """
    found = _find_places(text, adjectives, embedded, homes, armed)
    if localities:
        found = locality_mentions(text, found)
    return facility_mentions(text, found) if facilities else found


def _find_places(text: str, adjectives: bool, embedded: bool,
                 homes: Iterable[tuple[str, ...]], armed: bool) -> list[PlaceMention]:
    if not text:
        return []
    gz = get_gazetteer()
    w = _tokens(text)
    kept = list(itertools.filterfalse(w.article.__contains__, range(len(w.key))))
    if not kept:
        return []
    spans = _name_spans(text, gz, w, kept)
    countries: Counter = Counter()  # the countries and provinces the article names
    provinces: Counter = Counter()
    # the countries named other than by a speaker ("Kelm's government said") or an actor's home:
    # by a demonym, a country named in the story, or a place in it (see _Elsewhere.unmeant)
    told: Counter = Counter()
    # the countries of the demonyms the text writes ("Kelmish"), where they are no mentions of their own
    demonyms = [] if adjectives else [cc for (ja, _jb), (key, fuzzy) in spans.items() if not fuzzy and w.cap[kept[ja]]
                                      for cc in gz.adjective_countries(key)]
    countries.update(demonyms)
    told.update(demonyms)
    cands: list[_Cand] = []
    for (ja, jb), (key, fuzzy) in spans.items():
        c = _evaluate(text, gz, w, kept, ja, jb, key, fuzzy, adjectives, embedded)
        if c is not None:
            cands.append(c)
    if "." in text:
        cands.extend(_state_abbreviations(text, gz))
    cands.extend(_postal_codes(text, gz))
    if not cands:
        return []
    cands = _without_far_near_spellings(gz, cands, demonyms, armed)
    _provinces_in_a_list(text, gz, cands)
    firm: Counter = Counter()  # the deep-coverage countries named by exact spellings
    inner = _inner(cands)
    # a country name of two countries ("Congo") is read after the rest: see _one_country_reading
    shared = [c for c in cands if c not in inner and _country_rows(gz, c) > 1]
    for c in sorted(cands, key=shared.__contains__):
        if c in shared:
            _one_country_reading(gz, c, countries)
        # a name inside a longer name the gazetteer knows ("Cox" of "Cox's Bazar", "York" of "New
        # York") names no country or province of its own
        cc, a1 = c.ctx = (None, None) if c in inner else gz.context(tuple(c.ids), c.type_feat)
        if cc and all(gz.row(i)[1] == "admin1" and _compass_only(gz.row(i)[0]) for i in c.ids):
            cc, c.ctx = None, (None, a1)  # ("North East Region", of compass words alone, names no one country)
        if cc:
            countries[cc] += 1
            if not SPEAKER_COUNTRY_AFTER.match(text, c.end):
                told[cc] += 1
            if cc in DEEP_ISO2 and _firm(gz, c):
                firm[cc] += 1
        if a1:
            provinces[a1] += 1
    area: list[str] = []
    forces: set[str] = set()  # the actors' home countries, whose forces reach far across their borders
    for names in homes:  # actors of one country name it as "Iraqi" does; of a few, weaker
        ccs = _country_codes(gz, names)
        forces.update(ccs)
        if len(ccs) == 1:
            countries.update(ccs)
        else:
            area.extend(ccs)
    for cc in DEEP_ISO2:  # (demonyms: "Iraqi", "Syrian"; actors' countries)
        firm[cc] += countries.get(cc, 0) - sum(1 for c in cands if c.ctx[0] == cc)
    countries.update(area)
    for c in cands:
        c.firm = bool(c.ctx[0]) and c.ctx[0] in DEEP_ISO2 and _firm(gz, c)
    persons = {c.key for c in cands if c.role == "person"}
    # (a type word keeps a place: "Sadr city" beside "Muqtada al-Sadr")
    cands = [c for c in cands if c.role != "person"
             and (c.key not in persons or c.type_feat in ("town", "village"))]
    out = [c for c in cands if _resolve(gz, c, countries, provinces, firm, armed, told, frozenset(forces))]
    # non-overlapping: longest first, then best score, then leftmost
    out.sort(key=lambda c: (-(c.end - c.start), -c.score, c.start))
    chosen = _non_overlapping(out)
    return [m for m in _mentions(text, gz, chosen) if m.role != "demonym"]


# ---------------------------------------------------------------------------------------------
# Streets and buildings (find_places(facilities=True))
# ---------------------------------------------------------------------------------------------

# type words that end a street's proper name ("Kelmar Street", "14th St.", "Olm Avenue West"; not
# "St." before a name: "St. Olm" is a saint)
_STREET_TYPES = r"Street|St\.(?![ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|North|South|East|West)[A-Z])|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parade|Place|Square|Terrace|Highway"
# type words that end a building's proper name, which is one with or without a place name in it
# ("Tarvo General Hospital", "St. Olm's Cathedral", "Varo Stadium")
_BUILDING_TYPES = (r"Hospital|Church|Cathedral|Chapel|Basilica|Mosque|Temple|Synagogue|Stadium|Arena|"
                   r"Airport|Castle|Palace|Prison|Jail|Tower|Library|Museum|Theatre|Theater|Hall|"
                   r"Centre|Center|Racecourse|Estate|Canal|Gardens|Lagoon|Reservoir|Cemetery|Pier|"
                   r"Harbour|Harbor|Wharf|Zoo|Aquarium|Cinema|Courthouse|Barracks|Base")
# type words that end organisations' names as well as buildings' ("Kelmar State University" the
# institution, "Tarvo Park" the firm): a building only with a place name in it
_INSTITUTION_TYPES = (r"University|College|School|Elementary|Academy|Institute|Park|Complex|"
                      r"Armory|Station|Bridge|Market|Mall|Hotel|Inn")
# a word of such a name: capitalised (hyphenated parts capitalised too), an abbreviated title or
# compass word ("St.", "N."), an ordinal ("14th"), a number ("No. 4")
_NAME_WORD = r"(?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*|(?:St|Mt|N|S|E|W)\.|\d+(?:st|nd|rd|th)|No\.?[ \t]+\d+)"
_FACILITY = re.compile(
    rf"(?<![\w'’.-])(\d+(?:[ \t]*-[ \t]*\d+)?[ \t]+)?((?:{_NAME_WORD}[ \t]+(?:(?:of|de|du|des|la|the)[ \t]+)?)+)"
    rf"(?:({_STREET_TYPES})(?:[ \t]+(?:North|South|East|West)\b)?|({_BUILDING_TYPES})|{_INSTITUTION_TYPES})(?![\w-]|['’](?![sS]\b))")
_FACILITY_WORD = re.compile(rf"No\.?[ \t]+\d+|{_NAME_WORD}|of|de|du|des|la|the")  # ("No. 4" first: not "No")
# words that start a sentence or clause before a name, not words of it ("At Varo Hospital")
_NOT_FACILITY_START = frozenset("""
the a an this that these those in at on from to by for with and but near when after before while
its his her their our my your of as if then so or nor during since until via per about over
under between into onto across through toward towards outside inside around every each all no
not also said says told
""".split())
# words that name a church or other body, not a building, where they are all of the name
# ("the Catholic Church", "World Church")
_GENERIC_FACILITY_WORDS = frozenset("""
catholic orthodox anglican methodist baptist lutheran presbyterian episcopal evangelical protestant
roman world united universal national international
""".split())
_POSSESSIVE_END = re.compile(r"['’]s$")
_LOCAL_FEATURES = ("town", "village", "admin2", "crossing")
# the place a name stands in, right after it ("Olm Avenue in Tarvo", "Kelm Hospital, Varo")
_FACILITY_IN = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]+(?:in|near)[ \t]+)(?:the[ \t]+)?$")
# a road's number ("the B4021", "the M9", "the N71", "the I-84") in a text about roads and traffic
_ROAD_NUMBER = re.compile(r"(?<![\w/-])(?:[ABMN]\d{1,4}(?:\(M\))?|I-\d{1,3})(?![\w/-])")
_THE_BEFORE_ROAD = re.compile(r"\b[Tt]he[ \t]+$")
_ROAD_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)")
_ROAD_WORDS = re.compile(r"(?i)\b(?:road|roads|roadworks|motorway|carriageway|roundabout|junction|"
                         r"(?:north|south|east|west)bound|diversion|lorry|crash|collision|interstate|"
                         r"highway|motorists?)\b")
# a quarter's proper name before "neighborhood" ("the Olm Heights neighborhood of Varo")
_NEIGHBOURHOOD = re.compile(r"\b[Tt]he[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]+"
                            r"neighbou?rhood\b")
_QUARTER_OF = re.compile(r"[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?")
# the capitalised rest of a contest's or show's name after its place's ("Kelmar World Cup",
# "Varo International Piano Competition"): sports and culture, not a body's meeting
_EVENT_AFTER = re.compile(
    r"(?:[ \t]+(?:[A-Z][\w'’.-]*|\d+))*[ \t]+(?:Cup|Festival|Competition|Show|Open|Games|Marathon|"
    r"Fair|Expo|Turf|Grand[ \t]+Prix|Derby|Olympics|Rally|Classic|Masters|Biennale)\b(?![ \t]+[A-Z])")
# an institution named "of" a place ("the University of Kelmar", "the Bank of Olmaria")
_INSTITUTION_OF = re.compile(r"\b(?:University|Bank|Council)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?!The\b)[A-Z][\w'’.-]*[ \t]+$")


def facility_mentions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """mentions with the proper names of streets and buildings added, as GeoWebNews counts
    them among toponyms: capitalised words ending in a street's or building's type word
    ("Kelmar Street", "Tarvo General Hospital", a street with its house number), without a
    clause's first word or a possessive owner before them ("Tarvo's Olm Hospital": "Olm
    Hospital"). A building is placed at the place named inside it (which it replaces: "Tarvo
    Cathedral" is one toponym; a province or country named inside it gives way to the town of it
    the text names most), and a street, whose name is a person's or another town's as often as
    its own, never is (the place inside is still replaced); else the name is placed at its owner's,
    else (streets and buildings whose type word needs no place in the name) at the town named
    right after it ("in Varo") or else at the town the text names most; an institution's type
    word ("University", "School") needs a place inside the name, as most such names are an
    organisation's. A name no place locates is left out."""
    out = list(mentions)
    local = Counter(m.place.name for m in mentions if m.role is None and m.place.feature in _LOCAL_FEATURES)
    main = next((m.place for m in mentions if local and m.role is None
                 and m.place.name == local.most_common(1)[0][0]), None)
    added = False
    for f in _FACILITY.finditer(text):
        words = list(_FACILITY_WORD.finditer(text, f.start(2), f.end(2)))
        while words and words[0].group().lower() in _NOT_FACILITY_START:
            words.pop(0)
        owner = None
        if len(words) > 1 and _POSSESSIVE_END.search(words[0].group()):
            owner = words.pop(0)
        if not words or not (words[0].group()[0].isupper() or words[0].group()[0].isdigit()):
            continue
        if all(w.group().lower() in _GENERIC_FACILITY_WORDS for w in words) \
                or f.group(4) == "Estate" and words[-1].group() == "Real":
            continue  # ("Kelm Real Estate": a firm)
        start, end = words[0].start(), f.end()
        if f.group(1) and f.group(3) and words[0].start() == f.start(2):
            start = f.start(1)  # a street's house number ("2700 Kelm Street")
        inner = [m for m in out if m.start < end and m.end > start]
        if any(m.start < start or m.end > end for m in inner):
            continue  # a name across the edge ("Kelm Old Town Olm Hall"): not this one
        if not (f.group(3) or f.group(4)) and all(m.role == "adjective" for m in inner):
            continue  # "the Kelmish Sports Institute": a body of the country, not a building in it
        # (a street is named after a person or another town as often as after its own:
        # "Kelm Street" in Varo; it is placed where the text puts it)
        # the town named right after it ("in Varo", ", Varo")
        told = next((m.place for m in out if m.start >= end and m.start - end < 20
                     and _FACILITY_IN.match(text[end:m.start])), None)
        place = inner[0].place if inner and not f.group(3) else None
        if place is not None and told is not None and told.feature in _LOCAL_FEATURES:
            place = told  # ("Kelm Centre in Varo": named after a place, standing in the town told)
        if place is not None and place.feature in ("admin1", "country") and main is not None \
                and main.country == place.country and (place.feature == "country" or main.admin1_code == place.admin1_code):
            place = main  # ("Kelmar State University": in the state's town the text names)
        if place is None and owner is not None:
            place = next((m.place for m in out if m.start >= owner.start() and m.end <= owner.end()), None)
        if place is None and (f.group(3) or f.group(4)):
            place = told if told is not None else main
        if place is None:
            continue
        name = text[start:end]
        out = [m for m in out if m not in inner]
        out.append(PlaceMention(
            start=start, end=end, text=name,
            place=dataclasses.replace(place, name=name, feature="site", population=0),
            precision=_precision("site", None), relation=None, name_start=start, name_end=end,
            role="street" if f.group(3) else "building"))
        added = True
    prev_road = -1
    for r in _ROAD_NUMBER.finditer(text):
        # "a crash on the B4021", "via the B301, B17 and M9": a road's number, in a text about
        # roads and traffic, after "the" or after another road's number in a list
        listed = prev_road >= 0 and _ROAD_LIST_GAP.fullmatch(text, prev_road, r.start()) is not None
        if not (listed or _THE_BEFORE_ROAD.search(text, max(0, r.start() - 5), r.start())) \
                or not _ROAD_WORDS.search(text, max(0, r.start() - 200), r.end() + 200) \
                or any(m.start < r.end() and m.end > r.start() for m in out):
            continue
        prev_road = r.end()
        told = next((t.place for t in out if t.start >= r.end() and t.start - r.end() < 20
                     and t.place.feature in _LOCAL_FEATURES and _FACILITY_IN.match(text[r.end():t.start])), None)
        place = told if told is not None else main
        if place is None:
            continue
        out.append(PlaceMention(
            start=r.start(), end=r.end(), text=r.group(),
            place=dataclasses.replace(place, name=r.group(), feature="site", population=0),
            precision=_precision("site", None), relation=None, name_start=r.start(), name_end=r.end(),
            role="street"))
        added = True
    for q in _NEIGHBOURHOOD.finditer(text):
        # "in the Olm Heights neighborhood of Varo": a town's quarter the gazetteer lacks, placed
        # in the town named right after it, else the text's main town
        start, end = q.span(1)
        if any(m.start < end and m.end > start for m in out) \
                or get_gazetteer().adjective_countries(name_key(q.group(1))):
            continue  # (a quarter named by a people, "the Kelmish neighbourhood": no proper name)
        told = next((t.place for t in out if t.start >= q.end() and t.start - q.end() < 8
                     and t.place.feature in _LOCAL_FEATURES + ("admin1",)
                     and _QUARTER_OF.fullmatch(text, q.end(), t.start)), None)
        place = told if told is not None else main
        if place is None:
            continue
        out.append(PlaceMention(
            start=start, end=end, text=q.group(1),
            place=dataclasses.replace(place, name=q.group(1), feature="site", population=0),
            precision=_precision("site", None), relation=None, name_start=start, name_end=end,
            role="quarter"))
        added = True
    for m in list(out):
        # "the Kelmar Marathon", "the Varo International Piano Competition": a contest or show
        # named after its place is one toponym as GeoWebNews marks it, at the place
        if m.role is not None or m.container is not None:
            continue
        ev = _EVENT_AFTER.match(text, m.end)
        if ev is None:
            continue
        out.remove(m)
        out.append(PlaceMention(
            start=m.start, end=ev.end(), text=text[m.start:ev.end()],
            place=dataclasses.replace(m.place, name=text[m.start:ev.end()], feature="site", population=0),
            precision=_precision("site", None), relation=None, name_start=m.start, name_end=ev.end(),
            role="event"))
        added = True
    for m in list(out):
        # "the University of Kelmar", "the Bank of Olmaria": an institution named "of" a place,
        # with no other word of its name before it, is one toponym as GeoWebNews marks it
        # (the place embedded); it stands in the town named right after it ("in Varo"), else as
        # a building named after the place does
        if m.role is not None or m.container is not None:
            continue
        inst = _INSTITUTION_OF.search(text, max(0, m.start - 20), m.start)
        if inst is None or _CAPITALISED_WORD_BEFORE.search(text, max(0, inst.start() - 30), inst.start()):
            continue  # ("the Kelm Central Bank of Olmaria": a longer name, its place alone)
        start, end = inst.start(), m.end
        told = next((t.place for t in out if t.start >= end and t.start - end < 20
                     and t.place.feature in _LOCAL_FEATURES and _FACILITY_IN.match(text[end:t.start])), None)
        place = told if told is not None else m.place
        name = text[start:end]
        out.remove(m)
        out.append(PlaceMention(
            start=start, end=end, text=name,
            place=dataclasses.replace(place, name=name, feature="site", population=0),
            precision=_precision("site", None), relation=None, name_start=start, name_end=end,
            role="building"))
        added = True
    if added:
        out.sort(key=lambda m: m.start)
    return out

# ---------------------------------------------------------------------------------------------
# Small towns the gazetteer leaves out (find_places(localities=True))
# ---------------------------------------------------------------------------------------------

_LOCALITY_NAME = r"([A-Z][a-z’'-]+(?:[ \t][A-Z][a-z’'-]+){0,2})"  # a capitalised name of one to three words
# after a word that puts a place there ("in Kelby", "near Upper Varo", "the village of Olm"), where it
# ends (no capitalised word after it)
_LOCALITY_CUE = re.compile(rf"\b(?:in|near|at|from|outside|between|and|(?:village|town|suburb|outskirts)[ \t]+of)[ \t]+"
                           rf"{_LOCALITY_NAME}(?![\w'’-]|[ \t]+[A-Z])")
# right before the province, county or country it lies in ("Olmby, Kelmshire")
_LOCALITY_BEFORE = re.compile(rf"{_LOCALITY_NAME},[ \t]+")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")  # (the name would go on before it)
# a unit or feature named after the locality, which the words after its name say the text means
# ("in Olm district", "near the Olm river", "Olm Local Government Area"): not the village
_UNIT_AFTER = re.compile(rf"[ \t]+(?:(?i:{ADMIN2_WORDS}|{ADMIN1_WORDS}|municipality|river|valley|mountains?|range|"
                         r"desert|lake|crossing|border crossing)\b|Local Government|LGA\b)")
_CALENDAR_WORDS = frozenset({*MONTH_NAMES, *WEEKDAYS})  # (months and weekdays in full, lower case)
LOCALITY_NEAR_KM = 250  # a locality alone in its country, this near a town the text names
COUNTY_KM = 80  # a locality named before its county ("Olmby, Kelmshire") lies this near its point
TOWN_LOCALITY_KM = 30  # a locality named before a town ("in Olm, Kelby") lies this near it at most


def locality_mentions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """mentions with the small towns the gazetteer leaves out (GeoNames' towns of 500 people and
    more, in localities.tsv.gz) added: a capitalised name the gazetteer does not know, after
    "in", "near", "at", "from", "outside", "between", "village of" ... (after "and" only right
    after a place: "between Kelby and Olm"), that is a town of a country the text names: the
    one in a province it names (the nearest to its towns where several are), else the only one
    in those countries, where no town the text names is further than LOCALITY_NEAR_KM from it
    ("in Kelby" of a village abroad with a namesake in the story's country is no mention); and
    a name right before its province, county or country ("Olmby, Kelmshire"), a town of it
    (of a county: within COUNTY_KM of its point). A town the geoparser placed in a country no
    other mention names, with a locality of its name in a province the text names, is moved
    there (one country per story: "Newport" among Kelmish towns), unless it is a city of
    KNOWN_ABROAD people or more ("London")."""
    countries = {m.place.iso3: m.place.country for m in mentions if m.place.iso3}
    if not countries:
        return mentions
    provinces = {m.place.admin1_code for m in mentions if m.place.admin1_code}
    towns = [m.place for m in mentions if m.place.feature in _LOCAL_FEATURES]
    # (a locality alone in its country lies near the towns, else the provinces, the text names)
    units = towns or [m.place for m in mentions if m.place.feature == "admin1" and m.role is None]
    gz, loc = get_gazetteer(), get_localities()
    out = list(mentions)
    # a town of a country the text names nowhere else, where a locality of its name lies in a
    # province the text names: the locality ("Newport" among Kelmish towns is Kelmland's Newport)
    for k, m in enumerate(out):
        if m.role is not None or m.place.feature != "town" or m.place.source == "localities" \
                or m.place.population >= KNOWN_ABROAD:
            continue  # (a city the news names without its country is that city: "London")
        key = name_key(m.text)
        if any(o.place.iso3 == m.place.iso3 and name_key(o.text) != key for o in mentions):
            continue
        inside = [(iso3, *t) for iso3 in countries if iso3 != m.place.iso3
                  for t in loc.named(key, iso3) if t[1] in provinces]
        if inside:
            iso3, admin1, code, lat, lon = min(inside, key=lambda t: min(
                (haversine_km(t[3], t[4], p.latitude, p.longitude) for p in towns), default=0.0))
            out[k] = dataclasses.replace(m, place=dataclasses.replace(
                m.place, feature="village", country=countries[iso3], iso3=iso3, admin1=admin1 or None,
                admin1_code=code or None, admin2=None, latitude=lat, longitude=lon, population=0,
                source="localities"))
    containers = {m.start: m for m in mentions if m.place.feature in ("admin1", "admin2", "country")
                  and m.role is None}
    for f in _LOCALITY_BEFORE.finditer(text):
        start, end = f.span(1)
        within = containers.get(f.end())
        if within is None or (start and (text[start - 1].isalnum() or _CAPITALISED_BEFORE.search(text, max(0, start - 40), start))):
            continue
        name = f.group(1)
        key = name_key(name)
        if name.split()[0].lower() in _CALENDAR_WORDS or not key or gz.ids(key, True) \
                or any(m.start < end and m.end > start for m in out):
            continue
        p = within.place
        # (in the country, or the province, named; near the county named, as the localities are
        # known by province only)
        found = [t for t in loc.named(key, p.iso3) if p.feature == "country" or t[1] == p.admin1_code
                 and (p.feature == "admin1" or haversine_km(t[2], t[3], p.latitude, p.longitude) <= COUNTY_KM)]
        if not found:
            continue
        admin1, code, lat, lon = min(found, key=lambda t: haversine_km(t[2], t[3], p.latitude, p.longitude))
        # (a county or district named as its container is its second level: "Olmby, Kelmshire")
        out.append(_locality(text, start, end, p.country, p.iso3, admin1, code, lat, lon,
                             p.admin2 if p.feature == "admin2" else None))
    for f in _LOCALITY_CUE.finditer(text):
        start, end = f.span(1)
        name = f.group(1)
        if name.split()[0].lower() in _CALENDAR_WORDS or text[end:end + 2] in ("'s", "’s") \
                or _UNIT_AFTER.match(text, end) or any(m.start < end and m.end > start for m in out):
            continue
        if f.group().startswith("and") and not any(0 <= f.start() - m.end <= 2 for m in out):
            continue  # ("and" after a place only: a list of places)
        key = name_key(name)
        if not key or gz.ids(key, True):
            continue  # (a name the gazetteer knows is the geoparser's to read)
        found = [(iso3, *t) for iso3 in countries for t in loc.named(key, iso3)]

        def nearest(t, among=towns):
            return min((haversine_km(t[3], t[4], p.latitude, p.longitude) for p in among), default=0.0)
        inside = [t for t in found if t[2] in provinces]
        if inside:
            best = min(inside, key=nearest)
        elif len(found) == 1 and nearest(found[0], [p for p in units if p.iso3 == found[0][0]]) <= LOCALITY_NEAR_KM:
            best = found[0]
        else:
            continue
        iso3, admin1, code, lat, lon = best
        after = next((m for m in out if m.start == f.end() + 2 and text[f.end():m.start] == ", "
                      and m.place.feature in ("town", "village")), None)
        if after is not None and after.place.admin1 and name_key(after.place.admin1) == name_key(after.text) \
                and code != after.place.admin1_code:
            continue  # "near Olm, Kelby" with Kelby also its province's name: a village of that province
        town = after if inside else None
        if town is not None and haversine_km(lat, lon, town.place.latitude, town.place.longitude) > TOWN_LOCALITY_KM:
            continue  # "in Olm, Kelby": a quarter or village of Kelby, not a namesake far off in its province
        # (of the town's district, where it is in the town's province)
        out.append(_locality(text, start, end, countries[iso3], iso3, admin1, code, lat, lon,
                             town.place.admin2 if town is not None and town.place.admin1_code == code else None))
    if len(out) > len(mentions):
        out.sort(key=lambda m: m.start)
    return out


def _locality(text: str, start: int, end: int, country: str, iso3: str, admin1: str, code: str,
              lat: float, lon: float, admin2: str | None = None) -> PlaceMention:
    name = text[start:end]
    prep = PREP_BEFORE.search(text, max(0, start - 30), start)
    # (as the geoparser's mentions: the words that measure from it ("near Olm": somewhere about
    # it), the word before it, and whether it is an origin, an end of a road or a speaker's place
    # rather than where the action is)
    relation = _relation(text, _Stretch(start, end))
    return PlaceMention(
        start=start, end=end, text=name,
        place=Place(name=name, feature="village", country=country, iso3=iso3,
                    admin1=admin1 or None, admin1_code=code or None, admin2=admin2,
                    latitude=lat, longitude=lon, population=0, source="localities"),
        precision=_precision("village", relation), relation=relation, name_start=start, name_end=end,
        cue=prep.group(1).lower().split()[0] if prep else None, secondary=_secondary(text, start))


class _Stretch(NamedTuple):
    start: int
    end: int


def _country_rows(gz: Gazetteer, c: _Cand) -> int:
    return sum(1 for i in c.ids if gz.row(i)[1] == "country")


def _one_country_reading(gz: Gazetteer, c: _Cand, countries: Counter) -> None:
    """Keep one of the country rows of a name that is two countries' short name: the country
    the article's other places and demonyms name most, else the likelier (the larger) one."""
    rows = [i for i in c.ids if gz.row(i)[1] == "country"]
    keep = max(rows, key=lambda i: (countries.get(gz.row(i)[2], 0), gz.prior(i), -i))
    c.ids = [i for i in c.ids if i == keep or gz.row(i)[1] != "country"]


def _without_far_near_spellings(gz: Gazetteer, cands: list[_Cand], demonyms: list[str],
                                armed: bool) -> list[_Cand]:
    """cands less the near spellings (fuzzy matches, all of Iraq or Syria) and the readings in
    Iraq or Syria under another of a town's names (an old or foreign name: "Epiphaneia"; not in
    a conflict report, armed, whose forces may fight there) in a text that names only other countries, by their names or demonyms, none of them within
    NEAR_BORDER_KM: there the word is one of their own ("the Palais des Nations" in a text about
    Ostria is no Syrian town), and its reading would make the text look Iraqi or Syrian to every
    other name in it."""
    def deep_alias(c: _Cand, i: int) -> bool:
        r = gz.row(i)
        return not armed and r[2] in DEEP_ISO2 and r[1] in ("town", "village") and name_key(r[0]) != c.key

    if not any(c.fuzzy or any(deep_alias(c, i) for i in c.ids) for c in cands):
        return cands
    by_name = {gz.row(c.ids[0])[2] for c in cands
               if not c.fuzzy and c.ids and all(gz.row(i)[1] == "country" for i in c.ids)}
    # a province spelled as the gazetteer has it, of one country only, names that country as well as
    # its name would ("a village in Zamfara State" is no text about Iraq)
    by_name.update(gz.row(c.ids[0])[2] for c in cands
                   if not c.fuzzy and c.ids and all(gz.row(i)[1] == "admin1" for i in c.ids)
                   and len({gz.row(i)[2] for i in c.ids}) == 1)
    by_name.update(demonyms)
    by_name.discard("")
    if not by_name or by_name & set(DEEP_ISO2):
        return cands
    for c in cands:
        own = () if c.fuzzy else tuple(i for i in c.ids if not deep_alias(c, i))
        if own and gz.context(own, c.type_feat)[0] in DEEP_ISO2:
            return cands  # (another name of the text is Iraqi or Syrian)
    # in a conflict report a demonym names a force ("Russian shelling"): its country's reach is the wide one
    forces = frozenset(demonyms) if armed else frozenset()

    def near(i: int) -> bool:
        return _near_provinces(gz, gz.row(i), by_name, forces)
    out = []
    for c in cands:
        if c.fuzzy:
            if any(map(near, c.ids)):
                out.append(c)
            continue
        ids = [i for i in c.ids if not deep_alias(c, i) or near(i)]
        if len(ids) < len(c.ids):
            if not ids:
                continue
            c.ids = ids
        out.append(c)
    return out


def _near_provinces(gz: Gazetteer, r: list[str], ccs: Iterable[str], forces: frozenset[str] = frozenset()) -> bool:
    """Whether row r lies within NEAR_BORDER_KM of a province of one of the countries ccs (FORCE_REACH_KM
    of one of forces, the home countries of the text's actors)."""
    if not (r[8] and r[9]):
        return False
    lat, lon = float(r[8]), float(r[9])
    return any(haversine_km(lat, lon, plat, plon) <= (FORCE_REACH_KM if cc in forces else NEAR_BORDER_KM)
               for cc in ccs for plat, plon in gz.province_points(cc))


def _inner(cands: list[_Cand]) -> set[_Cand]:
    """The candidates whose name lies inside a longer candidate's name."""
    inner, reach = set(), -1
    # (by start, the longer first: a span is inside another if an earlier one reaches its end)
    for start, end in sorted({(c.name_start, c.name_end) for c in cands}, key=lambda se: (se[0], -se[1])):
        if reach >= end:
            inner.add((start, end))
        reach = max(reach, end)
    return {c for c in cands if (c.name_start, c.name_end) in inner}


# The abbreviations of US states and Canadian provinces that news datelines and addresses use
# (AP style: "Fresno, Calif.", "Severn, Md.", "Walker County (Ga.)"), by ISO 3166-2 code. A
# state only right after "<Name>, " or "(" and with its period ("Ill.", "Miss.", "Wash." are
# words elsewhere); initials ("N.J.", "B.C.") anywhere but after a number ("300 B.C.").
STATE_ABBREVIATIONS = {
    "Ala.": "US-AL", "Ariz.": "US-AZ", "Ark.": "US-AR", "Calif.": "US-CA", "Colo.": "US-CO",
    "Conn.": "US-CT", "Del.": "US-DE", "Fla.": "US-FL", "Ga.": "US-GA", "Ill.": "US-IL",
    "Ind.": "US-IN", "Kan.": "US-KS", "Ky.": "US-KY", "La.": "US-LA", "Md.": "US-MD",
    "Mass.": "US-MA", "Mich.": "US-MI", "Minn.": "US-MN", "Miss.": "US-MS", "Mo.": "US-MO",
    "Mont.": "US-MT", "Neb.": "US-NE", "Nev.": "US-NV", "N.H.": "US-NH", "N.J.": "US-NJ",
    "N.M.": "US-NM", "N.Y.": "US-NY", "N.C.": "US-NC", "N.D.": "US-ND", "Okla.": "US-OK",
    "Ore.": "US-OR", "Pa.": "US-PA", "R.I.": "US-RI", "S.C.": "US-SC", "S.D.": "US-SD",
    "Tenn.": "US-TN", "Vt.": "US-VT", "Va.": "US-VA", "Wash.": "US-WA", "W.Va.": "US-WV",
    "Wis.": "US-WI", "Wyo.": "US-WY", "D.C.": "US-DC", "Alta.": "CA-AB", "B.C.": "CA-BC",
    "Man.": "CA-MB", "N.B.": "CA-NB", "N.S.": "CA-NS", "Ont.": "CA-ON", "Que.": "CA-QC",
    "Sask.": "CA-SK",
}
# (the shape of every abbreviation, after ", " or "("; the table decides)
_STATE_ABBREVIATION = re.compile(
    r"(?:[A-Za-z], |\()([A-Z][a-z]{0,4}\.(?:[A-Z][a-z]?\.)?)(?![A-Za-z])"
    # initials with their periods ("N.J.", "B.C.") anywhere but after a number ("300 B.C.")
    r"|(?<![\w.])(?<!\d )([A-Z]\.[A-Z]\.)(?![A-Za-z])")


# Where an abbreviation of the table can begin: a capital, up to four small letters and a period
# (its first part: "Calif.", "N." of "N.J."), no capital inside, so no such run hides another's start.
_STATE_FIRST = re.compile(r"[A-Z][a-z]{0,4}\.")
_STATES_BY_FIRST: dict[str, list[str]] = {}
for _abbreviation in STATE_ABBREVIATIONS:
    _STATES_BY_FIRST.setdefault(_abbreviation[: _abbreviation.index(".") + 1], []).append(_abbreviation)


def _holds_state_abbreviation(text: str) -> bool:
    """Whether some abbreviation of STATE_ABBREVIATIONS occurs in text: a scan that skips to the
    capitals, where the full pattern's look-behinds make it try every place of the text."""
    for m in _STATE_FIRST.finditer(text):
        found = _STATES_BY_FIRST.get(m.group())
        if found is not None and any(text.startswith(a, m.start()) for a in found):
            return True
    return False


# A federal district the gazetteer holds only as its city, by its code: the city's name, which the
# district's abbreviation ends ("Washington, D.C." is the city's whole name), and a key of its entry
_CITY_DISTRICTS = {"US-DC": ("Washington", name_key("District of Columbia"))}
_CITY_BEFORE = re.compile(rf"\b(?:{'|'.join(city for city, _ in _CITY_DISTRICTS.values())}),[ \t]*$")
_CITY_DISTRICT_AFTER = re.compile(
    rf",[ \t]*(?:{'|'.join(re.escape(a) for a, code in STATE_ABBREVIATIONS.items() if code in _CITY_DISTRICTS)})")


def _province_code_cand(written: str, i: int, start: int, end: int) -> _Cand:
    """A firm candidate for a province written as its code ("S.C.", ", SC"): row i alone, no name
    reading of its own (one construction, so that no slot is left unset)."""
    c = _Cand()
    c.key, c.ids, c.adj, c.fuzzy, c.arabic = name_key(written), (i,), False, False, ""
    c.address = c.before_province = False
    c.letters = ""
    c.a = c.b = -1
    c.start = c.name_start = start
    c.end = c.name_end = end
    c.type_feat = c.type_end = c.cue = None
    c.role, c.strong, c.told_in, c.province_after = None, True, None, frozenset()
    c.dateline = False
    return c


def _state_abbreviations(text: str, gz: Gazetteer) -> list[_Cand]:
    """Candidates for the state and province abbreviations of datelines and addresses
    (STATE_ABBREVIATIONS) that the gazetteer's provinces hold, each the province alone; a federal
    district the gazetteer holds only as its city (_CITY_DISTRICTS: "D.C.") is that city."""
    if not _holds_state_abbreviation(text):
        return []  # (every candidate is one of them)
    out = []
    for m in _STATE_ABBREVIATION.finditer(text):
        g = 1 if m.group(1) else 2
        code = STATE_ABBREVIATIONS.get(m.group(g))
        i = gz._admin1.get(code) if code else None
        if i is None and code in _CITY_DISTRICTS and not _CITY_BEFORE.search(text, max(0, m.start(g) - 20), m.start(g)):
            # "in D.C.": the federal district is its city (the gazetteer has no such province);
            # after "Washington, " it is part of the city's name (toponym_span)
            i = next((j for j, _ in gz.ids(_CITY_DISTRICTS[code][1]) if gz.row(j)[1] == "town"), None)
        if i is None:
            continue
        out.append(_province_code_cand(m.group(g), i, m.start(g), m.end(g)))
    return out


# The two-letter postal codes of the US states after a town or county of that state ("Kelby, SC",
# "MARION COUNTY, OH (WXYZ)"): a dateline's or address's state, read only where the name before it
# has a place in that state (no degree after a person, "Jane Kelm, MD"; no "Perth, WA")
_POSTAL_CODE = re.compile(r",[ \t]+([A-Z]{2})(?![\w&'’-])")
_NAME_BEFORE_COMMA = re.compile(r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})$")


def _postal_codes(text: str, gz: Gazetteer) -> list[_Cand]:
    """Candidates for a US state's two-letter code (its ISO 3166-2 code, which the gazetteer's
    provinces hold) after the name of a town or county in that state, each the state alone (as
    _state_abbreviations reads "S.C.")."""
    out = []
    for m in _POSTAL_CODE.finditer(text):
        code = m.group(1)
        i = gz._admin1.get("US-" + code)
        before = _NAME_BEFORE_COMMA.search(text, max(0, m.start() - 40), m.start())
        if i is None or before is None:
            continue
        words = before.group(1).split()
        if not any(gz.row(j)[6] == "US-" + code for k in range(len(words))
                   for j, fl in gz.ids(name_key(" ".join(words[k:])), True) if fl != "@"):
            continue
        out.append(_province_code_cand(code, i, m.start(1), m.end(1)))
    return out


_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)")


def _provinces_in_a_list(text: str, gz: Gazetteer, cands: list[_Cand]) -> None:
    """A name that is both a first-level unit and a town far outside it ("Kelmont": a state, and
    a city in another), listed beside a name that is only a first-level unit of that country
    ("Nevada or Kelmont", "Kelmont, Idaho and Utah"), is the unit: a list names things of one kind.
    The other name's towns are small beside its unit, and no big "X City" shares its name ("New
    York" is as much its city). (A town
    inside the unit of its name stays a candidate: "Kelmo and Tarvo" provinces or cities.)"""
    if len(cands) < 2:
        return
    order = sorted((c for c in cands if c.a >= 0 and not c.adj), key=lambda c: c.start)
    for k, c in enumerate(order):
        if c.type_feat or c.fuzzy or _CITY_DISTRICT_AFTER.match(text, c.end):
            continue  # ("Washington, D.C." is the city's whole name)
        rows = [gz.row(i) for i in c.ids]
        units = {r[2] for r in rows if r[1] == "admin1"}
        towns = [r for r in rows if r[1] in ("town", "village")]
        if not units or not towns or any(r[1] not in ("admin1", "town", "village") for r in rows):
            continue
        units_ac = {r[6] for r in rows if r[1] == "admin1"}
        if any(r[6] in units_ac or any(haversine_km(float(r[8]), float(r[9]), float(u[8]), float(u[9]))
                                       < NEAR_BORDER_KM for u in rows if u[1] == "admin1")
               for r in towns):
            continue  # (the town lies in or near the unit of its name: "Sanaa", its governorate's)
        for o in (order[k - 1] if k else None, order[k + 1] if k + 1 < len(order) else None):
            if o is None or o.type_feat not in (None, "admin1"):
                continue
            a, b = (o, c) if o.start < c.start else (c, o)
            if not _LIST_GAP.fullmatch(text, a.end, b.start):
                continue
            orows = [gz.row(i) for i in o.ids]
            opop = [int(r[10]) for r in orows if r[1] == "admin1" and r[2] in units]
            if opop and all(r[1] in ("admin1", "town", "village") for r in orows) \
                    and all(int(r[10]) * 10 <= max(opop) for r in orows if r[1] != "admin1") \
                    and not any(gz.row(i)[1] == "town" and int(gz.row(i)[10]) >= CITY_POP
                                for i, _ in gz.ids(o.key + " city")):
                c.type_feat = "admin1"
                break


@functools.lru_cache(maxsize=1024)
def _country_codes(gz: Gazetteer, names: tuple[str, ...]) -> tuple[str, ...]:
    """The ISO 3166 codes of the countries so named (names the gazetteer lacks are skipped)."""
    return tuple(dict.fromkeys(gz.row(i)[2] for n in names for i, _ in gz.ids(name_key(n))
                               if gz.row(i)[1] == "country"))


@functools.lru_cache(maxsize=100_000)
def _letters(name: str) -> str:
    """A name's letters alone, folded ("Saint-Denis", "saint denis" -> "saintdenis")."""
    return "".join(filter(str.isalpha, fold(name)))


def _firm(gz: Gazetteer, c: _Cand) -> bool:
    """c names a well-known place of its country: a country or province (whose spellings
    are curated), or a district or a town of CITY_POP+ by its own name, exactly (not a near
    spelling or an alias: "Sham" for Damascus)."""
    if c.fuzzy:
        return False
    for i in c.ids:
        r = gz.row(i)
        if r[2] == c.ctx[0] and (r[1] in ("admin1", "country") or (
                name_key(r[0]) == c.key and (r[1] == "admin2" or int(r[10]) >= CITY_POP))):
            return True
    return False


# The foreign-namesake policy (_Elsewhere.unmeant): how big a reading in a country the text does
# not name must be to be meant without the text's help.
KNOWN_ABROAD = 500_000  # a town the news names without its country
FAMOUS_ABROAD = 1_000_000  # a place meant even where the name has a reading in a country named
# a town this near a named country's province (its centre) may be where its forces fight; a far namesake
# (a Peruvian town beside Malian soldiers) stays out
NEAR_BORDER_KM = 300
# the reach from the provinces of a named force's own country (an actor's home: "Russian forces"): a large
# country's border provinces have centres hundreds of km inside it (Russia's nearest to southern Ukraine's
# towns lie 350-550 km off), and its forces fight across that border
FORCE_REACH_KM = 550


# "Kelm's government said", "Kelm's interior ministry announced", "Kelm said": a country as a speaker
SPEAKER_COUNTRY_AFTER = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?(?:government|ministry|army|military|police|president|"
                                   r"officials?|authorities|spokes(?:man|woman|person)|foreign\s+minister|embassy)|)"
                                   r"\s+(?:(?:has|had|also|later)\s+)?(?:said|says|announced|confirmed|stated|reported)\b")


def _named_besides(c: _Cand, counts: Counter, cc: str) -> bool:
    """Whether `counts` (the countries some words of the text name) count country cc more often
    than c's own name does there: something besides c names it."""
    return counts.get(cc, 0) - (c.ctx[0] == cc) > 0


class _Elsewhere:
    """The countries a text names besides one candidate's own name (by its other places, their
    demonyms and its actors' home countries), and the one policy for the name's readings abroad
    (the foreign-namesake policy): unmeant drops a reading in a country the text does not name
    where it is too small to be meant without the text's help."""

    __slots__ = ("gz", "c", "countries", "own_cc", "no_evidence", "deep", "firm_cc", "at_home", "armed", "forces")

    def __init__(self, gz: Gazetteer, c: _Cand, countries: Counter, firm: Counter | None,
                 armed: bool = False, told: Counter | None = None, forces: frozenset[str] = frozenset()):
        self.gz, self.c, self.countries, self.forces = gz, c, countries, forces
        # a conflict report (the text names an armed actor), unless its countries are named only by
        # a speaker or an actor's home (told: the others) and this name's one reading is the only
        # place: that town abroad stands
        self.armed = armed and (told is None or any(_named_besides(c, told, cc) for cc in told) or len(c.ids) != 1)
        own_cc = self.own_cc = c.ctx[0]
        # no country named at all, besides the candidate's own
        self.no_evidence = sum(countries.values()) - (1 if own_cc else 0) <= 0
        # a text about Iraq or Syria (their places or demonyms named elsewhere)
        self.deep = any(self.named(cc) for cc in DEEP_ISO2)
        # the deep-coverage country that other exact spellings or demonyms name, if only one is
        firm_named = [cc for cc in DEEP_ISO2
                      if (firm or {}).get(cc, 0) - (own_cc == cc and c.firm) > 0]
        self.firm_cc = firm_named[0] if len(firm_named) == 1 else None
        # some reading of the name lies in a country named, or the name is told right before
        # a country ("Kandu, Ostria") where it has none
        self.at_home = c.told_in is not None or (
            not self.no_evidence and any(self.named(gz.row(i)[2]) for i in c.ids))

    def named(self, cc: str) -> bool:
        """Whether something in the text besides the candidate names country cc."""
        return _named_besides(self.c, self.countries, cc)

    def near_named(self, r: list[str]) -> bool:
        """Whether row r lies within NEAR_BORDER_KM of a province of a country the text names (FORCE_REACH_KM
        of a named force's home): a town across the border of a force's home ("Rwandan soldiers in Goma")
        is no far namesake."""
        return _near_provinces(self.gz, r, (cc for cc in self.countries if self.named(cc)), self.forces)

    def seat_of_namesake(self, r: list[str]) -> bool:
        """Whether town row r lies in a province that is another reading of the same name ("Kelmo city" of
        Kelmo oblast): the type word picks the province's city, as meant as the bare name's province."""
        return bool(r[6]) and self.c.type_feat == "town" and any(
            self.gz.row(i)[1] == "admin1" and self.gz.row(i)[6] == r[6] for i in self.c.ids)

    def unmeant(self, r: list[str]) -> bool:
        """Whether row r is a reading of the name abroad too small to be what the name means.
        A country is always meant, and so is a reading in the province written right after the
        name ("Albany, Georgia": c.province_after). A reading in a country something else in the text names is
        meant, except that where the text names only one of Iraq and Syria by an exact spelling
        or a demonym (firm_cc), a town or village of the other under KNOWN_ABROAD is no better a
        guess than one abroad (near spellings name the deep-coverage countries' many villages
        too easily). In a country nothing else names, the bar rises with what the text points to:
        - a reading of the name lies in a country named, or the name is told right before a
          country where it has none ("Kandu, Ostria": c.told_in) (at_home): no province or
          district abroad (its population is its towns' summed, no sign that a bare name means
          it: "Bali" beside Cameroonian separatists is Cameroon's town, not Indonesia's
          province), and a town or village abroad must be a national capital or hold
          FAMOUS_ABROAD people, under its own name ("Kwale" beside Nigerian vigilantes is
          Nigeria's, not Kenya's county; a Somali town whose name is another spelling of Baku
          stays Somali);
        - the text names Iraq or Syria (deep): a name with no reading there is a local place the
          gazetteer lacks, unless it is a town abroad of KNOWN_ABROAD people under its own name
          (or a near spelling of it); no province, district or village abroad;
        - the text names any country: a town abroad under KNOWN_ABROAD matched only by another
          spelling of its name (an alias) is a local place the gazetteer lacks ("Boni" in a
          text about Mali); in a conflict report (armed: the text names an armed actor), so is
          one under its own name ("Malian soldiers ... in Tarma" is no town of Peru), where
          general news may well name a small town abroad without its country; but not one
          within NEAR_BORDER_KM of a named country's province, where that country's forces may
          fight across the border ("Rwandan soldiers ... in Goma");
        - an Arabic name ("al-X", not "el-"): no reading outside the Arab countries, whatever
          the text names.
        (Iraq and Syria themselves pass all but the first of these.) And before all of these: a near
        spelling (c.fuzzy) abroad is meant only in a country the text names ("Houthi ... in Hodeidah"),
        unless it is a province's where a province is written: before its type word ("Kelmo
        oblast"), or after a town of it and a comma (c.address: "Tarvo, Kelmo")."""
        feat, cc = r[1], r[2]
        if self.c.fuzzy and cc not in DEEP_ISO2 and not self.named(cc) and not self.c.address \
                and not (feat == "admin1" and self.c.type_feat == "admin1"):
            return True
        if self.c.before_province and feat == "admin1":
            return True  # "near Tarvo, Kelm": a town of Kelm the gazetteer lacks, no other province "Tarvu"
        if feat == "country" or not cc or (r[6] and r[6] in self.c.province_after):
            return False  # ("Albany, Georgia": a reading in the province written after it is meant)
        c, pop = self.c, int(r[10])
        small = pop < KNOWN_ABROAD
        if cc in DEEP_ISO2 and self.firm_cc is not None and cc != self.firm_cc \
                and feat in ("town", "village") and small:
            return True
        if self.named(cc):
            return False
        if feat == "admin1" and _compass_only(r[0]):
            return True  # "Bawku, North East Region": the named country's region the gazetteer lacks, not Botswana's
        alias = not c.fuzzy and name_key(r[0]) != c.key
        if self.at_home and (feat in ("admin1", "admin2") or (feat in ("town", "village") and (
                alias or (pop < FAMOUS_ABROAD and not r[11].endswith("+capital"))))):
            return True
        if cc in DEEP_ISO2:
            return False
        if self.deep and (feat != "town" or small or alias):
            return True
        if not self.no_evidence and feat == "town" and small and (alias or (self.armed and not self.near_named(r))) \
                and not self.seat_of_namesake(r):
            return True
        return bool(c.arabic) and c.arabic != "el" and cc not in ARAB_ISO2


def _resolve(gz: Gazetteer, c: _Cand, countries: Counter, provinces: Counter,
             firm: Counter | None = None, armed: bool = False, told: Counter | None = None,
             forces: frozenset[str] = frozenset()) -> bool:
    """Pick c's row in the article's context (c.best, c.score); False where none fits."""
    best, bscore = None, -1e9
    ev = _Elsewhere(gz, c, countries, firm, armed, told, forces)
    no_evidence = ev.no_evidence
    own_a1 = c.ctx[1]
    fuzzy, type_feat = c.fuzzy, c.type_feat
    # the provinces abroad among the rows: the city of 100,000+ inside the province of its name,
    # or the national capital beside a province of its name in its country, is what the name
    # means ("Kabul", "Lima", "Washington"), so it takes the province's weight (just above)
    by_code: dict[str, float] = {}
    by_cc: dict[str, float] = {}
    for i in c.ids:
        r = gz.row(i)
        if r[1] == "admin1" and r[2] not in DEEP_ISO2:
            w = gz.prior(i, not fuzzy) + 0.1
            by_cc[r[2]] = max(by_cc.get(r[2], w), w)
            if r[6]:
                by_code[r[6]] = max(by_code.get(r[6], w), w)
    for i in c.ids:
        r = gz.row(i)
        feat, cc = r[1], r[2]
        if ev.unmeant(r):
            continue  # a namesake abroad that the text points away from
        if feat == "country" and c.letters and _letters(r[0]) != c.letters and _city_of_the_name(gz, c):
            continue  # "in Salvador's Liberdade": the city of that very name, not El Salvador by a shortened name
        named_elsewhere = ev.named(cc)
        if type_feat in ("village", "town") and not c.adj \
                and feat in ("admin1", "country", "region") and cc not in DEEP_ISO2:
            continue  # "Sadah village" is no foreign province
        if feat == "town" and cc not in ARAB_ISO2 and not fuzzy and c.letters \
                and _letters(r[0]) != c.letters and name_key(r[0]) == c.key:
            # the keys' transliteration merges (ee/i, doubled letters) are for Arabic names:
            # "Li" is no "Lee", "Mining" no "Minning" (an alias, "Bombay", still matches)
            continue
        sc = gz.prior(i, not fuzzy)
        if feat == "town" and (by_code or by_cc):
            if r[11].endswith("+capital") and cc in by_cc:
                sc = max(sc, by_cc[cc])
            elif r[6] in by_code and int(r[10]) >= CITY_POP:
                sc = max(sc, by_code[r[6]])
        sc += _type_bonus(r, type_feat)
        if feat == "town" and r[7] and f" {name_key(r[7])}".endswith(f" {c.key}") and name_key(r[0]) == c.key:
            sc += SEAT_BONUS  # the town its district or province is named after: the seat, not a quarter elsewhere
        if fuzzy:  # equally near spellings: the bigger place, but only as a tie-break
            sc += 0.2 * math.log10(int(r[10]) + 1)
        elif name_key(r[0]) == c.key:
            sc += 1.0
        if c.arabic and cc and cc not in ARAB_ISO2:
            sc -= 3.0
        if no_evidence and cc in DEEP_ISO2:
            sc += 1.0  # no country named at all: a mild pull to the deep-coverage countries
        if feat != "country" and named_elsewhere:
            sc += 2.0
        if r[6] and feat != "admin1" and provinces.get(r[6], 0) - (own_a1 == r[6]) > 0:
            sc += 1.5
        if sc > bscore or (sc == bscore and best is not None and i < best):
            best, bscore = i, sc
    if best is None:
        return False
    r = gz.row(best)
    # small foreign towns need support from the article or a preposition
    if (r[1] in ("town", "village") and not ev.named(r[2]) and r[2] not in DEEP_ISO2
            and int(r[10]) < TOWN_POP and not c.strong):
        return False
    if c.fuzzy and not (c.strong or r[2] in countries or c.type_feat):
        return False
    if type_feat in NATURAL_FEATURES and r[1] in NATURAL_FEATURES and r[1] != type_feat:
        return False
    if ev.armed and type_feat in NATURAL_FEATURES and r[1] in ("town", "village") and r[2] not in DEEP_ISO2 and not ev.named(r[2]):
        return False  # "Tirva valley" beside another country's forces: no town of that name abroad (a valley the gazetteer lacks)
    c.best, c.score = best, bscore
    if c.end > c.name_end and r[1] != c.type_feat and not (
            c.type_feat == "town" and r[1] == "village"):
        c.end = c.name_end
    return True


EXONYM_RATIO = 0.7  # two keys this alike (difflib's ratio) are spellings of one name: "timbuktu", "tombuctu"


def _exonym_of(town: str, province: str) -> bool:
    """Whether a town's name key is another spelling of a province's name key, or its first part
    ("dnipro" of "dnipropetrovsk")."""
    return (len(town) >= 4 and province.startswith(town)) \
        or difflib.SequenceMatcher(None, town, province).ratio() >= EXONYM_RATIO


# a town this big inside the province of its name is what the province's bare name means where a town
# is expected: "shelled a bus stop in Kherson", "on the road between Yala and Tarvo"
PROVINCE_TOWN_POP = 50_000
_BARE_TOWN_CUES = frozenset({"in", "at", "near", "outside", "between"})
# a word after the name that types it ("Kelm hill", "Kelm countryside", "Kelm and Varo provinces"): no bare name
_TYPED_AFTER = re.compile(r"(?:(?:,|[ \t]+and)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*[ \t]+(?:hills?|mountains?|countryside|areas?|outskirts|border|front|plains?|valley|"
                          r"rivers?|desert|lakes?|regions?|provinces?|governorates?|states?|oblasts?|count(?:y|ies)|districts?|"
                          r"rural|villages?|camps?|base|airport)\b", re.I)


def _town_of_bare_province(text: str, gz: Gazetteer, c: _Cand) -> None:
    """A province c read from its bare name (no type word before or after it) after "in", "near", "between"
    or as a road's end becomes the town of PROVINCE_TOWN_POP+ people named like it inside it (the town is
    then told like any other: "near Kherson" somewhere near the town)."""
    code = c.place.admin1_code
    if not code or c.end != c.name_end or not (c.cue in _BARE_TOWN_CUES or c.secondary == "endpoint") \
            or _TYPED_AFTER.match(text, c.end) or not text[c.start:c.start + 1].isupper():
        return
    for i, _ in gz.ids(name_key(text[c.start:c.end])):
        r = gz.row(i)
        if r[1] == "town" and r[6] == code and int(r[10]) >= PROVINCE_TOWN_POP:
            c.best, c.place = i, gz.place(i)
            return


def _mentions(text: str, gz: Gazetteer, chosen: list[_Cand]) -> list[PlaceMention]:
    """The chosen candidates as mentions: relation and role words, districts at their seats,
    anchors ("X village in Y district") marked and used to correct X's guess. (Worked out on
    the candidates, so that each mention is made once.)"""
    for c in chosen:
        c.place = gz.place(c.best)
        if c.place.feature == "admin2":
            # a district is placed at its seat, the town of its name in its governorate
            # (ACLED's and the GTD's point for district-level events), not at the centre of
            # the events a source happened to record there
            c.place = gz.seat(c.best, tuple(c.ids))
        c.relation = _relation(text, c)
        c.secondary = _secondary(text, c.start)
        if c.place.feature == "admin1":
            _town_of_bare_province(text, gz, c)
    for c in chosen:
        if c.role is None and c.place.feature == "town" and _QUARTER_AFTER.match(text, c.end):
            c.role = "quarter"  # "the X neighbourhood (Y) of Z": a quarter of some town, not the town X
    anchors = [False] * len(chosen)
    owners = [False] * len(chosen)
    for k in range(1, len(chosen)):
        if _is_owner(text, chosen[k - 1], chosen[k]):
            owners[k - 1] = True
        elif _is_anchor(text, chosen[k - 1], chosen[k]) and not _in_list(text, chosen, k):
            anchors[k] = True
            a, code = chosen[k - 1], chosen[k].place.admin1_code
            if a.role is None and chosen[k].place.feature == "town" \
                    and _QUARTER_GAP.match(text, a.end, chosen[k].start):
                a.role = "quarter"  # "X neighbourhood, Y city": a quarter of the town Y, which is the place
            if code and a.place.admin1_code != code:
                # "Karma, Anbar province" with Karma resolved elsewhere: the entry of that
                # name inside the stated province, if the gazetteer has one
                alt = [i for i in a.ids if gz.row(i)[6] == code
                       and gz.row(i)[1] not in ("admin1", "country", "region")]
                if alt:
                    i = max(alt, key=lambda i: (gz.prior(i, not a.fuzzy)
                                                + _type_bonus(gz.row(i), a.type_feat), -i))
                    a.place = gz.place(i)
    _one_sense_as_addressed(gz, chosen, anchors)
    return [PlaceMention(
        start=c.start, end=c.end, text=text[c.start:c.end], place=c.place,
        precision=_precision(c.place.feature, c.relation), relation=c.relation,
        name_start=c.name_start, name_end=c.name_end, role=c.role,
        score=round(c.score, 3), cue=c.cue, anchor=anchor, secondary=c.secondary, owner=owner,
        fuzzy=bool(c.fuzzy), dateline=c.dateline)
        for c, anchor, owner in zip(chosen, anchors, owners, strict=True)]


def _one_sense_as_addressed(gz: Gazetteer, chosen: list[_Cand], anchors: list[bool]) -> None:
    """A town the story once places by the province written after it ("Kelmont, Florida") is that
    town wherever else its name stands alone in the story, though another reading fits the rest of
    the story better there: news names a place in full once, then by its name alone."""
    addressed: dict[str, set[tuple[float, float]]] = {}
    for k in range(1, len(chosen)):
        a = chosen[k - 1]
        if anchors[k] and not anchors[k - 1] and a.role is None and not a.fuzzy and not a.adj \
                and a.type_feat is None and a.place.feature in ("town", "village") \
                and a.place.admin1_code == chosen[k].place.admin1_code:
            addressed.setdefault(a.key, set()).add((a.place.latitude, a.place.longitude))
    if not addressed:
        return
    for k, c in enumerate(chosen):
        there = addressed.get(c.key)
        if there is None or len(there) != 1 or c.fuzzy or c.adj or c.type_feat is not None \
                or c.role is not None or c.place.feature not in ("town", "village") \
                or (k + 1 < len(chosen) and anchors[k + 1]):
            continue
        point = next(iter(there))
        if (c.place.latitude, c.place.longitude) == point:
            continue
        alt = [i for i in c.ids if (gz.place(i).latitude, gz.place(i).longitude) == point]
        if alt:
            c.place = gz.place(alt[0])


def _non_overlapping(cands: list[_Cand]) -> list[_Cand]:
    """Each candidate in turn that overlaps none taken before it, sorted by start."""
    taken = DisjointSpans()
    chosen = []
    for c in cands:
        if not taken.free(c.start, c.end):
            continue
        taken.take(c.start, c.end)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _name_spans(text: str, gz: Gazetteer, w: _Words,
                kept: list[int]) -> dict[tuple[int, int], tuple[str, bool]]:
    """(first, last) kept-token index -> (key, fuzzy) of every span that may name a place:
    gazetteer keys, two words the gazetteer writes as one, near spellings of capitalised words.
    (Only capitalised words start a name: the loops run over those alone.)"""
    if len(kept) == len(w.key):
        keys, caps = w.key, w.cap
    else:
        keys, caps = list(map(w.key.__getitem__, kept)), list(map(w.cap.__getitem__, kept))
    n = len(keys)
    index, prefixes = gz.index, gz.prefixes
    found: list[tuple[int, int, str]] = []  # (last, first, key)
    # every place name starts with a capital, and with a word that begins a key
    for ja in itertools.compress(range(n), map(operator.and_, caps,
                                               map(gz.starters.__contains__, keys))):
        key, jb = keys[ja], ja
        while True:
            if key in index and (jb == ja or _contiguous(text, w, kept, ja, jb)):
                found.append((jb, ja, key))
            jb += 1
            if jb == n or key not in prefixes:
                break
            key = key + " " + keys[jb]
    # in the order of their ends, the longer first (the order the names have always had)
    found.sort()
    spans = {(ja, jb): (key, False) for jb, ja, key in found}
    # two words the gazetteer writes as one ("Balad Ruz" / Baladruz; Iraq and Syria only)
    for ja in itertools.compress(range(n - 1), map(operator.and_, caps, caps[1:])):
        if (ja, ja + 1) in spans:
            continue
        joined = keys[ja] + keys[ja + 1]
        if joined in gz.index and text[w.end[kept[ja]]:w.start[kept[ja + 1]]] == " " \
                and kept[ja + 1] == kept[ja] + 1 \
                and any(gz.row(i)[2] in DEEP_ISO2 for i, fl in gz.ids(joined) if not fl):
            spans[(ja, ja + 1)] = (joined, False)
    covered: dict[int, int] = {}  # token -> last token of the longest exact span over it
    for ja, jb in spans:
        for x in range(ja, jb + 1):
            if covered.get(x, -1) < jb:
                covered[x] = jb
    # fuzzy transliteration match (consonant skeleton) for capitalised words not matched, or
    # matched only by a shorter exact name ("Qara" of "Qara Tapa")
    skeleton_starts, province_starts = gz.skeleton_starts, gz.province_skeleton_starts
    for ja in itertools.compress(range(n), caps):
        first = skeleton(keys[ja])
        # (a span's skeleton starts with its first word's: no near spelling does where neither has it)
        loose = not first or " " in first
        near, province = loose or first in skeleton_starts, loose or _province_form(first) in province_starts
        if not near and not province:
            continue
        # (spans with a lower-case word are never tried: start at the last capital in reach)
        jtop = ja
        while jtop < ja + 2 and jtop + 1 < n and caps[jtop + 1]:
            jtop += 1
        tried: list[tuple[int, str]] = []  # (last word, key) of the spans tried
        hit = False
        for jb in range(jtop, ja - 1, -1):
            if covered.get(ja, -1) >= jb:
                break
            if jb > ja and (covered.get(ja + 1, -1) > jb  # (jb is ja + 1 or ja + 2)
                            or (jb > ja + 1 and covered.get(ja + 2, -1) > jb)):
                continue
            key = " ".join(keys[ja:jb + 1]) if jb > ja else keys[ja]
            if len(key) < 5:
                continue
            tried.append((jb, key))
            sk = gz.near_skeleton(key) if near else None
            if sk is not None and _contiguous(text, w, kept, ja, jb):
                spans[(ja, jb)] = (sk, True)
                hit = True
                break
        if province and not hit:
            # no near spelling of the Arab countries' places: a first-level unit's of any country,
            # only where a province is expected (see _province_expected)
            for jb, key in tried:
                sk = gz.province_skeleton(key)
                if sk is not None and _contiguous(text, w, kept, ja, jb) \
                        and _province_expected(text, _with_article(w, kept[ja]), w.end[kept[jb]]):
                    spans[(ja, jb)] = (sk, PROVINCE_NEAR)
                    break
    return spans


PROVINCE_NEAR = "province"  # (a span's fuzzy flag: a near spelling of a first-level unit's name)
# "Kelmo province", "Kelmo oblast": a first-level unit's type word after its name
_PROVINCE_WORD_NEXT = re.compile(rf"[ \t]+(?i:{ADMIN1_WORDS})\b")
# "the province of Kelmo"
_PROVINCE_OF_BEFORE = re.compile(r"(?i)\b(?:province|governorate)\s+of\s+(?:the\s+)?$")


def _with_article(w: _Words, i: int) -> int:
    """Where the name whose first word is token i begins: at the Arabic article right before it
    ("Al-Kelmo"), if any."""
    return w.start[i - 1] if i - 1 in w.article and w.start[i] - w.end[i - 1] <= 2 else w.start[i]


def _province_expected(text: str, start: int, end: int) -> bool:
    """Whether the words text[start:end] stand where a first-level unit is written: before its type
    word ("Kelmo province"), after "the province of", or after a place's name and a comma ("Tarvo,
    Kelmo": _names_before; the town must lie in the province, _province_of_town_before)."""
    return bool(_PROVINCE_WORD_NEXT.match(text, end) or _PROVINCE_OF_BEFORE.search(text, max(0, start - 30), start)
                or any(_names_before(text, start)))


def _contiguous(text: str, w: _Words, kept: list[int], ja: int, jb: int) -> bool:
    """Whether the kept tokens ja..jb stand together as one name (spaces, hyphens, an article)."""
    for j in range(ja, jb):
        i1, i2 = kept[j], kept[j + 1]
        gap = text[w.end[i1]:w.start[i2]]
        if gap == " ":
            continue  # (the usual gap, passes every test below)
        if i2 - i1 > 1:
            if not _ARTICLE_GAP.match(gap) or len(gap) > 6:
                return False
        elif gap in (".", ". ") and (len(w.text[i1]) == 1 or w.text[i1].title() in ("St", "Mt", "Ft", "Pt")):
            continue  # U.S., St. Louis
        elif gap in ("'s ", "’s "):
            continue  # a possessive inside a name the gazetteer has whole ("Cox's Bazar")
        elif not _GAP_OK.match(gap) or len(gap) > 3 or "\n" in gap:
            return False
    return True


def _type_bonus(r, type_feat: str | None) -> float:
    """What a type word by the name ("X province", "village of X") adds to a row's score."""
    if type_feat and r[1] == type_feat:
        return 10.0
    if type_feat == "town" and r[1] == "village":
        return 9.0
    if type_feat == "admin1" and r[1] == "admin2":
        return 1.0
    return 0.0


# a title or kinship word right before a name: the name is a person's ("Premier Velor Dunmore",
# "his daughter Kelby"); kinship words also before a name alone
_PERSON_TITLE_BEFORE = re.compile(
    r"(?:\b(?:[Pp]resident|[Pp]remier|[Cc]hancellor|[Ll]eader|[Pp]rince|[Pp]rincess|[Kk]ing|[Qq]ueen|"
    r"[Ss]enator|Sen\.|Rep\.|Gov\.|[Gg]overnor|[Mm]ayor|[Jj]udge|[Cc]oach|[Aa]ctor|[Aa]ctress|"
    r"[Ss]inger|[Rr]apper|Sir|Dame|Pope|Rev\.|[Pp]rofessor|Prof\.|[Ss]pokes(?:man|woman|person)|"
    r"[Aa]mbassador|[Mm]inister|[Ss]ecretary|[Cc]hairman|[Cc]hairwoman|CEO|"
    r"husband|wife|sons?|daughters?|father|mother|brothers?|sisters?|grand(?:son|daughter)s?|"
    r"nephew|niece|uncle|aunt|cousin|fianc[eé]e?|boyfriend|girlfriend|stepson|stepdaughter)"
    r")[ \t]+$")
_KIN_BEFORE = re.compile(
    r"\b(?:husband|wife|sons?|daughters?|father|mother|brothers?|sisters?|grand(?:son|daughter)s?|"
    r"nephew|niece|uncle|aunt|cousin|fianc[eé]e?|boyfriend|girlfriend|stepson|stepdaughter)[ \t]+$")
# a capitalised word after a name that makes it a place's or a body's name, no surname
_TYPE_OR_ORG_WORD = re.compile(r"(?:islands?|county|state|province|city|district|region|bay|"
                               r"river|valley|street|road|avenue|square|hall|house|park)$")


def _evaluate(text, gz, w: _Words, kept, ja, jb, key, fuzzy, adjectives, embedded):
    ia, ib = kept[ja], kept[jb]
    caps, words = w.cap, w.text
    ta_text, ta_start = words[ia], w.start[ia]
    tb_end = w.end[ib]
    if not caps[ia] or not (caps[ib] or (jb > ja and words[ib].lower() in GENERIC_LAST)):
        return None
    for j in range(ja + 1, jb):
        i = kept[j]
        if not caps[i] and words[i].lower() not in NAME_CONNECTORS:
            return None
    free = ja == jb and ta_text.lower() in FREE_BEFORE
    if ja == jb and (w.key[ia] in NOT_PLACE
                     or (("'" in ta_text or "’" in ta_text) and _CONTRACTION.search(ta_text))):
        return None
    if free and (fuzzy or text[tb_end:tb_end + 1] != ","):
        return None
    address = False  # a near spelling of the province the town named before it lies in
    if fuzzy:
        near_key = " ".join(w.key[kept[j]] for j in range(ja, jb + 1))
        found = _province_near_ids(gz, near_key, key) if fuzzy == PROVINCE_NEAR else _fuzzy_ids(gz, near_key, key)
        provinces: list[tuple[int, str]] = []  # where a province is expected, the first-level units' near spellings
        lead = _with_article(w, ia)  # (where the name begins: "Tarvo, Al-Kelmo")
        if fuzzy != PROVINCE_NEAR and _province_expected(text, lead, tb_end) \
                and (sk := gz.province_skeleton(near_key)) is not None:
            provinces = [x for x in _province_near_ids(gz, near_key, sk) if x not in found]
            if not found:  # no Arab country's place of that spelling
                fuzzy, found, provinces = PROVINCE_NEAR, provinces, []
        if any(_names_before(text, lead)):
            # "Tarvo, Kelmo": the province of Kelmo's near spelling that Tarvo lies in
            inside = _province_of_town_before(text, lead, gz, found + provinces, near=True)
            if inside:
                found, address = inside, True
            elif fuzzy == PROVINCE_NEAR and not _PROVINCE_WORD_NEXT.match(text, tb_end):
                return None
        entries = _entries(tuple(found))
    else:
        entries = gz.entries(key, adjectives)
    if entries is None:
        return None
    ids, adj, common, sorted_ids = entries
    if not fuzzy and not adj and _PROVINCE_WORD_NEXT.match(text, tb_end) \
            and not any(gz.row(i)[1] == "admin1" for i, _ in ids):
        # "Kelmograd oblast" where the gazetteer has the name as a town's only: the province of the
        # town its name is (a near spelling of); never a near spelling abroad of a place it has
        more = _province_of_namesake_town(gz, ids, key)
        if more:
            ids, common = ids + tuple(x for x in more if x not in ids), False
            sorted_ids = tuple(sorted({i for i, _ in ids}))
    if not fuzzy and not adj and _PROVINCE_WORD_NEXT.match(text, tb_end):
        # "Kelmo oblast" where Kelmo city is a first-level unit of its own and the province around
        # it has the city's name too (Kyiv City and Kiev oblast): the province, not the city's unit
        around = _province_around_city(gz, ids, key)
        if around is not None:
            ids, common = around, False
            sorted_ids = tuple(sorted({i for i, _ in ids}))
    if not fuzzy and not adj and _attributive(text, tb_end) and not _PLACE_PREP.search(text, max(0, ta_start - 12), ta_start):
        # "Somali troops", "Australian soldiers": a word that is both a province's name and a
        # country's adjective, before a common noun, is the adjective
        demonym = tuple(x for x in gz.ids(key, True) if x[1] == "@")
        if demonym:
            if not adjectives:
                return None
            ids, adj, common, sorted_ids = _entries(demonym)
    if not fuzzy and not adj and text[tb_end:tb_end + 1] == "," \
            and any(gz.row(i)[1] == "country" for i, _ in ids):
        # "in Kauri, Niger, Nigeria.": a country's name that ends an address before another country
        inside = _province_before_its_country(text, tb_end, gz, ids, start=ta_start)
        if inside:
            ids, common = inside, False
    elif not fuzzy and not adj and text[tb_end:tb_end + 1] == "," \
            and _ADDRESS_PART_BEFORE.search(text, max(0, ta_start - 90), ta_start):
        # "in Bani Harb, Sawan, Kelm, Ostria": the last name of an address of three or more, right
        # before the country, is the province of that name there (not the town)
        inside = _province_before_its_country(text, tb_end, gz, ids)
        if inside:
            ids = inside
    if not fuzzy and not adj and text[ta_start - 1 : ta_start] in (" ", "\t") \
            and any(gz.row(i)[1] == "country" or (gz.row(i)[1] == "admin1" and gz.row(i)[2] not in DEEP_ISO2)
                    for i, _ in ids):
        # "Atlanta, Georgia": a country's name written after a town of a province of that name
        # elsewhere is that province, the end of the town's address; and so is the name of a
        # province abroad that is also a town's, a capital's ("Spokane, Washington")
        state = _province_of_town_before(text, ta_start, gz, ids)
        if state:
            ids, common = state, False
    own = None
    if not fuzzy and not adj and text[tb_end:tb_end + 1] == ",":
        # "Kandu, South Province, Ostria": a province told before its country is that country's,
        # under its gazetteer spelling there ("Southern"), not a province of that name elsewhere
        own = _province_of_country_after(text, ta_start, tb_end, gz, ids)
        if own:
            ids, common = own, False
    if not adj and not own and _unit_of_another_country(text, tb_end, gz, ids):
        # "Kandu, Western Province, Ostria" with no such province of Ostria in the gazetteer: a
        # unit its country lacks, never another country's of that name (nor "Western" alone)
        return None
    # "attacked Kandu, Ostria" where the gazetteer has Kandu only abroad: a place of Ostria it
    # lacks, so readings abroad face the foreign-namesake policy's strictest bar (_Elsewhere)
    told_in, home = (None, None) if adj or own else _address_country(text, tb_end, gz, ids)
    if home and not fuzzy:
        # "in Cordoba, Spain": the end of an address names the country its reading lies in
        ids = home
    if free:
        # "in Gorra, Central, Uganda": a direction word is the province of that name in the
        # country named right after it
        ids = [x for x in ids if gz.row(x[0])[1] == "admin1"]
        if adj or not ids or not _before_its_country(text, tb_end, gz, [i for i, _ in ids]):
            return None
        common = False
    name_text = text[ta_start:tb_end]
    if text[tb_end:tb_end + 1] in ("$", "€", "£"):
        return None
    letters = "".join(filter(str.isalpha, name_text))
    caps_name = len(letters) > 1 and all(map(str.isupper, letters))
    # the dateline (PlaceMention.dateline, the one reading of it: the resolver asks the mention):
    # the place reported from, whatever its size ("VELMORA - On Monday")
    dateline = caps_name and len(letters) >= 4 and not fuzzy \
        and _prev_nonspace(text, ta_start) in SENT_END and _DATELINE_AFTER.match(text, tb_end)
    short_dateline = False
    if caps_name and len(letters) <= 4 and not fuzzy and _prev_nonspace(text, ta_start) == "\n" \
            and key not in DATELINE_ACRONYMS and _short_dateline_after(text, tb_end, gz):
        # a short dateline opening the article or a paragraph, before a dash, a news agency's
        # bracket or ", <country or state>" ("VELA (AP) -", "KORO, Ostria -"): a town or capital
        # of that name, not one too small to report from (NATO, a Philippine village)
        towns = [x for x in ids if gz.row(x[0])[1] == "town"
                 and (int(gz.row(x[0])[10]) >= TOWN_POP or gz.row(x[0])[11].endswith("+capital"))]
        if towns:
            ids, common, dateline, short_dateline = towns, False, True, True
    if caps_name and len(letters) <= 5 and not fuzzy \
            and not (dateline and len(letters) == 5) and not short_dateline:
        # abbreviations (US, UK, UAE, EU) name countries and unions, not towns (NATO, SEEK)
        ids = [x for x in ids if gz.row(x[0])[1] in ("country", "region")]
        if not ids:
            return None
        common = False
    elif len(key) <= 3 and key in SHORT_CAPS_ONLY:
        return None
    if key in NOT_PLACE_KEYS:
        return None
    # "U.S." : the final period belongs to the name
    if _DOTTED.match(name_text) and text[tb_end:tb_end + 1] == ".":
        tb_end_extra = 1
    else:
        tb_end_extra = 0
    c = _Cand()
    c.a, c.b, c.key, c.fuzzy, c.adj = ja, jb, key, fuzzy, adj
    c.address = address
    c.ids = sorted_ids if ids is entries[0] else sorted({i for i, _ in ids})
    c.role = "adjective" if adj else None
    c.told_in = told_in
    c.province_after = _provinces_after(text, tb_end, gz, c.ids)
    c.before_province = fuzzy and _other_province_after(text, tb_end, gz, c.ids)
    if adj and _NOUN_USE.match(text, tb_end):
        # "the British,", "many Chinese are", "in Portuguese.": its people or its language,
        # which name the country for the article's context but are no mention of it
        c.role = "demonym"
    start = ta_start
    if ia - 1 in w.article and (caps[ia - 1] == caps[ia]
                                or words[ia - 1].lower() in ("al", "el")):
        gap = text[w.end[ia - 1]:ta_start]
        if len(gap) <= 2 and _GAP_OK.match(gap):
            start = w.start[ia - 1]
    c.arabic = text[start:ta_start].strip(" -").lower() if start != ta_start else ""
    c.letters = _letters(text[start:tb_end])
    c.name_start, c.name_end = start, tb_end + tb_end_extra
    c.start, c.end = start, tb_end + tb_end_extra
    before = text[max(0, start - 48):start]  # every context pattern below fits in 48 characters
    sent_init = _prev_nonspace(text, start) in SENT_END
    # what follows: a type word ("province", "district", "mountains")?
    c.type_feat, c.type_end = None, None
    after_raw = text[tb_end:tb_end + 40]
    spaced = after_raw[:1] in (" ", "\t", "-")  # (the three patterns need one of these first)
    m = _WORD_AFTER.match(after_raw) if spaced else None
    follower = None
    if spaced and _ARTICLE_AFTER.match(after_raw) and not fuzzy:
        return None  # the name goes on: "Tal al-Asfour", "Abu al-Khasib"
    if spaced and _ROMANCE_NAME_GOES_ON.match(after_raw) and not fuzzy:
        return None  # so it does in "San Vicente del Caguan", a town the gazetteer lacks, not its namesake San Vicente
    if spaced and _COCKTAIL.match(after_raw):
        return None  # Molotov cocktails
    if spaced and _STREET_AFTER.match(after_raw) and not fuzzy \
            and not _A_BEFORE.search(text, max(0, ta_start - 4), ta_start):
        # "Rashid street", "Haifa Street": a street's name, not the town it is named after
        # ("a Fallujah street" is one of the town's streets)
        return None
    if m:
        word = m.group(1).lower()
        word = _SPACES.sub(" ", word)
        if word in TYPE_AFTER and m.group(1)[:1].isupper() and not fuzzy \
                and f"{key} {token_key(word)}" in gz.index:
            follower = word  # "Mexico City", "Kansas City": the whole is the name, not a type
        elif word in TYPE_AFTER:
            c.type_feat = TYPE_AFTER[word]
            if c.type_feat is not None and not adj:
                c.end = tb_end + m.end()
                nxt = _WORD_AFTER.match(text[c.end:c.end + 40])
                if m.group(1)[:1].isupper() and nxt and nxt.group(1)[:1].isupper() \
                        and nxt.group(1).lower() in ORG_AFTER:
                    c.role = "organisation"  # "the Kelm State Army", "Kelm Province Council"
        elif m.group(1)[:1].isupper():
            follower = word
            two = _FACILITY_TWO.match(after_raw)
            if two and two.group(1).lower() in FACILITY_AFTER:
                follower = two.group(1).lower()  # "X Grand Mosque", "X Central Prison": the facility
            if ja == jb and w.key[ia] in NAME_PREFIXES and not fuzzy:
                return None  # "Tall Dahab", "Wadi Hajar": the name goes on
        elif word in ORG_AFTER_LOWER and not adj and not any(
                gz.row(i)[1] == "country" for i in c.ids):
            c.role = "organisation"  # "the Badr forces", "a Dawa party office"
        elif word == "and" and not adj:
            shared = _SHARED_TYPE.match(text, tb_end, tb_end + 70)
            if shared:  # "the Qarvo and Belin districts": the plural type word is both names'
                c.type_feat = TYPE_AFTER[shared.group(1).lower()]
    ws = before[-1:].isspace()  # the patterns before a name all end in white space
    last = _last_word(before) if ws else ""
    if ja == jb and not adj and not fuzzy and not c.type_feat and ws and last \
            and _PERSON_TITLE_BEFORE.search(before):
        # "President Velor Dunmore", "her husband Kelby Tarn", "his son Olmby": a one-word name
        # after a title or kinship word is a first name (before a surname) or the relative's name
        surname = follower is not None and follower not in FACILITY_AFTER | ORG_AFTER \
            and follower not in GENERIC_LAST and not _TYPE_OR_ORG_WORD.match(follower)
        if surname or _KIN_BEFORE.search(before):
            if any(gz.row(i)[1] == "country" for i in c.ids):
                return None  # (a country's name stays a place in the rest of the article)
            c.role = "person"
            return c
    # one search start for the three patterns: the first of the last chunks any of them spans
    tail = _tail_start(before, _PREP_CHUNKS) if ws and (last is None or last in _PREP_ANY_LAST) \
        else 0
    tb_m = TYPE_BEFORE.search(before, tail) if ws and (last is None or last in TYPE_BEFORE_LAST) \
        else None
    if tb_m and not c.type_feat:
        word = tb_m.group(1).lower()
        c.type_feat = {"town": "town", "city": "town", "village": "village",
                       "district": "admin2", "province": "admin1", "governorate": "admin1",
                       "mount": "mountain", "capital": "town"}.get(word)
    if last == "lake" and not c.type_feat and before.rstrip()[-4:] == "Lake":
        c.type_feat = "lake"  # "Lake X" that the gazetteer lacks as a whole name
    prep = PREP_BEFORE.search(before, tail) if ws and (last is None or last in PREP_BEFORE_LAST) \
        else None
    c.cue = prep.group(1).lower().split()[0] if prep else None
    c.dateline = bool(dateline)
    c.strong = bool(dateline or (ws and (last is None or last in STRONG_PREP_LAST)
                     and STRONG_PREP.search(before, tail)) or tb_m or c.type_feat
                    # "in Prde (Altun Kupri)": another name of the place just named, alone in brackets
                    # (a near spelling only: "Reading (Berkshire)" needs no help)
                    or (fuzzy and before[-1:] == "(" and text[c.end:c.end + 1] == ")"
                        and _ALT_NAME_OPEN.search(before) is not None)
                    # "in Duhok's Deraluk": a place its owner names
                    or (fuzzy and ws and _OWNER_BEFORE.search(before) is not None))
    # hyphenated compound with a lower-case word ("Hit-and-Run")
    hy = tb_end < len(text) and text[tb_end] == "-"
    if hy and ib + 1 < len(words) and w.start[ib + 1] == tb_end + 1 and (
            not caps[ib + 1]) and common:
        return None
    if ia > 0 and text[ta_start - 1:ta_start] == "-" and common:
        return None
    if common and not c.type_feat and _before_its_country(text, tb_end, gz, c.ids):
        common = False  # "..., Meta, Colombia": a province of the country named right after it
    if common and not (c.strong and not sent_init) and not c.type_feat:
        return None
    if common and sent_init and not c.type_feat:
        return None
    if common and not c.type_feat and (last is None or last == "the") \
            and _THE_END.search(before):
        return None
    if address:
        c.strong = True  # ("Tarvo, Kelmo": the town confirms the province's spelling)
    if fuzzy and (sent_init or not c.strong):
        return None
    if SPEECH_AFTER.match(text[c.name_end:c.name_end + 40]) and not c.strong:
        rows = [gz.row(i) for i in c.ids]
        if not any(r[1] == "country" or (r[1] == "admin1" and r[2] in DEEP_ISO2)
                   or int(r[10]) >= METROPOLIS_POP for r in rows) \
                and not (ja == jb and any(r[1] == "town" and int(r[10]) >= CITY_POP
                                          and name_key(r[0]) == key for r in rows)
                         and not _after_first_name(text, ta_text)):
            # (a city under its own name that speaks, never told after a first name, is a club or
            # a council named after it: "Kelmford said in a statement" keeps the city's toponyms;
            # "Dana Kelmford ... Kelmford said" is a person)
            c.role = "person"
            return c
    # part of a longer proper name: person ("John Sullivan", "Jabbar al-Maamouri")
    jprev = ia - 1
    while jprev >= 0 and jprev in w.article:
        jprev -= 1
    if jprev >= 1 and not adj and ja == jb and len(words[jprev]) == 1 and caps[jprev] \
            and text[w.end[jprev]:start] == ". " and caps[jprev - 1] and len(words[jprev - 1]) > 1 \
            and text[w.end[jprev - 1]:w.start[jprev]] == " ":
        # "Dana K. Olmby", "Mark T. Kelmar": a surname after a first name and a middle initial is
        # a person's, whatever place (country even) the name also is
        if any(gz.row(i)[1] == "country" for i in c.ids):
            return None  # (a country's name stays a place in the rest of the article)
        c.role = "person"
        return c
    if jprev >= 0 and not adj:
        p_text, p_key = words[jprev], w.key[jprev]
        gap = text[w.end[jprev]:start]
        # (a final hamza may end the word before: "Liwa Shuhada' Kirkuk")
        if caps[jprev] and len(gap) <= 3 and _HAMZA_GAP.match(gap) and "\n" not in gap \
                and _arabic_org_name(w, jprev):
            c.role = "organisation"  # "Liwa Shuhada Kirkuk", "Saraya Ansar Samarra"
            return c
        if caps[jprev] and len(gap) <= 2 and _GAP_OK.match(gap) and "\n" not in gap and p_key in GEO_GENERIC:
            # "Jibal X", "Tall X": X names the feature, a mountain or valley, or a place in Iraq or Syria
            # that the feature is named after; never a town abroad ("Tall Bayad" is no Bayad in India)
            c.ids = [i for i in c.ids if gz.row(i)[1] in NATURAL_FEATURES or gz.row(i)[2] in DEEP_ISO2]
            if not c.ids:
                return None
        elif caps[jprev] and len(gap) <= 2 and _GAP_OK.match(gap) and "\n" not in gap:
            pl = p_text.lower()
            if pl not in FREE_BEFORE \
                    and not any(fl == "@" for _, fl in gz.ids(p_key, True)):
                rows = [gz.row(i) for i in c.ids]
                # a big city survives only under its own name ("Muqtada al-Sadr" is no Sadr City),
                # and not after a first name that is a big city's old name ("Sam Kelby": a person)
                if not p_text.isupper() and not _is_country(gz, p_key) and (not any(
                        r[1] == "country" or (int(r[10]) >= METROPOLIS_POP and name_key(r[0]) == key
                                              and not _old_name_of_big_city(gz, p_key))
                        for r in rows) or (ja == jb and _speaks_alone(text, ta_text, start))):
                    # (a country or big city too, where the story then has the name speak alone:
                    # "Dana Kelmar ... Kelmar recalled")
                    c.role = "person"
                    return c
    # organisation names: "Islamic State of Iraq and Syria", "Anbar Operations Command"
    if ws and (last is None or last in ORG_LAST) and any(map(before.__contains__, _ORG_WORDS)) \
            and (_search_end(ORG_OF, before) or _search_end(STATE_OF_AND, before)):
        if ISLAMIC_STATE_OF.search(before) or _search_end(ARMY_OF, before):
            if not embedded:
                return None
            c.role = "organisation"
    if follower is not None and c.role is None:
        if follower in FACILITY_AFTER:
            c.role = "facility"
        elif follower in ORG_AFTER or _FORCE_AFTER.match(after_raw):
            c.role = "organisation"  # (or a longer name: "the Kelm Garrison Command")
        elif not adj and not fuzzy and ja == jb and not c.type_feat \
                and _surname_told_alone(text, tb_end, ta_text) \
                and not any(gz.row(i)[1] in ("country", "region", "sea") for i in c.ids):
            c.role = "person"  # "Velora Dunmore ... Dunmore said": a first name, however big its place
            return c
        else:
            rows = [gz.row(i) for i in c.ids]
            # (a big city under its own name: "Sam" before a surname is no Damascus, "Sham")
            big = any(r[1] in ("country", "region") or (r[1] == "admin1" and r[2] in DEEP_ISO2)
                      or (int(r[10]) >= METROPOLIS_POP and (fuzzy or name_key(r[0]) == key)) for r in rows)
            nids = gz.ids(token_key(follower), True)
            # (a demonym after it is no place of its own: "Arab Israeli towns")
            nxt_is_place = any(fl not in ("*", "@") and (gz.row(i)[1] in ("country", "admin1") or
                                              int(gz.row(i)[10]) >= CITY_POP) for i, fl in nids)
            free = follower in FREE_BEFORE or token_key(follower) in NOT_PLACE
            if nxt_is_place and not big and not free and not fuzzy and ja == jb \
                    and _old_name_of_big_city(gz, key):
                # a big city's old name before a capitalised surname is a first name even when
                # the surname is a place ("Sam" before a city's name is no Damascus)
                nxt_is_place = False
            # a capitalised name that goes on ("Tepe Sor", "Khor Zubair", "Kani Dezan") is not
            # its first word, even after "in": only a big place or a place list survives
            if not (big or nxt_is_place or free or (c.strong and not fuzzy and ja < jb)):
                if embedded and follower in ORG_EMBEDDED_AFTER:
                    c.role = "organisation"  # "the Kelmford Fire Department": kept on request
                    return c
                if embedded and _city_named_name(gz, c, key, ja == jb, text, tb_end, ta_text):
                    # "the Kelmford Otters", "the Velby Analytics scandal": kept on request, the
                    # best-known city of the name (a name travels with the firm, not the story)
                    c.role = "organisation"
                    c.ids = [max((i for i in c.ids if gz.row(i)[1] == "town"),
                                 key=lambda i: (int(gz.row(i)[10]), -i))]
                    return c
                return None
    if sent_init and ja == jb and not c.type_feat and not c.strong:
        rows = [gz.row(i) for i in c.ids]
        if not any(r[1] != "town" or int(r[10]) >= 20000 or r[2] in DEEP_ISO2 for r in rows):
            return None
    return c


_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|every|each|its|their)[ \t]+$")


def _city_named_name(gz, c, key: str, one_word: bool, text: str, end: int, first: str) -> bool:
    """A city's one-word name after "the" (or "every", "its") before another capitalised name
    that is no place ("the Kelmford Otters", "the Velby Analytics scandal"): a team, firm or
    paper named after the city, whose toponym find_places(embedded=True) keeps; not a first
    name ("the Kelmford Dunmore ... Dunmore said")."""
    if not one_word or c.adj or c.fuzzy or c.strong \
            or not _DETERMINER_BEFORE.search(text, max(0, c.start - 8), c.start):
        return False  # (a person's name takes no article: "the Kelmford Otters", not "the Nancy Dunmore")
    if not any(gz.row(i)[1] == "town" and int(gz.row(i)[10]) >= CITY_POP
               and name_key(gz.row(i)[0]) == key for i in c.ids):
        return False
    return not _surname_told_alone(text, end, first)


_NEXT_NAME = re.compile(r"[ \t]+([A-Z][a-z]{2,})\b(?!['’]?[ \t]*[A-Z])")


def _surname_told_alone(text: str, end: int, first: str) -> bool:
    """The capitalised word right after a place name ("Velora Dunmore") recurs alone in the text
    as someone speaking or owning ("Dunmore said", "said Dunmore", "Dunmore's"), never in lower
    case nor after "the" or the place's name: news names a person in full once and then by the
    surname, so the place's name is a first name. (An organisation's second word recurs after
    "the": "the Globe"; a common word is written in lower case too: "Guard", "House".)"""
    m = _NEXT_NAME.match(text, end)
    if not m:
        return False
    word = m.group(1)
    if text.count(word) < 2:
        return False  # (told once, here: cheap to see before the searches below)
    lower = word.lower()
    if lower in text and re.search(rf"\b{lower}\b", text):
        return False  # a common word written in lower case too ("Guard", "House")
    for x in re.finditer(rf"\b{word}\b", text):
        if x.start() == m.start(1):
            continue
        before = text[max(0, x.start() - 24):x.start()].rstrip()
        last = before.rsplit(None, 1)[-1] if before.split() else ""
        if last.lower() in ("the", first.lower()):
            continue
        if SPEECH_AFTER.match(text[x.end():x.end() + 40]) or last.lower() in ("said", "says") \
                or text[x.end():x.end() + 2] in ("'s", "’s"):
            return True
    return False


def _after_first_name(text: str, word: str) -> bool:
    """The name is somewhere in the text right after a capitalised word that may be a first name,
    a title or a middle initial ("Dana Kelmford", "Dr. Kelmford", "Dana K. Kelmford"), not a
    word that stands freely before a place ("In Kelmford", "The Kelmford")."""
    for x in re.finditer(rf"\b(?:([A-Z][a-z]+)|[A-Z][a-z]{{0,3}}\.)[ \t]+{re.escape(word)}\b", text):
        if x.group(1) is None or x.group(1).lower() not in FREE_BEFORE:
            return True
    return False


def _speaks_alone(text: str, word: str, here: int) -> bool:
    """The surname right after a first name ("Dana Kelmar") is told alone elsewhere in the text as
    someone speaking ("Kelmar recalled", "Kelmar tweeted") at the start of a sentence or clause."""
    if text.count(word) < 2:
        return False
    for x in re.finditer(rf"\b{re.escape(word)}\b", text):
        speech = SPEECH_AFTER.match(text[x.end():x.end() + 40])
        if x.start() == here or speech is None or speech.group().lstrip().startswith(","):
            continue
        if x.start() == 0 or _prev_nonspace(text, x.start()) in SENT_END or _prev_nonspace(text, x.start()) == ",":
            return True  # (opening its clause: "in Kelmar said" is a place's source)
    return False


def _old_name_of_big_city(gz, key: str) -> bool:
    """Whether key names a city of METROPOLIS_POP+ only under another name ("Sam" for Damascus) and
    no country, province or big city under its own: before a capitalised surname, a first name."""
    rows = [gz.row(i) for i, fl in gz.ids(key, True) if fl != "@"]
    return any(r[1] == "town" and int(r[10]) >= METROPOLIS_POP and name_key(r[0]) != key for r in rows) \
        and not any(r[1] in ("country", "admin1", "region") or (int(r[10]) >= METROPOLIS_POP and name_key(r[0]) == key)
                    for r in rows)


_COMMA_NAME = re.compile(r",[ \t]*([A-Z][A-Za-z]+(?:[ \t]+[A-Za-z]+){0,4})")
# " of <country>", " in <country>" after a unit's type word ("the North East Region of Ghana")
_OF_NAME = re.compile(r"[ \t]+(?:of|in)[ \t]+([A-Z][A-Za-z]+(?:[ \t]+[A-Za-z]+){0,3})")


def _names_after(text: str, end: int, lead: re.Pattern[str] = _COMMA_NAME) -> Iterator[tuple[str, int]]:
    """The names that ", <words>" (or another lead's words: _OF_NAME) right after end may be (its
    first words, longest first), each with where it ends."""
    m = lead.match(text, end)
    if m is None:
        return
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        yield name, m.start(1) + len(name)


def _country_after(text: str, end: int, gz, lead: re.Pattern[str] = _COMMA_NAME) -> tuple[str, int] | None:
    """The country named right after the name, as ", <country>" (or as lead has it: _OF_NAME): its
    code and where it ends."""
    for name, name_end in _names_after(text, end, lead):
        for i, _ in gz.ids(name_key(name)):
            if gz.row(i)[1] == "country":
                return gz.row(i)[2], name_end
    return None


def _before_its_country(text: str, end: int, gz, ids) -> bool:
    """Whether ", <country>" follows the name and a province or town of that name lies in that
    country ("attacked Lurano, Meta, Colombia"): a name that is also an English word is then
    a place."""
    after = _country_after(text, end, gz)
    return after is not None and any(gz.row(i)[1] in ("admin1", "admin2", "town") and gz.row(i)[2] == after[0]
                                     for i in ids)


_ADDRESS_END = re.compile(r"\s*(?:[.;:)\n]|$)")
_NAME_COMMA_BEFORE = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*,\s*$")


def _names_before(text: str, start: int) -> Iterator[str]:
    """The names that "<words>, " right before start may be (its last words, longest first)."""
    if not text[max(0, start - 60):start].rstrip().endswith(","):
        return  # (no comma right before: the pattern, tried at each of 60 places, cannot match)
    m = _NAME_COMMA_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return
    words = m.group(1).split()
    for n in range(len(words)):
        yield " ".join(words[n:])


def _country_before(text: str, start: int, gz) -> bool:
    """Whether a country's name and a comma come right before start ("Chad, Niger")."""
    return any(gz.row(i)[1] == "country" for name in _names_before(text, start) for i, _ in gz.ids(name_key(name)))


_ADDRESS_PART_BEFORE = re.compile(r"[A-Z][\w'’-]*,[ \t]*[A-Z][\w'’-]*(?:[ \t-]+[A-Z][\w'’-]*)?,[ \t]*$")


def _province_of_town_before(text: str, start: int, gz, ids, near: bool = False) -> list[tuple[int, str]] | None:
    """The rows of the provinces among ids in which the place named right before the name (", ") lies:
    "Atlanta, Georgia", "Minna, Niger" (not "Tbilisi, Georgia", nor "Russia, Georgia"). near: ids are
    near spellings of the name ("Tarvo, Kelmo" of a province Kelmu), uncoded and Iraq's or Syria's
    too, and the place may be any near spelling of one of the province's localities."""
    def unit(r: list[str]) -> tuple[str, str]:
        return r[3], r[6] or r[5]
    provinces = {unit(r): (i, f) for i, f in ids if (r := gz.row(i))[1] == "admin1"
                 and (near or (r[6] and r[2] not in DEEP_ISO2))}
    if not provinces:
        return None
    names = [name for name in _names_before(text, start) if name[:1].isupper()]
    before = _places_before(gz, names)
    if before is None:
        return None
    inside = {unit(r): provinces[unit(r)] for r in before if unit(r) in provinces}
    if not inside and near:
        localities = get_localities()
        for name in names:
            inside = {p: x for p, x in provinces.items() if localities.seat(name, p[0], p[1], district=False, direct=True)}
            if inside:
                break
    return list(inside.values()) or None


def _places_before(gz, names: Iterable[str]) -> list[list[str]] | None:
    """The rows of the towns, villages and districts that the names before a comma (_names_before)
    may be, in order; None where one of the names is a country's or a region's ("Russia, Georgia":
    a list of countries, "Tbilisi, Georgia": the country)."""
    found = []
    for name in names:
        rows = [gz.row(i) for i, _ in gz.ids(name_key(name))]
        if any(r[1] in ("country", "region") for r in rows):
            return None
        found.extend(r for r in rows if r[1] in ("town", "village", "admin2"))
    return found


def _province_before_its_country(text: str, end: int, gz, ids, start: int | None = None) -> list[tuple[int, str]] | None:
    """The rows of a province of this name in the country named right after it, if any. With the
    name's start (a country's name: "in Kauri, Niger, Nigeria." is the province of that name in the
    second), only where that country ends the address and no country comes right before the name
    (not in a list of countries, "Chad, Niger, Nigeria.")."""
    after = _country_after(text, end, gz)
    if after is None or (start is not None and (not _ADDRESS_END.match(text, after[1]) or _country_before(text, start, gz))):
        return None
    inside = [x for x in ids if gz.row(x[0])[1] == "admin1" and gz.row(x[0])[2] == after[0]]
    return inside or None


def _province_of_country_after(text: str, start: int, end: int, gz, ids) -> list[tuple[int, str]] | None:
    """The row of the province of the country named right after a province's name (", <country>")
    where none of the name's own rows lies in that country: the country is the strongest context."""
    after = _country_after(text, end, gz)
    if after is None or not any(gz.row(i)[1] == "admin1" for i, _ in ids) or any(gz.row(i)[2] == after[0] for i, _ in ids):
        return None
    iso3 = next((gz.row(i)[3] for i, _ in gz.ids(name_key(text[end + 1 : after[1]].strip()))
                 if gz.row(i)[1] == "country" and gz.row(i)[2] == after[0]), None)
    code = gz.admin1_code_near(text[start:end], iso3) if iso3 else None
    row = gz.admin1_row(code) if code else None
    return [(row, "")] if row is not None else None


# a unit written after its name, first-level or below ("Kelm District, Ostria")
_ADMIN_TYPES = rf"(?:{_ADMIN1_NAME_WORDS}|{ADMIN2_WORDS})"
_ADMIN_TYPE_END = re.compile(rf"(?i)\b{_ADMIN_TYPES}$")
_ADMIN_TYPE_NEXT = re.compile(rf"(?i)[ \t]+{_ADMIN_TYPES}\b")


def _unit_of_another_country(text: str, end: int, gz, ids) -> bool:
    """Whether a name that ends in, or comes right before, an admin unit's type word ("Western
    Province") is told right before a country (", <country>") where none of its rows lies: the
    text places that unit in the country, whose gazetteer lacks it, so a namesake abroad (a
    province, or a town of the bare name) would be the wrong country."""
    if not _ADMIN_TYPE_END.search(text, max(0, end - 12), end):
        m = _ADMIN_TYPE_NEXT.match(text, end)
        if m is None:
            return False
        end = m.end()
    after = _country_after(text, end, gz) or _country_after(text, end, gz, _OF_NAME)
    return after is not None and not any(gz.row(i)[2] == after[0] for i, _ in ids)




# a list goes on after the country: "Saipan, Guam, Alaska", "Lyon, Spain and Italy"
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|\band\b|\bor\b|&|/)[ \t]*[A-Z]")


def _other_province_after(text: str, end: int, gz, ids) -> bool:
    """Whether a province of the country of the name's province rows, another than theirs, is written right
    after it as the end of an address (", <province>" and no list going on): "near Tarvo, Kelm" names a
    town of Kelm, not a near spelling of another province ("Tarvo" is no "Tarvu" province)."""
    rows = [gz.row(i) for i in ids]
    own = {r[6] for r in rows if r[1] == "admin1"}
    ccs = {r[2] for r in rows if r[1] == "admin1"}
    if not own:
        return False
    for name, name_end in _names_after(text, end):
        for i, _ in gz.ids(name_key(name)):
            r = gz.row(i)
            if r[1] == "admin1" and r[2] in ccs and r[6] not in own and name_key(r[0]) == name_key(name):
                return not _LIST_GOES_ON.match(text, name_end)
    return False


def _provinces_after(text: str, end: int, gz, ids) -> frozenset[str]:
    """The codes of the provinces of the name's rows whose own name is written right after it
    (", <province>": "Albany, Georgia" names the Albany of the US state, whatever else Georgia is)."""
    codes = {gz.row(i)[6] for i in ids if gz.row(i)[6]}
    return frozenset(gz.row(i)[6] for name, _ in _names_after(text, end) for i, _ in gz.ids(name_key(name))
                     if gz.row(i)[1] == "admin1" and gz.row(i)[6] in codes)


def _address_country(text: str, end: int, gz, ids) -> tuple[str | None, list[tuple[int, str]] | None]:
    """What the country named right after a name (", <country>", the end of an address, not an
    item of a list) says of the name's rows: (the country, where none of them lies in it: the text
    places the name there, where the gazetteer lacks it; the rows in it, where it has rows elsewhere
    too). Neither where the name is itself a country or region, nor (the first) where the country's
    name is also a province's in a country of the name's rows: "Atlanta, Georgia"."""
    rows = [gz.row(i) for i, _ in ids]
    if text[end:end + 1] != "," or any(r[1] in ("country", "region") for r in rows):
        return None, None
    after = _country_after(text, end, gz)
    if after is not None and _LIST_GOES_ON.match(text, after[1]):
        return None, None
    if after is not None and (inside := [x for x, r in zip(ids, rows, strict=True) if r[2] == after[0]]):
        return None, inside if len(inside) < len(ids) else None
    if any(not r[2] for r in rows):
        return None, None
    province = None
    if after is None:
        # "in Kandu, Lower Reach, Ostria": the address's country after the province between
        province = _COMMA_NAME.match(text, end)
        after = _country_after(text, province.end(1), gz) if province is not None else None
        if after is not None and any(gz.row(i)[1] == "country" for i, _ in gz.ids(name_key(province.group(1)))):
            return None, None  # (a list of countries, not a province)
    if after is None or any(r[2] == after[0] for r in rows) or _LIST_GOES_ON.match(text, after[1]):
        return None, None
    name = text[end + 1:after[1]].strip() if province is None else province.group(1)
    own = {r[2] for r in rows}
    if any(gz.row(i)[1] == "admin1" and gz.row(i)[2] in own for i, _ in gz.ids(name_key(name))):
        return None, None
    return after[0], None


# the words that begin an armed group's Arabic name (brigade, companies, battalions, league,
# mobilisation, army, movement, division, regiment): a place at the end of such a name is the
# group's, not where it acts
ARABIC_ORG_WORDS = {token_key(w) for w in (
    "Liwa Saraya Kataib Kata'ib Asaib Asa'ib Hashd Jaish Harakat Firqat Fawj").split()}


def _arabic_org_name(w: _Words, j: int) -> bool:
    """Whether the run of capitalised words that ends at token j begins with (or holds) one of
    ARABIC_ORG_WORDS, within four words."""
    for _ in range(4):
        if j < 0 or not (w.cap[j] or j in w.article):
            return False
        if w.key[j] in ARABIC_ORG_WORDS:
            return True
        j -= 1
    return False


# what follows a country adjective used as a noun, for its people or its language
# ("English will remain", "lessons taught in English in schools")
_NOUN_USE = re.compile(r"[ \t]*(?:[,.;:!?)—]|(?:are|were|is|was|who|have|has|had|say|said|says|"
                       r"speak|speaks|spoke|will|would|can|could|should|must|might|remains?|"
                       r"provides?|in|as|than)\b)")
_LOWER_WORD = re.compile(r"[ -]([a-z]+)\b")  # (hyphenated too: "Kelmish-led", "Kelmish-born")
# "in Somali", "entered Somali": a preposition or verb of place before the name makes it the place
_PLACE_PREP = re.compile(r"\b(?:in|near|at|from|to|into|across|entered|reached|outside)\s+$", re.IGNORECASE)


def _attributive(text: str, end: int) -> bool:
    """A lower-case word that is no place-type word follows the name ("Somali army", not
    "Somali region")."""
    m = _LOWER_WORD.match(text, end)
    return m is not None and m.group(1) not in TYPE_AFTER and m.group(1) not in CONNECTORS


_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|t)$")
_DOTTED = re.compile(r"^[A-Z](?:\.[A-Z])+$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*[A-Z]|\(|[-–—])")
# after a short dateline: a dash or a news agency's bracket; ", <name>" is checked in the gazetteer
_SHORT_DATELINE_AFTER = re.compile(r"[ \t]*(?:[-–—]|\((?:AP|AFP|Reuters|UPI|dpa|Xinhua)\))")
# (a short dateline's town needs TOWN_POP people, or be a capital: "NATO -" is no Philippine village)
# short words in capitals before a dash that are organisations, agencies or desk labels, never
# datelines, even where the gazetteer has a town of that name
DATELINE_ACRONYMS = {"nato", "opec", "fifa", "uefa", "nasa", "ap", "afp", "upi", "bbc", "cnn", "us",
                     "uk", "eu", "un", "usa", "uae", "isis", "isil", "fbi", "cia", "imf", "who",
                     "live", "news", "watch", "update", "video", "photo", "faq"}


def _short_dateline_after(text: str, end: int, gz) -> bool:
    """Whether what follows a name in capitals closes a short dateline: a dash, an agency's
    bracket, or ", <country or state>" (a state also as its abbreviation: "Okla.")."""
    if _SHORT_DATELINE_AFTER.match(text, end):
        return True
    for name, name_end in _names_after(text, end):
        if name + text[name_end:name_end + 1] in STATE_ABBREVIATIONS:
            return True
        if any(gz.row(i)[1] in ("country", "admin1") for i, _ in gz.ids(name_key(name))):
            return True
    return False
# an adjective that begins a facility's name after its town ("Grand Mosque", "Central Prison"; not
# "General Hospital": news counts "X General Hospital" as one name)
# a capitalised name of up to three words after a place that ends in a force's head noun
# ("Kelm Garrison Command", "Kelm Joint Task Force"): a unit named after its base, no place of its own
_FORCE_AFTER = re.compile(r"^[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}"
                          r"(?:Command|Army|Forces?|Brigade|Division|Regiment|Battalion|Corps|Police)\b")
_FACILITY_TWO = re.compile(r"^[ \t]+(?:Grand|Central)[ \t]+([A-Za-z]+)")
_WORD_AFTER = re.compile(r"^[ \t]+((?:mountain\s+range|border\s+crossing)|[A-Za-z]+)")
# (the articles that are also English words, "as", "at", "an", "ad", go on a name only
# hyphenated or assimilated to the next word's first letter, "as-Sultan", "as Sultan", "at
# Tall": "in Kelm as Ostrian forces advance" ends at Kelm)
_ARTICLE_AFTER = re.compile(
    r"^[ \t-]+(?:(?:[Aa]l|[Ee]l|adh|ash|ath|ar|az|ul|ud|ed|es)[ -][A-Z]|(?:ad|as|at|an)-[A-Z]"
    r"|a(?:d D|s S|t T|n N))")
_ROMANCE_NAME_GOES_ON = re.compile(r"^[ \t]+(?:del|de(?:[ \t]+(?:la|las|los))?|do|da|dos|das)[ \t]+[A-Z]")
_SHARED_TYPE = re.compile(r"[ \t]+and[ \t]+(?:[A-Z][\w'’-]*[ \t-]+){1,3}(districts|provinces|governorates)\b")
_A_BEFORE = re.compile(r"(?i)\ban?\s+$")
_STREET_AFTER = re.compile(r"[ \t]+(?:[Ss]treet|[Aa]venue|[Bb]oulevard)\b")
_COCKTAIL = re.compile(r"^[ \t]+cocktails?\b")
_SPACES = re.compile(r"\s+")
_THE_END = re.compile(r"(?i)\bthe\s+$")
# (case-sensitive: ORG_OF and STATE_OF_AND need one of these words in the window)
_ORG_WORDS = ("State", "Army", "Front", "Emirate", "Caliphate", "Party", "Council", "Bank",
              "University", "Ministry", "Republic", "Kingdom", "Government")
ORG_OF = re.compile("(?:" + "|".join(_ORG_WORDS) + r")\s+(?:of|in|for)\s+(?:the\s+)?$")
STATE_OF_AND = re.compile(r"State\s+(?:of|in)\s+[A-Z][\w-]*\s+and\s+(?:the\s+)?$")
ISLAMIC_STATE_OF = re.compile(r"(?:Islamic|Caliphate)\s+State\s+(?:of|in)\s+")
ARMY_OF = re.compile(r"(?:Army|Front|Party|Ministry)\s+(?:of|in|for)\s+(?:the\s+)?$")
# the most white-space separated chunks a match of each end-anchored pattern spans, counted on
# the pattern ("town of the northern " for STRONG_PREP; checked in tests/test_places.py)
END_CHUNKS = {TYPE_BEFORE: 3, PREP_BEFORE: 3, STRONG_PREP: 4, REL_DIR: 7, REL_NEAR: 7,
              REL_ADJ: 2, ORG_OF: 3, STATE_OF_AND: 5, ARMY_OF: 3}
_PREP_CHUNKS = max(END_CHUNKS[TYPE_BEFORE], END_CHUNKS[PREP_BEFORE], END_CHUNKS[STRONG_PREP])
_PREP_ANY_LAST = TYPE_BEFORE_LAST | PREP_BEFORE_LAST | STRONG_PREP_LAST


Entries = tuple[tuple[tuple[int, str], ...], bool, bool, tuple[int, ...]]


def _entries(ids: tuple[tuple[int, str], ...]) -> Entries | None:
    """A name's gazetteer entries as a candidate takes them: (row, flag) pairs (adjective
    entries dropped unless all are), whether all are adjectives, whether all are common
    words, and the sorted rows; None for none."""
    if not ids:
        return None
    adj = all(fl == "@" for _, fl in ids)
    if not adj:
        ids = tuple(x for x in ids if x[1] != "@")
    common = all(fl == "*" for _, fl in ids)
    return ids, adj, common, tuple(sorted({i for i, _ in ids}))


def _is_country(gz, key: str) -> bool:
    return any(gz.row(i)[1] == "country" for i, _ in gz.ids(key))


def _fuzzy_ids(gz, key: str, sk: str) -> list[tuple[int, str]]:
    """Gazetteer rows whose key is a near spelling of key (same consonant skeleton)."""
    cache = gz._fuzzy
    found = cache.get((key, sk))
    if found is None:
        if len(cache) >= 50_000:
            cache.clear()
        found = cache[(key, sk)] = tuple(_fuzzy_ids_uncached(gz, key, sk))
    return list(found)


def _fuzzy_ids_uncached(gz, key: str, sk: str) -> list[tuple[int, str]]:
    # Iraq's and Syria's near spellings first: the other Arab countries' only where those have none
    return (_near_spellings(key, sk, gz.skeleton_items(sk))
            or _near_spellings(key, sk, gz.skeleton_items(sk, more=True)))


def _near_spellings(key: str, sk: str, items: Iterable[tuple[int, str]], form=lambda k: k) -> list[tuple[int, str]]:
    """(row, "") of the items (row, key) of skeleton sk whose key is a near spelling of key, each
    compared in form; two consonants say little: only a spelling nearer still ("Diwniya", not
    "Naimiya" for Numaniya)."""
    least = SHORT_SPELLING_RATIO if len(sk.replace(" ", "")) < 3 else NEAR_SPELLING_RATIO
    return _closest(form(key), (((i, ""), form(k)) for i, k in items if abs(len(k) - len(key)) <= 2), least)


def _province_of_namesake_town(gz, ids, key: str) -> list[tuple[int, str]]:
    """The provinces named after a town among ids: its own province, where that province's name is
    a near spelling of the town's ("Mykolayiv" of Mykolaiv oblast) or of the text's (key: "Nabatieh"
    of Nabatiye, whose town is Nabatiye et Tahta), or where the town is the province's biggest and
    its name another spelling of the province's or the first part of it (_exonym_of: "Timbuktu
    region" of Tombouctou, "Dnipro region" of Dnipropetrovsk; not "Baiji region", named after no
    province, which stays the town's area)."""
    out = []
    for i, _ in ids:
        r = gz.row(i)
        row = gz.admin1_row(r[6]) if r[1] == "town" and r[6] else None
        if row is None or (row, "") in out:
            continue
        core = _province_core(gz.row(row)[0])
        if _closest(name_key(r[0]), [(row, core)]) or _closest(key, [(row, core)]) \
                or (_exonym_of(name_key(r[0]), core) and gz.biggest_town(r[2], r[6]) == i):
            out.append((row, ""))
    return out


def _province_around_city(gz, ids, key: str) -> tuple[tuple[int, str], ...] | None:
    """ids with each city's own first-level unit replaced by the province of the city's name around
    it, where the country has one (_provinces_around): the unit a town of the name (among ids) lies
    in (Kyiv City, Almaty); where ids hold the city but not its unit (Tashkent, of Toshkent Shahri),
    the province is added beside it. None where nothing changes."""
    out: list[tuple[int, str]] = []
    changed = False
    units = {gz.row(i)[6] for i, _ in ids if gz.row(i)[1] == "admin1"}
    for x in ids:
        r = gz.row(x[0])
        code = r[6]
        if r[1] == "admin1" and code and any(gz.row(i)[1] == "town" and gz.row(i)[6] == code for i, _ in ids):
            around = _provinces_around(gz, r[3], code, key)
            if around:
                changed = True
                out.extend((i, x[1]) for i in around if (i, x[1]) not in out)
                continue
        elif r[1] == "town" and code and code not in units and gz.biggest_town(r[2], code) == x[0]:
            around = _provinces_around(gz, r[3], code, key)
            if around:
                changed = True
                out.extend((i, x[1]) for i in around if (i, x[1]) not in out)
        if x not in out:
            out.append(x)
    return tuple(out) if changed else None


def _provinces_around(gz, iso3: str, code: str, key: str) -> list[int]:
    """The rows of the country's other first-level units (with an ISO code) named like the city of
    name key whose own unit has this code (_spelling_of_city: Kiev of Kyiv City, Toshkent of
    Toshkent Shahri, Almaty Oblysy of Almaty; or _adjective_of_city, for a unit that rings the city:
    Moskovskaya of Moscow), and whose biggest town has not that name."""
    own = gz.admin1_row(code)
    rows = [i for c, core in gz._province_cores(iso3) if c and c != code and (i := gz.admin1_row(c)) is not None
            and (_spelling_of_city(key, core) or (_adjective_of_city(key, core) and _rings(gz, i, own)))]
    return [i for i in rows if not _namesake_town_inside(gz, i, key)]


RING_KM = 25.0  # the farthest a unit's point (the mean of its towns') lies from the city's it rings


def _adjective_of_city(key: str, core: str) -> bool:
    """Whether a unit's name (core) begins with the consonants of the city's name key, three or more,
    read with c as k, as a name made an adjective does in the country's own language and spelling
    ("moskovskaya" of "moscow", by way of "moskva")."""
    city = skeleton(key.replace("c", "k"))
    return len(city) >= 3 and " " not in city and skeleton(core.replace("c", "k")).startswith(city)


def _rings(gz, row: int, own: int | None) -> bool:
    """Whether the unit in this row lies around the city's own unit (row own), a city's of
    PROVINCE_TOWN_POP+ people (no village's): its point, the mean of its towns', within RING_KM of
    the city unit's."""
    if own is None:
        return False
    r, c = gz.row(row), gz.row(own)
    return bool(r[8] and c[8]) and int(c[10] or 0) >= PROVINCE_TOWN_POP and haversine_km(float(r[8]), float(r[9]), float(c[8]), float(c[9])) <= RING_KM


def _spelling_of_city(key: str, core: str) -> bool:
    """Whether a unit's name (core: _province_core) is the city's name key with more words after it
    ("almaty oblysy") or another spelling of it with the same consonants ("kiev" of "kyiv"; never
    "zabul" of "kabul")."""
    return (len(key) >= 4 and core.startswith(key)) \
        or (skeleton(key) == skeleton(core) and _exonym_of(key, core))


def _namesake_town_inside(gz, row: int, key: str) -> bool:
    """Whether the biggest town of the first-level unit in this row has the name key (or a near
    spelling of it): a city's own unit, not the province around it."""
    r = gz.row(row)
    town = gz.biggest_town(r[2], r[6])
    return town is not None and bool(_closest(key, [(town, name_key(gz.row(town)[0]))]))


def _province_near_ids(gz, key: str, sk: str) -> list[tuple[int, str]]:
    """The first-level units whose name is a near spelling of key (the same consonant skeleton in
    _province_form; two consonants need a nearer spelling: _near_spellings)."""
    return _near_spellings(key, sk, gz.province_items(sk), _province_form)


T = TypeVar("T")
NEAR_SPELLING_RATIO = 0.8  # the likeness of two spellings of one name (loosened keys)
SHORT_SPELLING_RATIO = 0.9  # the same where the skeleton has only two consonants


def _closest(key: str, candidates: Iterable[tuple[T, str]], least: float = NEAR_SPELLING_RATIO) -> list[T]:
    """The candidates whose key is the nearest spelling of key (ties all kept), or none if even
    the nearest is not near enough: one measure for every near-spelling lookup."""
    best: list[T] = []
    best_r = 0.0
    lkey = _loose(key)
    for item, other in candidates:
        r = difflib.SequenceMatcher(None, _loose(other), lkey).ratio()
        if r > best_r + 1e-9:
            best, best_r = [item], r
        elif abs(r - best_r) <= 1e-9 and item not in best:
            best.append(item)
    return best if best_r >= least else []


_LOOSE = [(re.compile(r"e"), "a"), (re.compile(r"o"), "u"),
          (re.compile(r"kh|q"), "k"), (re.compile(r"p"), "b"), (re.compile(r"(?<=[aiu])h\b"), ""),
          (re.compile(r"(.)\1+"), r"\1")]


def _loose(key: str) -> str:
    """A key with the vowel and consonant spellings that transliterations swap merged
    (e/a, o/u, kh/q/k, p/b, a final h): "qara tepe" and "qarah tabah" -> "kara taba"."""
    for rx, sub in _LOOSE:
        key = rx.sub(sub, key)
    return key


_RELATIONS = ((REL_DIST, REL_DIST_LAST), (REL_DIR, REL_DIR_LAST), (REL_NEAR, REL_NEAR_LAST),
              (REL_ADJ, REL_ADJ_LAST))


def _relation(text: str, c) -> str | None:
    before = text[max(0, c.start - 90):c.start]
    last = _last_word(before) if before[-1:].isspace() else ""
    for rx, allowed in _RELATIONS if last is None or last in REL_LAST else ():
        if last is not None and last not in allowed:
            continue
        if rx is REL_DIST:
            m = REL_DIST.search(before) if _may_measure(before) else None
        else:
            m = _search_end(rx, before)
        if m:
            rel = _STRIP_REL.sub("", _SPACES.sub(" ", m.group(1))).strip()
            if rel and rel.lower() not in ("around", "south", "north", "east", "west"):
                return rel
            if rel:
                return rel
    m = ROAD_AFTER.match(text[c.end:c.end + 60])
    if m:
        return text[c.start:c.end + m.end()].strip()
    m2 = _HYPHEN_BEFORE.search(text[max(0, c.start - 40):c.start]) \
        if "-" in text[max(0, c.start - 2):c.start] else None
    if m2:
        m3 = ROAD_AFTER.match(text[c.end:c.end + 30])
        if m3:
            return (m2.group(1) + text[c.start:c.end + m3.end()]).strip()
    return None


_HYPHEN_BEFORE = re.compile(r"([A-Z][\w'’-]+-)$")
_PLACE_NOUN = r"(?:(?:the\s+)?(?:(?:town|city|village|province|governorate|district)s?\s+of\s+)?)"
# the ends of a road or border: lose to a place of the same kind, not to a bigger one
# ("between Velmora and Tarvik in Kelm province" is still at Velmora)
ENDPOINT_BEFORE = re.compile(
    # "in the forest bordering Kelm", "on the border with Kelm": the neighbour across the line
    r"(?i)(?:\b(?:between|linking|connecting|links?|connects?|bordering|border\s+with)\s+" + _PLACE_NOUN +
    r"|\b(?:between|linking|connecting|links?|connects?)\b(?:[^.;:()]|\([^.;:()]{1,30}\)){1,50}\b(?:and|with|to)\s+"
    + _PLACE_NOUN + r")$")
# elsewhere: a destination or origin, what a protest is about
ELSEWHERE_BEFORE = re.compile(
    r"(?i)(?:\b(?:fled|flee(?:ing)?|escaped|transferred|transported|evacuated|deported|returned|"
    r"returning|(?:on\s+(?:their|his|her|its|the)\s+way))\s+(?:back\s+)?(?:to|towards?|into)\s+"
    + _PLACE_NOUN +
    r"|\b(?:fled|flee(?:ing)?|escaped|displaced|came|coming|arrived|arriving|returned|returning|"
    r"travell?ed|deported|expelled|withdrew|withdrawn|transferred)\s+(?:\w+\s+){0,3}?from\s+"
    + _PLACE_NOUN +
    r"|\b(?:solidarity\s+with|in\s+support\s+of|demands\s+of|mourn\w*|commemorat\w*|condemn\w*|denounc\w*|"
    r"in\s+protest\s+(?:at|against|over)|against\s+the\s+killing)\b[^.;:]{0,60}\s"
    # an office's seat ("the IS 'wali of Kelm'", "the governor of Kelm"): where the holder rules
    r"|\b(?:wali|emir|amir|governor|mayor|qaimaqam)\s+of\s+(?:the\s+)?)$")
_HYPHEN_END = re.compile(r"[A-Z][\w'’]*\s?-\s?$")


# every pattern above needs one of these (lower-case) stems: a cheap test before the regexes
_SECONDARY_STEMS = ("betwe", "link", "connect", "border", "fle", "escap", "transfer", "transport",
                    "evacuat", "deport", "return", " way", "displac", "came", "coming", "arriv",
                    "travel", "expel", "withdr", "solidarity", "mourn", "commemorat", "condemn",
                    "denounc", "protest", "killing", "wali", "emir", "amir", "governor", "mayor",
                    "qaimaqam", "support", "demands")


# finer: the stems that each of the two patterns needs (for ASCII text, where case-insensitive
# matching is lower-casing; "way" for "on their way", whatever white space comes before it)
_ENDPOINT_STEMS = ("betwe", "link", "connect", "border")
_ELSEWHERE_STEMS = ("fle", "escap", "transfer", "transport", "evacuat", "deport", "return", "way",
                    "displac", "came", "coming", "arriv", "travel", "expel", "withdr",
                    "solidarity", "mourn", "commemorat", "condemn", "denounc", "killing",
                    "wali", "emir", "amir", "governor", "mayor", "qaimaqam", "support", "demands")
_IN_PROTEST = re.compile(r"in\s+protest\s+(?:at|against|over)")  # ELSEWHERE_BEFORE's "protest"
# where a speaker spoke from, not where the event was: "said in a statement from Kelm", "told
# reporters in Kelm", "a statement issued in Kelm"
SPEAKER_BEFORE = re.compile(
    r"(?i)(?:\bstatements?\s+(?:\w+\s+){0,2}?(?:issued|released|sent|posted|published)\s+(?:in|from)"
    r"|\bstatements?\s+from|\btold\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference)\s+in"
    r"|\b(?:news|press)\s+conference\s+in|\bspeaking\s+(?:to\s+(?:reporters|journalists)\s+)?in)\s+(?:the\s+)?$")
_SPEAKER_STEMS = ("statement", "told", "conference", "speaking")
# both kinds of stems as one pattern, whose prefilter finds them in the article's lower case once,
# in the pass that finds every pattern's strings: a window without one is told by a look-up, not
# by 38 scans of it per place mentioned
_SECONDARY_WORDS = FoldedPattern(re.compile(
    "|".join(map(re.escape, _SECONDARY_STEMS + _SPEAKER_STEMS)), re.IGNORECASE))


def _secondary(text: str, start: int) -> str | None:
    """"speaker" where the words before the place say a statement came from it (SPEAKER_BEFORE),
    "elsewhere" or "endpoint" where they make it a destination, an origin or an end of a road or
    border (ELSEWHERE_BEFORE, ENDPOINT_BEFORE); else None."""
    if not _SECONDARY_WORDS.may_match(text, max(0, start - 90), start):
        return None  # (text an article: its index of the stems says none lies in the window)
    before = text[max(0, start - 90):start]
    low = before.lower()
    if any(map(low.__contains__, _SPEAKER_STEMS)) and SPEAKER_BEFORE.search(before):
        return "speaker"
    if not any(map(low.__contains__, _SECONDARY_STEMS)):  # (exact where the text has no fold)
        return None
    if before.isascii():
        elsewhere = any(map(low.__contains__, _ELSEWHERE_STEMS)) or bool(_IN_PROTEST.search(low))
        endpoint = any(map(low.__contains__, _ENDPOINT_STEMS))
        if not (elsewhere or endpoint):
            return None
    else:
        elsewhere = endpoint = True
    m = _HYPHEN_END.search(before)
    if m:  # "linking Diwaniya-Baghdad": the second end as the first
        before = before[:m.start()]
    if not before[-1:].isspace():
        return None
    if elsewhere and ELSEWHERE_BEFORE.search(before):
        return "elsewhere"
    if endpoint and ENDPOINT_BEFORE.search(before):
        return "endpoint"
    return None


def _precision(feature: str, relation: str | None) -> int:
    if feature in ("admin1", "region", "country"):
        return 3
    if feature in ("town", "village", "crossing"):
        return 2 if relation else 1
    return 2


_ANCHOR_GAP = re.compile(
    # "X (Kurdish name) area of Y", "X (Y2) region of Y": an aside in brackets first
    r"(?i)^\s*\)?\s*(?:\([^()]{1,40}\)\s*)?(?:(?:villages?|areas?|district|sub-?district|region|neighbou?rhood|quarter|city|town|"
    r"camp|valley|basin|mountains?|oilfield|square|port|airport|base|airbase|bridge|dam|refinery|complex|"
    r"junction|checkpoint|crossing|prison|hospital)\s*)?,?\s*(?:\(\s*|(?:(?:in|of|near|at|by|"
    r"close\s+to|outside|(?:on\s+)?the\s+outskirts\s+of|outskirts\s+of)\s+(?:(?:the\s+)?(?:far\s+)?"
    + DIRECTION + r"(?:ern)?\s+)?)|(?:(?:about\s+|some\s+)?"
    r"\d+\s*(?:km|kms|kilometers?|kilometres?|miles?)\s+)?(?:to\s+the\s+)?(?:just\s+)?"
    + DIRECTION + r"(?:ern)?\s+(?:of\s+)?)?(?:the\s+)?(?:(?:town|city|village|district|province)"
    r"\s+of\s+)?$")


_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*['’]s[ \t]+$")
_ALT_NAME_OPEN = re.compile(r"[A-Z][\w'’-]+[ \t]?\($")
# (the quarter's name may go on past the town's after a hyphen: "the Kelmar-Vosse neighbourhood")
_QUARTER_AFTER = re.compile(r"(?:-[A-Z][\w'’]*)*\s*(?:\([^()]{1,30}\)\s*)?(?i:neighbou?rhood)\b")
_QUARTER_GAP = re.compile(r"(?i)\s+(?:neighbou?rhood|quarter)\b")
_OWNER_GAP = re.compile(
    r"(?i)^['’]s\s+(?:(?:far\s+)?" + DIRECTION + r"(?:ern)?\s+)?(?:(?:town|city|village|district|"
    r"province|area|region)\s+of\s+)?$")


def _is_owner(text: str, a: _Cand, b: _Cand) -> bool:
    """a owns b, the place it locates: "Kirkuk's Daquq district", "Iraq's northern city of
    Erbil", "Amedi's Shiladiza sub-district"."""
    return a.role is None and b.role in (None, "facility") and b.place.feature != "country" \
        and text[a.end:a.end + 1] in ("'", "’") and bool(_OWNER_GAP.match(text[a.end:b.start]))


_LIST_COMMA = re.compile(r"\s*,\s*$")


def _in_list(text: str, chosen: list, k: int) -> bool:
    """chosen[k] is an item of a list ("from Baghdad, Missan, Najaf and Kut"), not the container
    of the name before it: a comma before and after it, and the name after no bigger (an address
    goes up: "Tarvo, Belin, Kelm, Ostria")."""
    if k + 1 >= len(chosen) or not _LIST_COMMA.match(text[chosen[k - 1].end:chosen[k].start]) \
            or not _LIST_COMMA.match(text[chosen[k].end:chosen[k + 1].start]):
        return False
    return FEATURE_RANK.get(chosen[k + 1].place.feature, 3) <= FEATURE_RANK.get(chosen[k].place.feature, 3)


def _is_anchor(text: str, a: _Cand, b: _Cand) -> bool:
    """b only locates the earlier, more specific a: the district, province or town in
    "X village in Y district", "X, east of Y", "X (Y)", "X near Y"."""
    # "the road between X and Y near Z": Z locates the road, not Y
    # (a province only measured from a town: "in Kelm province, north of Varo")
    if a.role not in (None, "facility") \
            or FEATURE_RANK.get(a.place.feature, 3) > (3 if _measures_from(b.relation) else 2) \
            or b.start - a.end > 70 \
            or (a.secondary and b.relation):
        return False
    return bool(_ANCHOR_GAP.match(text[a.end:b.start]))


def best_place(mentions: list[PlaceMention], start: int = 0,
               end: int | None = None) -> PlaceMention | None:
    """The most specific, most event-relevant mention within [start, end).

    Town/village before district before province before country; a place after "in", "at" or
    "near" before one that is not; mentions inside organisation names or adjectives never.
    A place that only anchors an earlier, more specific one ("Mandali district, east of
    Baqubah"; "Dibis district, Kirkuk") is not the event's place; and where the span names a
    province, a place resolved to another province gives way to one inside it (a village
    guessed wrongly is worse than the district or province the text states).
    """
    end = 1 << 62 if end is None else end
    pool = [m for m in mentions if m.start >= start and m.end <= end
            and m.role in (None, "facility")]
    if not pool:
        return None
    pool.sort(key=lambda m: m.start)
    anchors = {k for k in range(1, len(pool)) if pool[k].anchor}
    # an owner ("Kirkuk's" of "Kirkuk's Daquq district") ranks like an anchor while the place it
    # owns is in the span
    anchors.update(k for k in range(len(pool) - 1) if pool[k].owner)

    # "on the Kelm-Varo road in Tarsk district": a road's end gives way to the place the text
    # names after the road, which holds the stretch the event was on
    # (not the road's other end, inside the road's name: "the Kelm-Varo main road")
    roads = {k for k in range(len(pool)) if _on_road(pool[k].relation) and any(
        c.start > pool[k].start + len(pool[k].relation or "") and not _on_road(c.relation) and not c.secondary
        and c.place.feature != "country" for c in pool)}

    # "KYIV — ... shelled a bus stop in Kherson": the dateline opening the span is where the report was
    # filed; any other place the span names below its country is the event's
    datelines = {k for k in range(len(pool)) if _dateline(pool[k], start) and any(
        j != k and pool[j].place.feature not in ("country", "region") for j in range(len(pool)))}

    # "fired rockets from Kelm towards Varo": where they came from is no place of the event, where they went is
    aimed = any(m.cue in _AIMED_CUES for m in pool)

    def rank(k: int):
        m = pool[k]
        # ("struck the X border areas, including Y town": the place picked out of a wider one)
        cue = 0 if (m.cue in ("in", "at", "near", "including") or m.relation) else 1
        if aimed and m.cue == "from" and any(c.cue in _AIMED_CUES for c in pool[k + 1:]):
            cue = 2
        # a river or desert is no point: any other place the span names says more ("a bridge across the
        # Euphrates in X, Y province")
        # (a speaker's place is no event's at all: extract.event_place drops it before asking)
        return (k in anchors, m.secondary == "elsewhere" or k in datelines, k in roads,
                m.place.feature in ("river", "desert"),
                2 * FEATURE_RANK.get(m.place.feature, 3) + (m.secondary == "endpoint"), cue, m.start)

    k = k0 = min(range(len(pool)), key=rank)
    # "X village in Diyala province" with X resolved into another province: the guess for X is
    # wrong, the container the text states is right
    # ("X, north of Baghdad" or "X near Y" only measures from Y: no container; a district or a
    # town of 100,000+ in Y's country is no wrong guess, and stays)
    while (n := _container_after(pool, k)) is not None and pool[n].place.admin1_code and (
            pool[n].place.admin1_code != pool[k].place.admin1_code) \
            and not (_measures_from(pool[n].relation) and _known_place(pool[k].place) and not pool[k].fuzzy
                     and pool[k].place.iso3 == pool[n].place.iso3) \
            and not _town_beside_area(pool[k], pool[n]) \
            and not _names_own_district(pool[k], pool[n]):
        k = n
    m = pool[k]
    # the last town in the chain before its container ("X area of <Y village>, south of Kelm
    # province": Y, the guess nearest the province)
    first = next((pool[j] for j in range(k - 1, k0 - 1, -1)
                  if pool[j].place.feature in ("town", "village")), pool[k0])
    if m is not first and first.place.feature in ("town", "village") and (
            (m.place.feature == "admin1" and _km(first.place, m.place) <= BORDER_KM)
            or (m.place.feature == "town" and _measures_from(m.relation) and _km(first.place, m.place) <= NEAR_KM)):
        # the guess for X lies near the stated province (a border village the gazetteer puts over
        # the line), or near the town it is measured from ("X, southwest of Varo"): X's point, the
        # stated province or the town's
        # (its district too, when the province changes: the guess's own lies over the line)
        admin2 = first.place.admin2 if first.place.admin1_code == m.place.admin1_code else (
            m.place.admin2 if m.place.feature == "town" else None)
        m = dataclasses.replace(first, container=m, place=dataclasses.replace(
            first.place, admin1=m.place.admin1, admin1_code=m.place.admin1_code, admin2=admin2))

    def contradicted(j: int) -> bool:
        """pool[j]'s own container, right after it, is in another province."""
        return j + 1 < len(pool) and pool[j + 1].anchor and bool(pool[j + 1].place.admin1_code) \
            and pool[j + 1].place.admin1_code != pool[j].place.admin1_code

    if FEATURE_RANK.get(m.place.feature, 3) in (0, 2) and not _known_place(m.place) \
            and not _measures_from(m.relation) \
            and not any(c is not m and c.place.admin1_code == m.place.admin1_code and not contradicted(j)
                        for j, c in enumerate(pool)):
        # "in the X area of Y in Z province" with X guessed in another province (or country)
        # that nothing else in the span names: the well-known places stated after it, all in one
        # province, contain the event
        # (a locality, read only inside a province the text names, is as sure as the province:
        # one at the other end, where m is an end, too: "between X and Olm, Z province")
        held = [c for c in pool if c.start > m.start and c.place.admin1_code and c.cue not in _AWAY_CUES
                and not _measures_from(c.relation) and not _names_own_district(m, c)
                and ((not c.secondary and (c.place.feature in ("admin1", "admin2") or _known_place(c.place)))
                     or (c.place.source == "localities" and c.secondary in (None, m.secondary)
                         and c.secondary != "elsewhere"))]
        codes = {c.place.admin1_code for c in held}
        if len(codes) == 1:
            m = min(held, key=lambda c: (FEATURE_RANK.get(c.place.feature, 3), c.start))
    return m


def _container_after(pool: list[PlaceMention], k: int) -> int | None:
    """The index of the stated container of pool[k]: the anchor right after it ("X village in Y
    district"), or the unit a country anchor owns ("near X, in Ostria's Y district": Y, not Ostria)."""
    n = k + 1
    if n >= len(pool) or not pool[n].anchor:
        return None
    if pool[n].owner and pool[n].place.feature == "country" and n + 1 < len(pool) \
            and pool[n + 1].place.feature in ("admin1", "admin2") and pool[n + 1].place.iso3 == pool[n].place.iso3:
        return n + 1
    return n


def _dateline(m: PlaceMention, start: int) -> bool:
    """The dateline opening the span ("KYIV — ...")."""
    return m.dateline and m.start - start <= 2


BORDER_KM = 100.0  # a village this near a stated province's seat may lie in it, over the line
NEAR_KM = 60.0  # a village this near the town it is measured from ("X, south of Varo") is that X


def _town_beside_area(area: PlaceMention, town: PlaceMention) -> bool:
    """A town with a direction after a district or province only tells which way it lies ("in X
    district southeastern Varo", "in Kelm province, north of Varo"): a town holds neither."""
    return area.place.feature in ("admin1", "admin2") and town.place.feature == "town" \
        and bool(town.relation)


# "North Cotabato" for "Cotabato": a compass word the gazetteer's name of a unit adds
_COMPASS_LEAD = re.compile(r"(?:province of |(?:north|south|east|west|upper|lower) )+")


def _names_own_district(town: PlaceMention, after: PlaceMention) -> bool:
    """"in Isulan, Sultan Kudarat" with Isulan in the province of Sultan Kudarat: the words after the
    town name its own second-level unit, whatever town of that name the gazetteer knows elsewhere."""
    own = town.place.admin2
    if not own or after.place.feature != "town" or town.place.iso3 != after.place.iso3:
        return False
    return _COMPASS_LEAD.sub("", name_key(own)) == name_key(after.text)


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two places, in km."""
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


_AWAY_CUES = frozenset("to toward towards into from via through".split())
_AIMED_CUES = frozenset(("toward", "towards", "into"))
_ROAD_END = re.compile(r"(?i)\b(?:highway|road|motorway|expressway|route|railway)$")


def _on_road(relation: str | None) -> bool:
    """A relation that makes the mention an end of a named road ("Kelm-Varo road")."""
    return bool(relation) and _ROAD_END.search(relation) is not None


def _known_place(place: Place) -> bool:
    """A place the gazetteer is sure of: a district, or a town of CITY_POP people or more."""
    return place.feature == "admin2" or (place.feature == "town" and (place.population or 0) >= CITY_POP)


_CONTAINING_REL = re.compile(r"(?i)(?:far\s+)?(?:\w+ern|central|rural|upper|lower)")


def _measures_from(relation: str | None) -> bool:
    """A relation that measures from a place ("north of", "near", "20 km west of") rather than
    one that puts the mention inside it ("northern"): such an anchor is no container."""
    return bool(relation) and not _CONTAINING_REL.fullmatch(relation)
