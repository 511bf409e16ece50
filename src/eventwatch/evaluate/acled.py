"""Score the extractor against an ACLED export (CSV, ACLED's public column names).

Each ACLED row is one event coded by hand from a short English report (`notes`). We strip
the coder's giveaway label ("Property destruction: ...") and the trailing "[size=...]" tag,
run the extractor on what is left with the row's upload date as the publication date, pick
one predicted event and compare it with the coded fields.

Choice of the predicted event: the event with the highest ``confidence``; ties (or no
confidence at all) go to the event that comes first in the extractor's output. The notes
report one event each, so this is the extractor's own best guess, never an oracle match
against the gold row.

Denominators: every row counts for every field. A row where no event was found (or the
extractor failed) is wrong for every field. Fields the gold row leaves empty are skipped
for that row only.

This module also holds the scoring primitives shared with :mod:`eventwatch.evaluate.gtd`:
:func:`same_province`, :func:`province_code`, :func:`haversine_km`, :func:`pick_event`,
:func:`normalise_name` and :class:`Scorer`.
"""

from __future__ import annotations

import csv
import math
import re
import statistics
import time
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..geo import haversine_km

ExtractFn = Callable[..., dict]

# Targets from issue 3 (share of rows, 0-1). Printed next to the figures.
ACLED_TARGETS: dict[str, float] = {
    "event_found": 0.97,
    "event_type": 0.88,
    "sub_event_type": 0.80,
    "admin1": 0.93,
    "location_25km": 0.80,
    "event_date": 0.97,
    "fatalities": 0.92,
    "inter1": 0.80,
    "inter2": 0.80,
}

# --------------------------------------------------------------------------- text prep

# A coder's label: a short capitalised phrase (at most five words, letters only) followed
# by a colon at the very start of the notes, e.g. "Weapons seizure:", "Movement of forces:".
_LABEL_RE = re.compile(r"^\s*[A-Z][A-Za-z'\-]*(?:[ /][A-Za-z'\-]+){0,4}\s*:\s+")
_SIZE_RE = re.compile(r"\s*\[size=[^\]]*\]\s*$", re.IGNORECASE)


def clean_notes(notes: str) -> str:
    """Strip a leading coder label and a trailing ``[size=...]`` tag from ACLED notes."""
    text = _SIZE_RE.sub("", notes or "")
    text = _LABEL_RE.sub("", text, count=1)
    return text.strip()


def timestamp_to_date(value: str | int | float | None) -> str | None:
    """ACLED's ``timestamp`` (Unix seconds of the record's upload) as YYYY-MM-DD, UTC."""
    if value in (None, ""):
        return None
    try:
        return datetime.fromtimestamp(int(float(value)), tz=UTC).date().isoformat()
    except (ValueError, OverflowError, OSError):
        return None


_DATE_FORMATS = ("%d-%b-%y", "%d-%B-%y", "%d-%b-%Y", "%d %B %Y", "%Y-%m-%d", "%m/%d/%Y")


def parse_acled_date(value: str | None) -> str | None:
    """ACLED's ``event_date`` ("31-Dec-19", "31 December 2019" or ISO) as YYYY-MM-DD."""
    if not value:
        return None
    value = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


# --------------------------------------------------------------------------- primitives


def to_float(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def to_int(value: Any) -> int | None:
    """Plain int from an int, a numeric string, or a ``{"low", "high"}`` dict (best = low)."""
    if isinstance(value, dict):
        for key in ("value", "best", "low", "high"):
            if value.get(key) is not None:
                return to_int(value[key])
        return None
    if isinstance(value, bool):
        return int(value)
    f = to_float(value)
    return None if f is None else int(round(f))


def normalise_name(name: Any) -> str:
    """Lower-case ASCII key of a place or group name: accents, punctuation, the article
    "al-"/"el-" and words such as "province", "governorate", "city" removed."""
    if name is None:
        return ""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'", "").replace("\u2019", "").replace("`", "")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    words = [
        w
        for w in s.split()
        if w
        not in {
            "province", "governorate", "state", "region", "district", "city", "town",
            "village", "county", "division", "prefecture", "muhafazat", "wilayah", "the",
        }
    ]
    # Arabic article at the start of a word: al-Anbar, as-Sulaymaniyah, ad-Diwaniyah.
    words = [re.sub(r"^(?:al|el|as|ad|an|ar|at|ash|az)(?=[a-z]{3,})$", "", w) for w in words]
    words = [w for w in words if w not in {"al", "el", "as", "ad", "an", "ar", "at", "ash", "az"}]
    return " ".join(words)


