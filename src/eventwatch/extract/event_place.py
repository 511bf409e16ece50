"""Which place an incident gets: the most specific place its sentence names, else its
paragraph's, else the article's; a locality the gazetteer lacks, named before a town, province or
country it does know ("in Tarvo, Kelm, Ostria"), is the location with its container's coordinates
and precision. events.py calls set_place for each event it builds; named_country (the country in
"the army of Iran") serves its actor code as well as the place here."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..annotate.actors import ActorMention
from ..annotate.places import (
    ADMIN2_WORDS,
    DIRECTION,
    TOWN_LOCALITY_KM,
    TYPE_AFTER,
    Place,
    PlaceMention,
    best_place,
    get_gazetteer,
    get_localities,
    name_key,
)
from ..annotate.text import FastPattern, FoldedPattern
from ..geo import haversine_km
from ..records import Event, Span
from .context import UNSET, Context

CAP = r"(?-i:[A-Z][\w'’-]+)"  # a capitalised word
# the words of the units below a province that the gazetteer's second level misses, by country: an Ethiopian
# woreda, a Pakistani tehsil or Indian taluk, an Indonesian regency, a Kenyan or Ugandan sub-county, a Nigerian LGA
OTHER_DISTRICT_WORDS = r"woreda|tehsil|taluka?|regency|sub-?county"
LGA = r"LGA|Local Government Area|(?i:local government area)"
# "in Tarvo, Belin, Kelm, Ostria", "in Lanji, Dumka district, Jharkhand": up to two districts or towns the
# gazetteer lacks, each with its comma, right before the container it knows (the end of the patterns below)
LACKED_CONTAINERS = (rf"(?:{CAP}(?:[\s-]+{CAP}){{0,2}}(?:\s+(?:district|zone|province|{OTHER_DISTRICT_WORDS}|{LGA}))?,\s*){{0,2}}$")
# "Ostria's northern ", "the north-eastern ": who owns the container right after, and which side of it
OWNER_SIDE = rf"(?:{CAP}(?:\s+{CAP})?['’]s\s+)?(?:(?:far\s+)?{DIRECTION}(?:ern)?\s+)?"
# the next word of a locality's name: capitalised, or an Arabic article written lower-case ("Tur al-Bahah")
NAME_GOES_ON = (rf"(?:[\s-]+{CAP}|\s+(?:al|el|ad|an|ar|as|ash|at|az)-(?-i:[A-Z])[\w'’-]*"
                # "Brisas de Caranal", "Santa Cruz del Norte": a Romance particle inside a name
                r"|\s+(?-i:de|del|de\s+la|do|da|dos|das)\s+(?-i:[A-Z])[\w'’-]*)")
# "in Qaysar district, " right before a province: a locality named in the text, after a preposition
# or as the object of the attack ("attacked Tarvo, Kelm, Ostria"; "opened fire on Tarvo village, Kelm")
UNKNOWN_LOCALITY = re.compile(r"\b(?:in|near|at|outside|of|on|along|from|attack(?:ed|ing)|raid(?:ed|ing)|shell(?:ed|ing)|"
                              r"target(?:ed|ing)|besieg(?:ed|ing)|storm(?:ed|ing)|overr[au]n|invad(?:ed|ing)|"
                              r"ambush(?:ed|ing)|bomb(?:ed|ing)|struck|hit)\s+"
                              # "in Sorrel neighbourhood, Vantu, Kelm province", "on Ferro Road, Vantu": the town,
                              # not its quarter or street
                              rf"(?:(?:the\s+)?{CAP}(?:[\s-]+{CAP}){{0,3}}"
                              r"\s+(?:neighbou?rhood|area|Road|Street|Avenue|Highway|Lane|Chowk)"
                              r"(?:\s*\([^()]{1,20}\))?,\s*)?"  # "Kelm Road (A12), Vantu"
                              rf"({CAP}{NAME_GOES_ON}{{0,3}}"
                              rf"(?:\s+(?:district|village|town|city|township|subdistrict|county|area|community|ward|regional council|"
                              rf"{OTHER_DISTRICT_WORDS}|kebele|{LGA}))?)"
                              # a street itself is no locality
                              r"(?<!Road)(?<!Street)(?<!Avenue)(?<!Highway)(?<!Lane)(?<!Chowk)(?:,\s*"
                              # "in Tarvo, near Belin, Kelm": the town after "near" only locates Tarvo
                              # (or a river: "in Tarvo village, near Belin river, Kelm")
                              rf"(?:near\s+(?:the\s+)?(?:{CAP}\s+river,\s*)?)?{LACKED_CONTAINERS[:-1]}"
                              # "Ancuabe district, in Ostria's northern Kelm province": the container's country and side
                              rf"(?:in\s+)?(?:the\s+)?{OWNER_SIDE}$"
                              # "shelled Tarvo in the Kelm region": the locality in its container, no comma
                              rf"|(?<=[A-Za-z])\s+in\s+(?:the\s+)?{OWNER_SIDE}$)")
# "in the Zorava region of Erbil", "in Zorava village in Kirkuk": a locality by its kind, then its container
UNKNOWN_LOCALITY_OF = re.compile(rf"(?<![\w'’-])(?:the\s+)?({CAP}{NAME_GOES_ON}{{0,3}}"
                                 rf"\s+(?:district|village|town|township|subdistrict|area|front|region|neighbou?rhood|valley|"
                                 rf"{OTHER_DISTRICT_WORDS}|kebele|{LGA}|"
                                 # ("Tarvo village in Belin, Kelm, Ostria")
                                 rf"mountains?|hills?)),?\s+(?:of|in)\s+(?:the\s+)?{LACKED_CONTAINERS}")
# (searched before every town an event is placed in: tried only where a match can begin)
_UNKNOWN_LOCALITY_OF = FoldedPattern(UNKNOWN_LOCALITY_OF)
# "Varo district", "Varo Local Government Area", "Varo LGA": the locality is a district (its seat: _district_seat)
DISTRICT_END = re.compile(rf"\s+(?:(?i:{ADMIN2_WORDS}|{OTHER_DISTRICT_WORDS})|{LGA})$")
# (a locality named before a town lies within places.TOWN_LOCALITY_KM of it, as find_places reads one)
TOWN_KIND_END = re.compile(r"\s+(?i:village|town|city|township|hamlet)$")
QUARTER_END = re.compile(r"\s+(?i:neighbou?rhood|quarter)$")
OTHER_KIND_END = re.compile(r"\s+(?i:neighbou?rhood|region|valley|mountains?|hills?|regional council)$")
DISTRICT_OF = re.compile(r"(?i)(?:sub-?)?district\s+of\b")  # "the district of Varo in Kelm"
AS_DISTRICT = re.compile(rf"\s+(?:{ADMIN2_WORDS})\b", re.IGNORECASE)  # "Kelm district": the district
# "the village of Zorava in Kelm", "the village of Zorava near Kelm", "in the village of Zorava in the northern
# Kelm region", "in tambon Zorava, Kelm": the kind of locality before its name, then its container
UNKNOWN_LOCALITY_KIND = re.compile(r"\b(?:(?:village|hamlet|town|township|city|district|subdistrict|area|municipality"
                                   r"|neighbou?rhood)\s+of|tambon|barangay)\s+"
                                   rf"({CAP}{NAME_GOES_ON}{{0,3}})"
                                   r"(?:,\s*|\s+(?:in|of|near|outside)\s+(?:the\s+)?(?:(?:north|south)?(?:east|west)?(?:ern)?\s+)?)"
                                   + LACKED_CONTAINERS)
# "Tarvo, a village in Kelm province", "Tarvo, a small town in Belin district of Kelm region": the locality, then
# its kind in an aside, then its containers
UNKNOWN_LOCALITY_ASIDE = re.compile(rf"(?<![\w'’-])({CAP}{NAME_GOES_ON}{{0,3}}),\s+an?\s+(?:(?:small|remote|rural)\s+)?"
                                    r"(?:village|hamlet|town|city|settlement|locality)\s+(?:in|of|near)\s+(?:the\s+)?"
                                    rf"(?:{CAP}(?:[\s-]+{CAP}){{0,2}}\s+(?:district|{OTHER_DISTRICT_WORDS}|{LGA})"
                                    r"(?:,\s*|\s+(?:in|of)\s+(?:the\s+)?))?"
                                    rf"{OWNER_SIDE}{LACKED_CONTAINERS}")
# "US forces raided ...", "Turkish jets struck ...": the country owns the party, not the place
OWNED_AFTER = re.compile(r"[ \t]+(?:-led[ \t]+)?(?:forces|troops|army|military|soldiers|jets|warplanes|aircraft|"
                         r"drones?|airstrikes?|special forces|embassy|officials|government)\b", re.IGNORECASE)
POSSESSIVE = re.compile(r"^.*['’]s\s+")
# places too wide to be an event's point: a later sentence naming a town in them says more
WIDE_FEATURES = ("country", "region", "desert", "river", "sea")
# "..., Kelm, ", "... in Kelm, " or " district, Kelm, " right before the country: the province of an address
# (capitalised words only, so not "Kelm district"; "Kelm District", "Kelm City" are left by their type word)
PROVINCE_BEFORE_COUNTRY = re.compile(rf"(?:\s+(?i:{ADMIN2_WORDS}))?(?:,|\s(?:in|of))\s*({CAP}(?:[\s-]+{CAP}){{0,3}}),\s*$")
BIG_CITY = 1_000_000  # a city whose quarters the reports code to the city
AREA_END = re.compile(r"\s+(?:area|community|ward|front)$")  # "Tarvo area", "Tarvo front": the locality Tarvo
# "in Tarvo area, Kelm, Ostria": an area of the town listed after it (a neighbourhood never gets this far:
# UNKNOWN_LOCALITY reads past "Sorrel neighbourhood, " to the town)
LISTED_AREA_END = re.compile(r"\sarea$")
NEAR_LEAD = re.compile(r"(?:near|outside)\s", re.IGNORECASE)  # "near Tarvo, Kelm": a place of its own
# the province right after the locality's name: ", Kelm", " in Kelm", " of Kelm"
DIRECT_CONTAINER = re.compile(r",\s*|\s+(?:in|of)\s+(?:the\s+)?")
# "protests broke out in Baghdad and seven southern provinces": a summary of many places, which
# the next sentences of the paragraph take one by one ("Demonstrations were held in Velmora city")
PLACES_SUMMARY = FastPattern(re.compile(r"\band\s+(?:other|several|many|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                            r"(?:[\w-]+\s+){0,3}(?:provinces|governorates|cities|towns)\b", re.IGNORECASE), prefilter=True)
# "the Military Forces of Turkey": the country a state actor's own words name (named_country)
OF_COUNTRY = re.compile(r"(?:\s+[Ff]orces)?\s+of\s+(?:the\s+)?((?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2})")


def _unspoken(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions that are no speaker's place: "the army said in a statement from Kelm" names
    where the speaker spoke, not where the event was (PlaceMention.secondary)."""
    return [m for m in mentions if m.secondary != "speaker"]


