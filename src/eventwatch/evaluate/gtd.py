"""Score the extractor against a Global Terrorism Database export (CSV, GTD column names).

Each GTD row is one incident with a narrative ``summary`` that starts with "MM/DD/YYYY:".
The prefix is stripped and its date passed as the publication date (the date is not scored
here). The predicted event is picked as for ACLED (highest confidence, ties to the first).

Fields and rules:

- ``attack_type``: ``gtd_attack_type`` vs ``attacktype1_txt`` (a found event with no attack
  type counts as "Unknown").
- ``target_type``: ``target_type`` vs ``targtype1_txt`` (missing counts as "Unknown").
- ``perpetrator``: ``perpetrator`` (``actor1`` where the event has no such key) vs
  ``gname``, compared case- and punctuation-insensitively, each side expanded to its name,
  its bracketed alternative ("Houthi extremists (Ansar Allah)") and a table of common
  aliases (IS/ISIS/ISIL/Daesh...). "Unknown" in the GTD matches an event with no named
  perpetrator ("Unidentified Armed Group" counts as none). ``perpetrator_family`` is
  looser: the regional branches of a movement (Islamic State provinces, Taliban/TTP)
  count as it.
- ``province``: ``admin1_code``/``admin1`` vs ``provstate`` through ISO 3166-2 codes where the
  gazetteer knows both, normalised names otherwise; in a country whose first level is a region
  of provinces without a government of its own (``PROVINCES_BELOW_REGIONS``: the Philippines)
  the event's ``admin2`` "Province of X" counts too, and the mismatch report shows it.
- ``city``: ``location`` vs ``city`` by normalised name ("Unknown" cities are skipped).
- ``location_25km``: predicted coordinates within 25 km of the GTD's.
- ``killed`` / ``wounded``: ``fatalities`` / ``injured`` vs ``nkill`` / ``nwound``, exact; an
  empty gold value is unknown and skipped; a missing prediction counts as 0.
- ``kidnapped``: ``kidnapped`` vs ``nhostkid`` on rows where it is known (empty = not a
  hostage incident, and -99 = unknown: both skipped); a missing prediction counts as 0.

A row without a predicted event is wrong for every field it is scored on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from eventwatch.evaluate.acled import (
    ExtractFn,
    Scorer,
    default_extract_fn,
    read_csv,
    same_label,
    same_place_name,
    same_province,
    to_int,
)

GTD_TARGETS: dict[str, float] = {"attack_type": 0.85, "killed": 0.90}

GTD_FIELDS = [
    "event_found", "attack_type", "target_type", "perpetrator", "perpetrator_family",
    "province", "city", "location_25km", "killed", "wounded", "kidnapped",
]

_PREFIX_RE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*:\s*")


def split_summary(summary: str) -> tuple[str, str | None]:
    """Strip the "MM/DD/YYYY:" prefix; return (text, YYYY-MM-DD or None).

    The GTD writes unknown days or months as 00; those give no publication date."""
    m = _PREFIX_RE.match(summary or "")
    if not m:
        return (summary or "").strip(), None
    month, day, year = (int(g) for g in m.groups())
    try:
        published = date(year, month, day).isoformat()
    except ValueError:
        published = None
    return summary[m.end():].strip(), published


# --------------------------------------------------------------------------- group names

# Aliases of groups frequent in the GTD, each list being one group. The first spelling is the
# key. Group names not listed are compared by their normalised name and bracketed alternative.
_GROUP_ALIASES: list[tuple[str, ...]] = [
    ("islamic state", "is", "isis", "isil", "daesh", "daish",
     "islamic state of iraq and the levant",
     "islamic state of iraq and syria", "islamic state in iraq and the levant",
     "islamic state of iraq and al sham", "islamic state group"),
    ("khorasan chapter of the islamic state", "islamic state khorasan province",
     "islamic state khorasan", "iskp", "is k", "isis k", "iskp", "islamic state in khorasan",
     "khorasan province"),
    ("west africa province of the islamic state", "islamic state west africa province", "iswap",
     "islamic state west africa"),
    ("central africa province of the islamic state", "islamic state central africa province",
     "iscap"),
    ("sinai province of the islamic state", "islamic state sinai province", "wilayat sinai"),
    ("greater sahara faction of the islamic state", "islamic state in the greater sahara",
     "isgs", "islamic state greater sahara"),
    ("taliban", "afghan taliban", "taleban", "islamic emirate of afghanistan"),
    ("tehrik i taliban pakistan", "ttp", "pakistani taliban", "tehreek e taliban pakistan",
     "tehrik e taliban pakistan"),
    ("houthi extremists", "houthis", "houthi", "ansar allah", "ansarallah", "houthi rebels",
     "houthi movement", "huthis", "huthi"),
    ("al shabaab", "al shabab", "shabaab", "shabab", "harakat al shabaab al mujahideen"),
    ("boko haram", "jamaatu ahlis sunna liddaawati wal jihad", "jas"),
    ("fulani extremists", "fulani herdsmen", "fulani militants", "fulani militia",
     "fulani herders", "herdsmen"),
    ("maoists", "maoist", "naxalites", "naxals", "cpi maoist", "communist party of india maoist"),
    ("allied democratic forces", "adf", "adf nalu"),
    ("m23", "march 23 movement", "m23 movement", "m23 rebels"),
    ("ansaroul islam", "ansarul islam", "ansar ul islam"),
    ("new peoples army", "npa"),
    ("indigenous people of biafra", "ipob", "eastern security network", "esn"),
    ("jamaat nusrat al islam wal muslimin", "jnim", "gsim",
     "group for the support of islam and muslims"),
    ("national liberation army of colombia", "eln", "ejercito de liberacion nacional",
     "national liberation army"),
    ("hamas", "islamic resistance movement"),
    ("al qaida in the arabian peninsula", "aqap", "al qaeda in the arabian peninsula"),
    ("al qaida in the islamic maghreb", "aqim", "al qaeda in the islamic maghreb"),
    ("al qaida", "al qaeda", "alqaeda"),
    ("hezbollah", "hizballah", "hizbullah"),
    ("kurdistan workers party", "pkk"),
    ("new irish republican army", "new ira", "the new irish republican army"),
    ("bangsamoro islamic freedom movement", "bifm", "bangsamoro islamic freedom fighters",
     "biff"),
    ("abu sayyaf group", "abu sayyaf", "asg"),
    ("ambazonia restoration forces", "arf"),
    ("ambazonian separatists", "amba boys", "ambazonia separatists"),
    ("mai mai militia", "mai mai", "mayi mayi", "mayi mayi militia"),
    ("sudan liberation movement army", "sudan liberation movement", "sudan liberation army", "slm a", "slm",
     "sla"),
]
# Families: a branch counts as its movement for ``perpetrator_family``.
_FAMILIES: dict[str, str] = {
    "khorasan chapter of the islamic state": "islamic state",
    "west africa province of the islamic state": "islamic state",
    "central africa province of the islamic state": "islamic state",
    "sinai province of the islamic state": "islamic state",
    "greater sahara faction of the islamic state": "islamic state",
    "tehrik i taliban pakistan": "taliban",
    "al qaida in the arabian peninsula": "al qaida",
    "al qaida in the islamic maghreb": "al qaida",
    "jamaat nusrat al islam wal muslimin": "al qaida",
    "al shabaab": "al qaida",
    "communist party of india maoist": "maoists",
}

_UNKNOWN = {"", "unknown", "none", "null", "unidentified", "unknown group"}


def _key(name: str) -> str:
    s = name.lower().replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return s


_ALIAS_TO_GROUP: dict[str, str] = {}
for _names in _GROUP_ALIASES:
    for _n in _names:
        _ALIAS_TO_GROUP.setdefault(_key(_n), _key(_names[0]))
_FAMILY_KEYS = {_key(k): _key(v) for k, v in _FAMILIES.items()}


def group_keys(name: str | None) -> set[str]:
    """Canonical keys of a group name: the name, its bracketed alternative, their aliases.
    Empty set for an unknown perpetrator."""
    if name is None:
        return set()
    raw = str(name).strip()
    main = re.sub(r"\s*\([^)]*\)", "", raw)
    if re.match(r"(?i)\s*(?:unidentified|unknown)\b", main):
        return set()  # "Unidentified Armed Group (Afghanistan)": no named perpetrator
    parts = [main] + [p for p in re.findall(r"\(([^)]*)\)", raw) if not re.search(r"\d", p)]
    keys: set[str] = set()
    for part in parts:
        k = _key(part)
        if k in _UNKNOWN:
            continue
        keys.add(_ALIAS_TO_GROUP.get(k, k))
        # "X extremists"/"X militants" without the suffix ("Houthi extremists" ~ "Houthis").
        stripped = re.sub(r" (?:extremists|militants|rebels|insurgents|group|dissidents)$", "", k)
        if stripped != k and stripped in _ALIAS_TO_GROUP:
            keys.add(_ALIAS_TO_GROUP[stripped])
    return keys


def same_group(gold: str | None, predicted: str | None, family: bool = False) -> bool:
    """True if the predicted perpetrator is the GTD's ``gname`` (both unknown counts)."""
    g, p = group_keys(gold), group_keys(predicted)
    if family:
        g = {_FAMILY_KEYS.get(k, k) for k in g}
        p = {_FAMILY_KEYS.get(k, k) for k in p}
    if not g:
        return not p
    return bool(g & p)