def _squash(key: str) -> str:
    """Looser key: no spaces, doubled letters single, final 'h' dropped (Basrah ~ Basra)."""
    s = key.replace(" ", "")
    s = re.sub(r"(.)\1+", r"\1", s)
    return s[:-1] if s.endswith("h") and len(s) > 4 else s


# ISO 3166-2 codes of Iraq's governorates with the spellings used by ACLED, the GTD and the
# press. A fallback only: the package gazetteer is asked first when it exists.
_IRAQ_PROVINCES: dict[str, tuple[str, ...]] = {
    "IQ-AN": ("Anbar", "Al Anbar", "Al-Anbar"),
    "IQ-BA": ("Basrah", "Basra", "Al Basrah"),
    "IQ-BB": ("Babil", "Babylon", "Babel"),
    "IQ-BG": ("Baghdad",),
    "IQ-DA": ("Dahuk", "Duhok", "Dohuk", "Dihok"),
    "IQ-DI": ("Diyala", "Diyalah"),
    "IQ-DQ": ("Dhi Qar", "Thi-Qar", "Thi Qar", "Zi Qar", "Dhiqar"),
    "IQ-KA": ("Karbala", "Kerbala", "Karbalaa"),
    "IQ-KI": ("Kirkuk", "Tamim", "At-Tamim"),
    "IQ-AR": ("Erbil", "Arbil", "Irbil", "Hawler", "Hewler"),
    "IQ-SU": ("Sulaymaniyah", "Sulaimaniyah", "Sulaymaniyya", "Sulaimani", "Slemani",
              "As Sulaymaniyah", "Halabja"),
    "IQ-MA": ("Maysan", "Missan", "Misan", "Mesan"),
    "IQ-MU": ("Muthanna", "Al Muthanna", "Muthana"),
    "IQ-NA": ("Najaf", "An Najaf"),
    "IQ-NI": ("Ninawa", "Ninewa", "Nineveh", "Ninevah", "Ninawa"),
    "IQ-QA": ("Qadisiyah", "Qadissiya", "Al-Qadisiyah", "Diwaniyah", "Qadisiyyah",
              "Qadisiya"),
    "IQ-SD": ("Salah ad Din", "Sala al-Din", "Saladin", "Salahuddin", "Salah al-Din",
              "Salahaddin", "Salah al Din"),
    "IQ-WA": ("Wasit", "Wassit"),
}
_FALLBACK_CODES: dict[str, str] = {}
for _code, _names in _IRAQ_PROVINCES.items():
    for _name in _names:
        _FALLBACK_CODES[_squash(normalise_name(_name))] = _code

_ISO_CODE_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    """The package gazetteer if it is installed and loads, else None."""
    try:
        from eventwatch.annotate.places import get_gazetteer  # type: ignore[import-not-found]

        return get_gazetteer()
    except Exception:  # noqa: BLE001 - the gazetteer is optional here
        return None


@lru_cache(maxsize=8192)
def province_code(name: str | None, country_iso3: str | None = None) -> str | None:
    """ISO 3166-2 code of a province name (any spelling), or None if unknown."""
    if not name:
        return None
    name = str(name).strip()
    if _ISO_CODE_RE.match(name):
        return name
    gaz = _gazetteer()
    if gaz is not None:
        # a province abroad in another spelling than the gazetteer's ("Jawzjan"/"Jowzjan")
        code = gaz.admin1_code_near(name, country_iso3) if country_iso3 else gaz.admin1_code(name)
        if code:
            return str(code)
    if country_iso3 in (None, "", "IRQ"):
        return _FALLBACK_CODES.get(_squash(normalise_name(name)))
    return None


def same_province(a: str | None, b: str | None, country_iso3: str | None = None) -> bool:
    """True if two province names or ISO 3166-2 codes denote the same first-level unit.

    Both sides go through :func:`province_code` (the package gazetteer when it exists, a
    built-in table of Iraq's governorates otherwise); where either side has no code the
    normalised names are compared."""
    if not a or not b:
        return False
    ca, cb = province_code(a, country_iso3), province_code(b, country_iso3)
    if ca and cb:
        return ca == cb
    ka, kb = normalise_name(a), normalise_name(b)
    return bool(ka) and (ka == kb or _squash(ka) == _squash(kb))