def set_place(event: Event, ctx: Context, start: int, end: int, paragraph: tuple[int, int]) -> None:
    """The most specific place the sentence names, else the paragraph's, else the article's."""
    ann = ctx.ann
    # "in Tarvik, near Velmora, Kelm, Nigeria": a country the sentence names rules out namesakes abroad
    # (not one that owns a party: "the Military Forces of Turkey shelled a village in Duhok").
    text = ctx.article.text
    owners = [(a.end, n.end) for a in ann.within(ann.actors, start, end) if (n := named_country(a, text))]
    named = {m.place.country for m in ann.within(ann.places, start, end) if m.place.feature == "country"
             and not any(lo <= m.start and m.end <= hi for lo, hi in owners)
             and not OWNED_AFTER.match(text, m.end)}

    def in_named(mentions: list[PlaceMention]) -> list[PlaceMention]:
        mentions = _unspoken(mentions)
        kept = [m for m in mentions if m.place.country in named] if named else mentions
        return kept or mentions

    # best_place looks only at the mentions inside its span: hand it those (same order).
    def scopes() -> Iterator[tuple[PlaceMention | None, int]]:
        """Each scope's best place with its precision floor, from the narrowest out, worked out
        only when asked for: a sentence that names its town leaves the wider scopes unread."""
        if PLACES_SUMMARY.search(text, start, end):
            yield best_place(in_named(ann.within(ann.places, end, paragraph[1])), end, paragraph[1]), 1
        yield best_place(in_named(ann.within(ann.places, start, end)), start, end), 1
        yield best_place(in_named(ann.within(ann.places, paragraph[0], paragraph[1])), paragraph[0], paragraph[1]), 2
        earlier = [p for p in ann.paragraphs if p[1] < paragraph[0]]
        if earlier:
            lo, hi = earlier[-1]
            yield best_place(_unspoken(ann.within(ann.places, lo, hi)), lo, hi), 2
        yield _article_place(ctx), 3

    # "in northern Iraq" names only the country, "across the Kurdistan Region" a region of several
    # provinces: a later sentence naming the town says more (else the first place not a country,
    # else the first found).
    first: tuple[PlaceMention, int] | None = None
    below_country: tuple[PlaceMention, int] | None = None
    for found, floor in scopes():
        if found is None:
            continue
        if found.place.feature not in WIDE_FEATURES:
            mention, precision_floor = found, floor
            break
        first = first or (found, floor)
        if below_country is None and found.place.feature != "country":
            below_country = (found, floor)
    else:
        if first is None:
            # only a speaker's place ("the Kelm army said in a statement from Varo"): its country
            spoken = [m for m in ann.within(ann.places, start, end) if m.secondary == "speaker"]
            if spoken:
                _set_country_only(event, spoken[0])
            return
        mention, precision_floor = below_country or first
    # "in Tarvo district, Kelmo, Ostria" with Tarvo guessed in another province than the one the address
    # writes (by a near spelling the gazetteer lacks): as if only the country were known
    mention = _country_of_misplaced_town(ctx, mention) or mention
    place = mention.place
    precision = max(mention.precision, precision_floor)
    if place.feature in {"admin1", "region", "desert", "mountain"}:
        precision = max(precision, 3 if place.feature == "admin1" else 2)
    district = AS_DISTRICT.match(text, mention.end)
    if district:
        precision = max(precision, 2)  # "in Baiji district": somewhere in the district, coded at its seat
    if place.feature == "country":
        _set_country_only(event, mention)
        # "in Tarvo, Kelm, Ostria" with neither Tarvo nor Kelm known: the locality is named, without
        # coordinates (the country's centre is no place of it), and Kelm is its province
        match = _name_unknown_locality(event, ctx, mention)
        _name_unknown_province(event, text, mention)
        # "in Tarvo district, Kelm, Ostria" with Kelm known by a near spelling only: the seat there
        province = get_gazetteer().admin1_by_code(event.admin1_code) if match and event.admin1_code else None
        if province is not None:
            _district_seat(event, text, province, match)
        elif match and not event.admin1_code and event.latitude is None:
            _locality_of_country(event, text, mention.place.iso3)
        return
    # the name as the text writes it ("Bombay", not the gazetteer's "Mumbai"):
    # the evidence, and the spelling the reports it is compared with use; the place stays the entry's
    written = text[mention.name_start:mention.name_end] if 0 <= mention.name_start < mention.name_end else ""
    event.location = written if written and written[0].isupper() else place.name
    event.latitude, event.longitude = place.latitude, place.longitude
    event.country, event.iso3 = place.country, place.iso3
    event.admin1, event.admin1_code, event.admin2 = place.admin1, place.admin1_code, place.admin2
    event.geo_precision = precision
    span = Span(mention.start, mention.end, mention.text)
    for name in ("location", "latitude", "longitude", "country", "iso3", "geo_precision"):
        event.evidence[name] = span
    if district:
        event.evidence["geo_precision"] = Span(mention.start, district.end(), text[mention.start : district.end()])
    if place.admin1:
        event.evidence["admin1"] = event.evidence["admin1_code"] = _admin1_span(text, mention)
        if not place.admin1_code:
            _province_of_address(event, ctx, mention)
    if place.admin2:
        event.evidence["admin2"] = span
    else:
        _admin2_from_container(event, ctx, mention)
    if place.feature in {"admin1", "admin2", "town"}:
        _name_unknown_locality(event, ctx, mention, _town_itself(ctx, mention))
    elif place.source == "localities":
        # "in Tarvo, Olmby, Kelm" with only Olmby among the localities: Tarvo, at Olmby's point
        _name_unknown_locality(event, ctx, mention, True)