def predicted_perpetrator(event: dict) -> str | None:
    """The event's ``perpetrator``; where the extractor gives no such key, ``actor1`` without
    its ACLED-style bracketed qualifier ("Islamic State (Iraq)" -> "Islamic State")."""
    if "perpetrator" in event:
        return event.get("perpetrator")
    actor = event.get("actor1")
    if not actor:
        return None
    return re.sub(r"\s*\([^)]*\)\s*$", "", str(actor)).strip() or None


# --------------------------------------------------------------------------- scorer


_PROVINCE_OF = re.compile(r"(?i)^province of (.+)$")
# countries whose first level is a region of provinces with no government of its own, where the
# GTD's provstate names the province: the Philippine regions are administrative groupings, the
# provinces the top local government units (GeoNames' first level is the region there). Not
# Spain's autonomous communities nor Italy's regions, governments the GTD codes as provstate,
# though GeoNames' second level is "Province of X" there too.
PROVINCES_BELOW_REGIONS = frozenset({"PHL"})


def province_below_region(admin2: str | None, iso3: str | None = None) -> str | None:
    """The province an event's second level names where the first is a region of provinces
    (the Philippines: region "Calabarzon", then "Province of Batangas"): the GTD's provstate
    is the province. None in any other country."""
    if iso3 not in PROVINCES_BELOW_REGIONS:
        return None
    m = _PROVINCE_OF.match(admin2 or "")
    return m.group(1) if m else None