def same_place_name(a: str | None, b: str | None) -> bool:
    """Normalised comparison of two place names (town, city)."""
    ka, kb = normalise_name(a), normalise_name(b)
    return bool(ka) and (ka == kb or _squash(ka) == _squash(kb))


def pick_event(result: dict | None) -> tuple[dict | None, int]:
    """The predicted event to score and the number of events: the highest confidence,
    ties to the first one in output order."""
    events = [e for e in ((result or {}).get("events") or []) if isinstance(e, dict)]
    if not events:
        return None, 0
    best, best_conf = events[0], to_float(events[0].get("confidence"))
    for ev in events[1:]:
        conf = to_float(ev.get("confidence"))
        if conf is not None and (best_conf is None or conf > best_conf):
            best, best_conf = ev, conf
    return best, len(events)


def same_label(a: Any, b: Any) -> bool:
    """Case- and space-insensitive equality of two category labels."""
    if a is None or b is None:
        return False
    return " ".join(str(a).lower().split()) == " ".join(str(b).lower().split())


def default_extract_fn() -> ExtractFn:
    from eventwatch import extract  # type: ignore[attr-defined]

    return extract


def run_extract(extract_fn: ExtractFn, text: str, published: str | None) -> tuple[dict, str | None]:
    """Call the extractor; an exception or an ``error`` in its output is returned, not raised."""
    try:
        result = extract_fn(text, published=published)
    except Exception as exc:  # noqa: BLE001 - one bad row must not stop the evaluation
        return {"events": []}, f"{type(exc).__name__}: {exc}"
    if not isinstance(result, dict):
        return {"events": []}, f"extractor returned {type(result).__name__}"
    return result, result.get("error") or None


# --------------------------------------------------------------------------- scorer


class Scorer:
    """Accumulates per-row field results and turns them into a summary dict.

    ``check(field, ok, expected, predicted)`` records one field of the current row; ``ok``
    None means the gold value is unknown and the row is skipped for that field."""

    def __init__(self, dataset: str, path: str, targets: dict[str, float], fields: list[str],
                 confusion_fields: tuple[str, ...] = ()):
        self.dataset = dataset
        self.confusion_fields = confusion_fields
        self.path = path
        self.targets = targets
        self.fields = fields
        self.cases: list[dict] = []
        self.distances: list[float] = []
        self.n_events: list[int] = []
        self.errors = 0
        self._row: dict | None = None
        self._t0 = time.perf_counter()

    def start_row(self, row_id: str, text: str, published: str | None,
                  group: str | None = None) -> None:
        """Begin a row; ``group`` (e.g. the gold event type) drives the per-group table."""
        self._row = {"id": row_id, "text": text, "published": published, "fields": {},
                     "group": group}
        self.cases.append(self._row)

    def predict(self, fn: ExtractFn, row_id: str, text: str, published: str | None,
                group: str | None) -> dict | None:
        """Run the extractor on one gold row and return the event it scores (None: none found)."""
        self.start_row(row_id, text, published, group=group)
        result, err = run_extract(fn, text, published)
        if err:
            self.errors += 1
            self.cases[-1]["error"] = err
        ev, n_ev = pick_event(result)
        self.n_events.append(n_ev)
        return ev

    def check_location(self, row: dict, predicted: dict, gold_name: str | None) -> None:
        """Score `location_25km` (haversine distance) and keep the distance for the median."""
        glat, glon = to_float(row.get("latitude")), to_float(row.get("longitude"))
        plat, plon = to_float(predicted.get("latitude")), to_float(predicted.get("longitude"))
        dist = None
        if None not in (glat, glon, plat, plon):
            dist = haversine_km(glat, glon, plat, plon)  # type: ignore[arg-type]
            self.distances.append(dist)
        self.check(
            "location_25km",
            None if glat is None or glon is None else (dist is not None and dist <= 25.0),
            f"{gold_name} ({glat}, {glon})",
            f"{predicted.get('location')} ({plat}, {plon})" + ("" if dist is None else f" {dist:.0f} km"),
        )

    def check(self, field: str, ok: bool | None, expected: Any, predicted: Any) -> None:
        assert self._row is not None
        self._row["fields"][field] = {"ok": ok, "expected": expected, "predicted": predicted}

    def summary(self, errors: int = 0) -> dict:
        elapsed = time.perf_counter() - self._t0
        metrics: dict[str, dict] = {}
        for field in self.fields:
            checked = [c["fields"][field]["ok"] for c in self.cases if field in c["fields"]]
            checked = [ok for ok in checked if ok is not None]
            n, correct = len(checked), sum(1 for ok in checked if ok)
            metrics[field] = {
                "value": (correct / n) if n else None,
                "correct": correct,
                "n": n,
                "target": self.targets.get(field),
            }
        if self.distances:
            metrics["location_median_km"] = {
                "value": statistics.median(self.distances),
                "n": len(self.distances),
                "unit": "km",
            }
        n_rows = len(self.cases)
        groups: dict[str, dict] = {}
        for name in sorted({c["group"] for c in self.cases if c.get("group")}):
            rows = [c for c in self.cases if c.get("group") == name]
            per: dict[str, Any] = {"rows": len(rows)}
            for field in self.fields:
                oks = [c["fields"][field]["ok"] for c in rows if field in c["fields"]]
                oks = [ok for ok in oks if ok is not None]
                per[field] = round(sum(oks) / len(oks), 3) if oks else None
            groups[name] = per
        confusions: dict[str, list] = {}
        for field in self.confusion_fields:
            counts: dict[tuple, int] = {}
            for c in self.cases:
                f = c["fields"].get(field)
                if f and f["ok"] is False:
                    key = (str(f["expected"]), str(f["predicted"]))
                    counts[key] = counts.get(key, 0) + 1
            top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
            confusions[field] = [
                {"expected": e, "predicted": p, "count": k} for (e, p), k in top
            ]
        out = {
            "dataset": self.dataset,
            "path": self.path,
            "rows": n_rows,
            "metrics": metrics,
            "events_per_row": (sum(self.n_events) / n_rows) if n_rows else None,
            "rows_with_several_events": sum(1 for k in self.n_events if k > 1),
            "extractor_errors": self.errors,
            "seconds": round(elapsed, 3),
            "rows_per_second": (n_rows / elapsed) if elapsed > 0 else None,
            "by_group": groups,
            "confusions": confusions,
            "worst": worst_cases(self.cases, errors) if errors else [],
        }
        out["targets_met"] = sum(
            1 for m in metrics.values()
            if m.get("target") is not None and m["value"] is not None and m["value"] >= m["target"]
        )
        out["targets_total"] = sum(1 for m in metrics.values() if m.get("target") is not None)
        return out