def _country_of_misplaced_town(ctx: Context, mention: PlaceMention) -> PlaceMention | None:
    """The country mention of "Tarvo district, Kelmo, Ostria" where the gazetteer puts the town Tarvo in
    another province of Ostria than Kelmo, a near spelling of a province that no place mention reads (the
    text's province is right, the guess a namesake): the event is then placed as if the address named only
    the country, its locality inside the stated province (a mention of the province leaves this to
    best_place, which keeps the container the text states)."""
    place = mention.place
    if place.feature != "town" or not place.admin1_code:
        return None
    text = ctx.article.text
    country = _own_country_after(ctx, mention)
    if country is None:
        return None
    if ctx.ann.within(ctx.ann.places, mention.end, country.start):
        return None  # a place the text names between them: best_place weighed it
    # ", Kelmo, " or " district, Kelmo, " between the town's name and its country (not " in Kelmo, ")
    m = PROVINCE_BEFORE_COUNTRY.fullmatch(text, mention.end, country.start)
    if m is None or "," not in text[mention.end:m.start(1)] or _below_province(m.group(1)):
        return None
    code = get_gazetteer().admin1_code_near(m.group(1), place.iso3)
    return country if code and code != place.admin1_code else None


def _own_country_after(ctx: Context, mention: PlaceMention) -> PlaceMention | None:
    """The first country the text names within 80 characters after the mention, where it is the
    mention's own (the end of its address: "Tarvo, Kelmo, Ostria"), else None."""
    country = next((p for p in ctx.ann.within(ctx.ann.places, mention.end, mention.end + 80)
                    if p.place.feature == "country"), None)
    return country if country is not None and country.place.iso3 == mention.place.iso3 else None