def row_checks(row: dict, ev: dict | None) -> dict[str, tuple[bool | None, Any, Any]]:
    """Each scored field of one GTD row (its CSV columns) against the event the extractor gave
    (None: none found): {field: (ok, gold, predicted)}, ok None where the gold value is unknown.
    The one definition of a GTD match, read by the evaluation and by the codebook tests."""
    found = ev is not None
    p = ev or {}
    iso3 = p.get("iso3") or None
    out: dict[str, tuple[bool | None, Any, Any]] = {"event_found": (found, True, found)}
    gold_at = (row.get("attacktype1_txt") or "").strip() or None
    pred_at = p.get("gtd_attack_type") or ("Unknown" if found else None)
    out["attack_type"] = (None if gold_at is None else found and same_label(gold_at, pred_at), gold_at, pred_at)
    gold_tt = (row.get("targtype1_txt") or "").strip() or None
    pred_tt = p.get("target_type") or ("Unknown" if found else None)
    out["target_type"] = (None if gold_tt is None else found and same_label(gold_tt, pred_tt), gold_tt, pred_tt)
    gold_g = (row.get("gname") or "").strip() or None
    pred_g = predicted_perpetrator(p)
    out["perpetrator"] = (None if gold_g is None else found and same_group(gold_g, pred_g), gold_g, pred_g)
    out["perpetrator_family"] = (None if gold_g is None else found and same_group(gold_g, pred_g, family=True),
                                 gold_g, pred_g)
    gold_prov = (row.get("provstate") or "").strip() or None
    if gold_prov and gold_prov.lower() == "unknown":
        gold_prov = None
    below = province_below_region(p.get("admin2"), iso3)
    pred_prov = p.get("admin1_code") or p.get("admin1")
    if below:  # the report shows the second level the comparison used
        pred_prov = f"{pred_prov} / {p.get('admin2')}"
    out["province"] = (None if gold_prov is None else found and any(
        same_province(gold_prov, code, iso3) for code in (p.get("admin1_code"), p.get("admin1"), below)),
        gold_prov, pred_prov)
    gold_city = (row.get("city") or "").strip() or None
    if gold_city and gold_city.lower() == "unknown":
        gold_city = None
    out["city"] = (None if gold_city is None else found and same_place_name(gold_city, p.get("location")),
                   gold_city, p.get("location"))
    for field, gold_col, pred_key in (("killed", "nkill", "fatalities"), ("wounded", "nwound", "injured"),
                                      ("kidnapped", "nhostkid", "kidnapped")):
        gold_n = to_int(row.get(gold_col))
        if gold_n is not None and gold_n < 0:  # -99 / -9: unknown
            gold_n = None
        pred_n = to_int(p.get(pred_key))
        pred_n = 0 if pred_n is None else pred_n
        out[field] = (None if gold_n is None else found and pred_n == gold_n, gold_n, pred_n if found else None)
    return out


def score_gtd(
    path: str | Path,
    limit: int | None = None,
    extract_fn: ExtractFn | None = None,
    errors: int = 0,
    progress: Callable[[int], None] | None = None,
) -> dict:
    """Score the extractor on a GTD CSV; returns a summary dict like :func:`score_acled`."""
    fn = extract_fn or default_extract_fn()
    sc = Scorer("gtd", str(path), GTD_TARGETS, GTD_FIELDS,
                confusion_fields=("attack_type", "target_type", "perpetrator"))
    for i, row in enumerate(read_csv(path, limit)):
        text, published = split_summary(row.get("summary", ""))
        ev = sc.predict(fn, row.get("eventid") or str(i), text, published,
                        group=(row.get("attacktype1_txt") or "").strip() or None)
        for field, (ok, gold, predicted) in row_checks(row, ev).items():
            sc.check(field, ok, gold, predicted)
        sc.check_location(row, ev or {}, row.get("city"))
        if progress is not None:
            progress(1)
    return sc.summary(errors)


def iter_texts(path: str | Path, limit: int | None = None) -> Iterator[tuple[str, str | None]]:
    """(summary without prefix, publication date) for each row."""
    for row in read_csv(path, limit):
        yield split_summary(row.get("summary", ""))


__all__ = ["GTD_FIELDS", "GTD_TARGETS", "group_keys", "iter_texts", "same_group", "score_gtd",
           "split_summary"]