def worst_cases(cases: list[dict], n: int) -> list[dict]:
    """The ``n`` rows with the most failing fields (ties keep file order), failing fields only."""
    scored = []
    for i, c in enumerate(cases):
        failed = {k: v for k, v in c["fields"].items() if v["ok"] is False}
        if failed:
            scored.append((-len(failed), i, c, failed))
    scored.sort(key=lambda t: (t[0], t[1]))
    out = []
    for _, _, c, failed in scored[:n]:
        out.append(
            {
                "id": c["id"],
                "text": c["text"],
                "published": c["published"],
                "error": c.get("error"),
                "failed": {
                    k: {"expected": v["expected"], "predicted": v["predicted"]}
                    for k, v in failed.items()
                },
            }
        )
    return out


def read_csv(path: str | Path, limit: int | None = None) -> Iterator[dict]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if limit is not None and i >= limit:
                break
            yield row


# --------------------------------------------------------------------------- ACLED

ACLED_FIELDS = [
    "event_found", "event_type", "sub_event_type", "admin1", "location_25km", "event_date",
    "event_date_month_day", "fatalities", "inter1", "inter2",
]


def recent_past_year_ok(gold: str | None, published: str | None) -> bool | None:
    """Would "<month> <day>" read against the publication date (the latest such date on or
    before it) give the gold date? None when either date is unknown.

    ACLED's ``timestamp`` is the upload of the record's latest version, sometimes more than
    a year after the event, so for notes without a year even a perfect reader cannot get
    the year right; the share of rows where this is True is the ceiling of ``event_date``
    for such a reader, reported next to the score."""
    if not gold or not published:
        return None
    g, p = datetime.fromisoformat(gold).date(), datetime.fromisoformat(published).date()
    for year in (p.year, p.year - 1):
        try:
            cand = g.replace(year=year)
        except ValueError:  # 29 February
            continue
        if cand <= p:
            return cand == g
    return False