def _province_of_address(event: Event, ctx: Context, mention: PlaceMention) -> None:
    """"in Kelmo, Tarva, Ostria" where the gazetteer gives Kelmo a province with no ISO code (a
    first-level unit since abolished, as GeoNames keeps some countries' old provinces): the
    province the address writes is today's, and the reports code it."""
    text = ctx.article.text
    country = _own_country_after(ctx, mention)
    if country is None:
        return
    # only "Kelmo, Tarva, Ostria": the name between is the town's province
    m = PROVINCE_BEFORE_COUNTRY.fullmatch(text, mention.end, country.start)
    if m is None or text[mention.end] != "," or _below_province(m.group(1)):
        return
    if name_key(m.group(1)) == name_key(mention.place.admin1 or ""):
        return  # the address names the gazetteer's province itself
    _set_stated_province(event, Span(m.start(1), m.end(1), m.group(1)), mention.place.iso3)


def _below_province(words: str) -> bool:
    """Whether the words end in a type word of a unit that is no province ("Kelm District",
    "Kelm City"), which no near spelling makes one."""
    return TYPE_AFTER.get(words.lower().split()[-1], "admin1") != "admin1"


def _set_stated_province(event: Event, span: Span, iso3: str | None) -> None:
    """The province an address writes (span): the country's province in the gazetteer's spelling,
    with its code, where the words are a near spelling of one; else the words, with no code (the
    gazetteer's first-level lists miss some countries' newer provinces)."""
    gazetteer = get_gazetteer()
    code = gazetteer.admin1_code_near(span.text, iso3) if iso3 else None
    province = gazetteer.admin1_by_code(code) if code else None
    event.admin1, event.admin1_code = (province.name, code) if province is not None else (span.text, None)
    event.evidence["admin1"] = span
    if event.admin1_code:
        event.evidence["admin1_code"] = span
    else:  # no code found: no span left for a code this replaced
        event.evidence.pop("admin1_code", None)


def _admin2_from_container(event: Event, ctx: Context, mention: PlaceMention) -> None:
    """"X City, Kelm, Ostria" with X's district unknown to the sources: the container the text
    states right after it, in X's province, gives the second level (its words the evidence)."""
    after = ctx.ann.within(ctx.ann.places, mention.end, mention.end + 40)
    if after and after[0].anchor and after[0].place.admin2 \
            and after[0].place.admin1_code == mention.place.admin1_code:
        event.admin2 = after[0].place.admin2
        event.evidence["admin2"] = Span(after[0].start, after[0].end, after[0].text)


def _admin1_span(text: str, mention: PlaceMention) -> Span:
    """The words that give the province: the mention's own, or from it to the stated container
    whose province it took ("Velmo village in Kelm province")."""
    start, end = mention.start, mention.end
    if mention.container is not None:
        start, end = min(start, mention.container.start), max(end, mention.container.end)
    return Span(start, end, text[start:end])


def _town_itself(ctx: Context, mention: PlaceMention) -> bool:
    """The mention is the town, not a province or district of its name: "Kelm, Western Cape" (the
    province follows), or no province has the name; not "Kelm district", not "Kelm, Ostria" with a
    province Kelm, where a locality named before it may lie anywhere in the province."""
    place = mention.place
    if place.feature != "town" or AS_DISTRICT.match(ctx.article.text, mention.end):
        return False
    after = ctx.ann.within(ctx.ann.places, mention.end, mention.end + 4)
    if after and after[0].place.feature == "admin1" and after[0].place.iso3 == place.iso3:
        return True
    return get_gazetteer().admin1_code(place.name, place.iso3) is None