def score_acled(
    path: str | Path,
    limit: int | None = None,
    extract_fn: ExtractFn | None = None,
    errors: int = 0,
    progress: Callable[[int], None] | None = None,
) -> dict:
    """Score the extractor on an ACLED CSV; returns a summary dict (see :class:`Scorer`).

    ``extract_fn(text, published=...)`` defaults to :func:`eventwatch.extract`; pass a fake
    one to test the scoring itself. ``errors`` > 0 adds the worst rows under ``"worst"``."""
    fn = extract_fn or default_extract_fn()
    sc = Scorer("acled", str(path), ACLED_TARGETS, ACLED_FIELDS,
                confusion_fields=("event_type", "sub_event_type", "inter1", "inter2"))
    ceiling: list[bool | None] = []
    for i, row in enumerate(read_csv(path, limit)):
        text = clean_notes(row.get("notes", ""))
        published = timestamp_to_date(row.get("timestamp"))
        ev = sc.predict(fn, row.get("event_id_cnty") or row.get("data_id") or str(i), text, published,
                        group=row.get("event_type") or None)
        found = ev is not None
        p = ev or {}
        iso3 = row.get("iso3") or None

        sc.check("event_found", found, True, found)
        sc.check(
            "event_type", found and same_label(p.get("event_type"), row.get("event_type")),
            row.get("event_type"), p.get("event_type"),
        )
        sc.check(
            "sub_event_type",
            found and same_label(p.get("sub_event_type"), row.get("sub_event_type")),
            row.get("sub_event_type"), p.get("sub_event_type"),
        )
        gold_admin1 = row.get("admin1") or None
        pred_admin1 = p.get("admin1_code") or p.get("admin1")
        sc.check(
            "admin1",
            None if not gold_admin1 else found and same_province(gold_admin1, pred_admin1, iso3),
            gold_admin1, p.get("admin1_code") or p.get("admin1"),
        )
        sc.check_location(row, p, row.get("location"))
        gold_date = parse_acled_date(row.get("event_date"))
        pred_date = p.get("event_date")
        sc.check(
            "event_date",
            None if gold_date is None else found and pred_date == gold_date,
            gold_date, pred_date,
        )
        sc.check(
            "event_date_month_day",
            None if gold_date is None else found and bool(pred_date)
            and str(pred_date)[5:10] == gold_date[5:10],
            gold_date, pred_date,
        )
        ceiling.append(recent_past_year_ok(gold_date, published))
        gold_fat = to_int(row.get("fatalities"))
        pred_fat = to_int(p.get("fatalities"))
        pred_fat = 0 if pred_fat is None else pred_fat
        sc.check(
            "fatalities",
            None if gold_fat is None else found and pred_fat == gold_fat,
            gold_fat, pred_fat if found else None,
        )
        gold_i1, gold_i2 = to_int(row.get("inter1")), to_int(row.get("inter2"))
        pred_i1, pred_i2 = to_int(p.get("inter1")), to_int(p.get("inter2"))
        pred_i2 = 0 if pred_i2 is None else pred_i2
        sc.check("inter1", None if gold_i1 is None else found and pred_i1 == gold_i1,
                 gold_i1, pred_i1)
        sc.check("inter2", None if gold_i2 is None else found and pred_i2 == gold_i2,
                 gold_i2, pred_i2 if found else None)
        if progress is not None:
            progress(1)
    out = sc.summary(errors)
    known = [c for c in ceiling if c is not None]
    out["notes"] = {
        "event_date_year_ceiling": (sum(known) / len(known)) if known else None,
        "event_date_year_ceiling_help": (
            "share of rows where the gold date is the latest <month day> on or before the "
            "publication date (the timestamp): the best event_date a reader without a "
            "year in the text can reach"
        ),
    }
    return out


def iter_texts(path: str | Path, limit: int | None = None) -> Iterator[tuple[str, str | None]]:
    """(cleaned notes, publication date) for each row, e.g. to build a benchmark corpus."""
    for row in read_csv(path, limit):
        yield clean_notes(row.get("notes", "")), timestamp_to_date(row.get("timestamp"))


__all__ = [
    "ACLED_FIELDS", "ACLED_TARGETS", "Scorer", "clean_notes", "haversine_km", "iter_texts",
    "normalise_name", "parse_acled_date", "pick_event", "province_code", "same_place_name",
    "same_province", "score_acled", "timestamp_to_date",
]