# "the Directorate of ", "Ministry of ": an institution's word before "of" and a name (not "Tarvo of Kelm district")
_INSTITUTION_OF = re.compile(r"(?-i:Ministry|Directorate|Department|Office|University|Bank|Court|Council|Institute|College|"
                             r"School|Academy|Authority|Commission|Agency|Bureau|Embassy|Consulate|Chamber|Union|"
                             r"Federation|Association|Syndicate|Company|Corporation|Board)\s+of$")


def _name_unknown_locality(event: Event, ctx: Context, mention: PlaceMention,
                           town: bool = False) -> re.Match[str] | None:
    """"in Qaysar district, Faryab, Afghanistan", "in the Zorava region of Erbil": the gazetteer
    knows only the province or town that contains the locality the text names; the locality
    becomes the location, the coordinates stay the container's, and geo_precision says so (3 for
    a province, 2 for a town). Where only the country is known the locality is named without
    coordinates. Returns the match that names the locality (None where there is none)."""
    text = ctx.article.text
    lo = max(0, mention.start - 80)
    found = [m for m in (UNKNOWN_LOCALITY.search(text, lo, mention.start),
                         _UNKNOWN_LOCALITY_OF.search(text, lo, mention.start),
                         UNKNOWN_LOCALITY_KIND.search(text, lo, mention.start),
                         UNKNOWN_LOCALITY_ASIDE.search(text, lo, mention.start)) if m and m.end() == mention.start]
    # "Tarvo in the Kelm region" (no comma) names a locality of a province; not "Kelm Airbase in Varo" (a site of
    # a town), nor "in Ostria in the Kelm region" (a place the text names otherwise)
    # (and "the Ministry of Health, in Kelm": an institution's name, no locality)
    found = [m for m in found if m.re is not UNKNOWN_LOCALITY or (
        not _INSTITUTION_OF.search(text, max(0, m.start() - 40), m.start() + 2) and (
            text[m.end(1):m.end(1) + 1] == "," or (mention.place.feature in ("admin1", "admin2")
                                                   and not ctx.ann.within(ctx.ann.places, m.start(1), m.end(1)))))]
    if not found:
        return
    # "Tarvo village in Belin, Kelm": the locality of its kind, before the unknown container
    # ("the district of Tarvo in Kelm": the kind the text states, over the bare name in its province)
    match = min(found, key=lambda m: (m.start(1), m.re is UNKNOWN_LOCALITY and text[m.end(1):m.end(1) + 1] != ","))
    if any(m.role in ("organisation", "facility")
           for m in ctx.ann.within(ctx.ann.places, match.start(1), match.end(1))):
        return  # "near Kelm University, Kelm": an institution or facility of the town, not a locality
    if any(d.start < match.end(1) and match.start(1) < d.end for d in ctx.ann.within(ctx.ann.dates, lo, mention.start)):
        return  # "arrested in Malmo on Monday, Somalia's ...": a day, no locality
    # "in Q, Kelm, Ostria": the town is listed after its quarter (not "the Q area of Kelm")
    listed = town and match.re is UNKNOWN_LOCALITY
    # (and "the Q neighbourhood of Kelm": a quarter the text calls one)
    quarter = mention.place.feature == "town" and match.re is UNKNOWN_LOCALITY_OF and QUARTER_END.search(match.group(1))
    if (listed or quarter) and (mention.place.population or 0) >= BIG_CITY and not NEAR_LEAD.match(match.group(0)):
        return  # a quarter of a big city: the reports code the city
    if listed and LISTED_AREA_END.search(match.group(1)):
        return  # "in Tarvo area, Kelm, Ostria": an area of the town
    name_start = match.start(1)
    owner = POSSESSIVE.search(match.group(1))
    if owner:  # "in Diyala's Sheikh Baba area": the area, not its province
        name_start += owner.end()
    name_end = match.end(1)
    area = AREA_END.search(text, name_start, name_end)
    if area:  # "in Tarvo area": the locality is Tarvo
        name_end = area.start()
    name = text[name_start:name_end]
    event.location = name
    event.evidence["location"] = Span(name_start, name_end, name)
    if mention.place.feature == "country":
        return match
    event.geo_precision = max(event.geo_precision or 0, 3 if mention.place.feature == "admin1" else 2)
    event.evidence["geo_precision"] = Span(name_start, mention.end, text[name_start:mention.end])
    _district_seat(event, text, mention.place, match, town, mention.start)
    return match


def _district_seat(event: Event, text: str, place: Place, match: re.Match[str], town: bool = False,
                   container_start: int | None = None) -> None:
    """"in Varo district, Kelm" with no district Varo in the gazetteer: a district is coded at its
    seat, the town of its name in the province (localities.tsv.gz holds the towns too small for
    the gazetteer), so the event takes the town's point as a district-level place (precision 2).
    A locality of another kind takes the town of its name there as its own point (precision 1).
    place: the province, or a town standing for it ("Varo district, Herat, Afghanistan");
    container_start: where the text names it (a locality written right before it may be a near
    spelling of one of its towns)."""
    name_start, name_end = event.evidence["location"].start, event.evidence["location"].end
    if name_start is None or name_end is None:
        return
    name = text[name_start:name_end]
    unit = DISTRICT_END.search(name)
    district = True
    if unit:
        name = name[:unit.start()]
    elif not (match.re is UNKNOWN_LOCALITY_KIND and DISTRICT_OF.match(match.group(0))):
        if town or OTHER_KIND_END.search(name):
            return
        district = False
        kind = TOWN_KIND_END.search(name)
        if kind:
            name = name[:kind.start()]
        if place.feature == "town" and (place.population or 0) >= BIG_CITY:
            return  # "in Q, Kelm" with Kelm a city of millions: a quarter of the city, coded to it
    direct = container_start is not None and DIRECT_CONTAINER.fullmatch(text, name_end, container_start) is not None
    seat = get_localities().seat(name, place.iso3, place.admin1_code or place.admin1 or "", district=district,
                                 direct=direct)
    if seat is None:
        _listed_container_seat(event, text, place, match)
        return
    if not district and place.feature == "town" and get_gazetteer().admin1_code(place.name, place.iso3) is None \
            and haversine_km(place.latitude, place.longitude, *seat) > TOWN_LOCALITY_KM:
        return  # "in Q, Varo City district, Kelm": a locality of the town Varo, not a namesake far off in its province
    event.latitude, event.longitude = seat
    span = Span(name_start, name_end, text[name_start:name_end])
    event.evidence["latitude"] = event.evidence["longitude"] = span
    event.geo_precision = 2 if district or NEAR_LEAD.match(match.group(0)) else 1
    event.evidence.setdefault("geo_precision", span)  # (only the country was known: the locality's words)


def _locality_of_country(event: Event, text: str, iso3: str) -> None:
    """"in Dushi district, Afghanistan" with Dushi only among the localities (the gazetteer's Dushi is
    a town abroad): the country's one locality of that name, in one province, is the district's seat
    (precision 2) or the locality itself (1), with its province; a district's seat also by a near
    spelling, where one province has one. Several namesakes in the country: none."""
    span = event.evidence.get("location")
    if span is None or span.start is None or span.end is None:
        return
    name = text[span.start:span.end]
    unit = DISTRICT_END.search(name)
    if unit:
        name = name[:unit.start()]
    found = get_localities().named(name_key(name), iso3)
    if not found and unit:
        # a district the localities spell otherwise ("Doshi"): its seat by a near spelling, in one province only
        found = get_localities().seats(name, iso3)
    if len({(a1, code) for a1, code, _, _ in found}) != 1 or len(found) > 2:
        return
    admin1, code, lat, lon = found[0]
    event.latitude, event.longitude = lat, lon
    event.admin1, event.admin1_code = admin1, code or None
    event.evidence["latitude"] = event.evidence["longitude"] = event.evidence["admin1"] = span
    if code:
        event.evidence["admin1_code"] = span
    event.geo_precision = 2 if unit else 1
    event.evidence["geo_precision"] = span


# "Belin district, ", "Belin Tehsil, ", "Belin, ": a container the address lists between the locality and the
# province (a district or town the gazetteer lacks)
LISTED_CONTAINER = re.compile(r"((?-i:[A-Z][\w'’-]+)(?:[\s-]+(?-i:[A-Z][\w'’-]+)){0,2}"
                              rf"(?:\s+(?:(?i:{ADMIN2_WORDS}|tehsil|taluka?)|LGA|Local Government Area))?),\s*")
LISTED_UNIT_END = re.compile(rf"\s+(?:(?i:{ADMIN2_WORDS}|tehsil|taluka?|LGA)|Local Government Area)$")


def _listed_container_seat(event: Event, text: str, place: Place, match: re.Match[str]) -> None:
    """"in Tarvo, Belin district, Kelm" with neither Tarvo nor Belin in the gazetteer and no town Tarvo in
    Kelm: the locality lies in Belin, whose seat (the town of its name in the province, else the district's
    towns' mean) is nearer to it than the province's point; the event takes that point as a district-level
    place. The containers are tried from the locality outwards."""
    if place.feature not in ("admin1", "country", "town"):
        return
    lo, hi = match.end(1), match.end()
    for listed in LISTED_CONTAINER.finditer(text, lo, hi):
        name = listed.group(1)
        unit = LISTED_UNIT_END.search(name)
        seat = get_localities().seat(name[:unit.start()] if unit else name, place.iso3,
                                     place.admin1_code or place.admin1 or "", district=True)
        if seat is None:
            continue
        event.latitude, event.longitude = seat
        span = Span(listed.start(1), listed.end(1), name)
        event.evidence["latitude"] = event.evidence["longitude"] = span
        event.geo_precision = 2
        return


def _name_unknown_province(event: Event, text: str, mention: PlaceMention) -> None:
    """"in Tarvo, Kelm, Ostria" with the locality named and only the country known: the name
    right before the country is the locality's province (an address goes from the locality up
    to the country); not a district, village or town so written. A name the gazetteer knows, in
    any near spelling, as one of that country's provinces takes its spelling and code."""
    loc = event.evidence.get("location")
    if event.location is None or loc is None or loc.end is None:
        return
    m = PROVINCE_BEFORE_COUNTRY.search(text, loc.end, mention.start)
    if m is None or _below_province(m.group(1)):
        return
    _set_stated_province(event, Span(m.start(1), m.end(1), m.group(1)), mention.place.iso3)


def _set_country_only(event: Event, mention: PlaceMention) -> None:
    span = Span(mention.start, mention.end, mention.text)
    event.country, event.iso3 = mention.place.country, mention.place.iso3
    event.evidence["country"] = event.evidence["iso3"] = span


def _article_place(ctx: Context) -> PlaceMention | None:
    """The province the article talks about most, as a last resort for an event's place."""
    if ctx.article_place is UNSET:
        ctx.article_place = _find_article_place(ctx)
    return ctx.article_place  # type: ignore[return-value]


def _find_article_place(ctx: Context) -> PlaceMention | None:
    # a small town inside an organisation's name ("the Badr forces") locates the article only in
    # a country the text names otherwise ("Mosul University" does)
    named = {p.place.iso3 for p in ctx.ann.places if p.role != "organisation"}
    places = _unspoken(ctx.ann.places)
    places = [p for p in places if p.role != "organisation" or p.place.iso3 in named
              or p.place.feature != "town" or p.place.population >= 100_000]
    # (a region of several provinces, "the Kurdistan Region", names none of them: the last resort)
    provinces = [p for p in places if p.place.admin1_code and p.place.feature not in ("country", "region")] \
        or [p for p in places if p.place.admin1_code and p.place.feature == "region"]
    if not provinces:
        countries = [p for p in places if p.place.feature == "country"]
        return countries[0] if countries else None
    code = Counter(p.place.admin1_code for p in provinces).most_common(1)[0][0]
    return next(p for p in provinces if p.place.admin1_code == code)


@dataclass
class _NamedCountry:
    country: str
    end: int


def named_country(mention: ActorMention, text: str) -> _NamedCountry | None:
    """The country a state actor's own words name: "Military Forces of Turkey", "the army of Iran"."""
    if mention.actor.kind != "state" or "{country}" not in mention.actor.name:
        return None
    match = OF_COUNTRY.match(text, mention.end)
    if match is None:
        country = _demonym_country(mention.text)  # "Somali army", "Afghan forces"
        return _NamedCountry(country, mention.end) if country else None
    place = next((p for p in get_gazetteer().lookup(match.group(1)) if p.feature == "country"), None)
    return _NamedCountry(place.country, match.end()) if place is not None and place.country else None


def _demonym_country(words: str) -> str | None:
    """The one country whose adjective opens a state actor's words ("Somali army": Somalia)."""
    first = words.split(maxsplit=1)[0] if words else ""
    if not first[:1].isupper():
        return None
    gz = get_gazetteer()
    names = {gz.row(i)[0] for i, flag in gz.ids(name_key(first), True) if flag == "@"}
    if len(names) != 1:
        return None
    place = next((p for p in gz.lookup(names.pop()) if p.feature == "country"), None)
    return place.country if place is not None else None
