"""Exports in the formats analysts already use: ACLED CSV, GTD CSV, GeoJSON, Parquet, JSONL.

Column names and spellings follow ACLED's export (event_id_cnty, event_date as "17 February
2019", time_precision 1-3, inter codes, interaction...) and the Global Terrorism Database's
codebook (eventid, iyear/imonth/iday, country_txt, provstate, attacktype1_txt, targtype1_txt,
gname, nkill, nwound, nhostkid...). Every format also carries the provenance: an
`eventwatch_sources` column (JSON: article, outlet, url, date, sentence, that source's
figures) and `eventwatch_evidence` (JSON: the span behind each field).

Only events with a GTD attack type go to the GTD file (the GTD records terrorism only).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

import click

FORMATS = ("acled-csv", "gtd-csv", "geojson", "parquet", "jsonl")

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
GTD_COLUMNS = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country", "country_txt", "region", "region_txt",
    "provstate", "city", "latitude", "longitude", "specificity", "vicinity", "summary", "attacktype1",
    "attacktype1_txt", "targtype1", "targtype1_txt", "gname", "nkill", "nwound", "ishostkid", "nhostkid",
    "ransom", "ransomamt", "scite1", "scite2", "scite3", "dbsource",
)
EXTRA_COLUMNS = ("eventwatch_id", "eventwatch_sources", "eventwatch_evidence")

ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
ACLED_DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}
# ISO 3166-1 numeric codes and ACLED regions of the countries the gazetteer covers most.
ISO_NUMERIC = {"IRQ": 368, "SYR": 760, "TUR": 792, "IRN": 364, "JOR": 400, "SAU": 682, "KWT": 414, "LBN": 422,
               "ISR": 376, "PSE": 275, "YEM": 887, "EGY": 818, "LBY": 434, "AFG": 4, "PAK": 586, "NGA": 566,
               "SOM": 706, "MLI": 466, "NER": 562, "BFA": 854}
ACLED_REGION = {"IRQ": "Middle East", "SYR": "Middle East", "TUR": "Middle East", "IRN": "Middle East",
                "JOR": "Middle East", "SAU": "Middle East", "KWT": "Middle East", "LBN": "Middle East",
                "ISR": "Middle East", "PSE": "Middle East", "YEM": "Middle East", "EGY": "Northern Africa",
                "LBY": "Northern Africa", "AFG": "Caucasus and Central Asia", "PAK": "Southern Asia",
                "NGA": "Western Africa", "MLI": "Western Africa", "NER": "Western Africa", "BFA": "Western Africa",
                "SOM": "Eastern Africa"}
# GTD codebook: country codes, regions, attack and target type codes.
GTD_COUNTRY = {"IRQ": 95, "SYR": 200, "TUR": 209, "IRN": 94, "JOR": 102, "SAU": 173, "LBN": 110, "YEM": 228,
               "EGY": 60, "LBY": 113, "AFG": 4, "PAK": 153, "NGA": 147, "SOM": 182, "MLI": 122, "NER": 146}
GTD_REGION = {95: 10, 200: 10, 209: 10, 94: 10, 102: 10, 173: 10, 110: 10, 228: 10, 60: 10, 113: 10,
              4: 6, 153: 6, 147: 11, 182: 11, 122: 11, 146: 11}
GTD_REGION_TXT = {6: "South Asia", 10: "Middle East & North Africa", 11: "Sub-Saharan Africa"}
GTD_ATTACK = {"Assassination": 1, "Armed Assault": 2, "Bombing/Explosion": 3, "Hijacking": 4,
              "Hostage Taking (Barricade Incident)": 5, "Hostage Taking (Kidnapping)": 6,
              "Facility/Infrastructure Attack": 7, "Unarmed Assault": 8, "Unknown": 9}
GTD_TARGET = {"Business": 1, "Government (General)": 2, "Police": 3, "Military": 4, "Abortion Related": 5,
              "Airports & Aircraft": 6, "Government (Diplomatic)": 7, "Educational Institution": 8,
              "Food or Water Supply": 9, "Journalists & Media": 10, "Maritime": 11, "NGO": 12, "Other": 13,
              "Private Citizens & Property": 14, "Religious Figures/Institutions": 15, "Telecommunication": 16,
              "Terrorists/Non-State Militia": 17, "Tourists": 18, "Transportation": 19, "Unknown": 20,
              "Utilities": 21, "Violent Political Party": 22}
GTD_SPECIFICITY = {1: 1, 2: 2, 3: 4}


def events_with_sources(conn: Any, **filters: Any) -> Iterator[dict[str, Any]]:
    """Every stored event (filtered like `query_events`) with its full list of sources."""
    from . import store

    for row in store.query_events(conn, **filters):
        event = store.get_event(conn, row["id"])
        if event is not None:
            yield event


def sources_summary(event: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"article_id": s["article_id"], "title": s["title"], "outlet": s["outlet"], "url": s["url"],
             "published": s["published"], "sentence": s["sentence"], "figures": s["figures"]}
            for s in event.get("sources", [])]


def _extras(event: dict[str, Any]) -> dict[str, Any]:
    return {"eventwatch_id": event["id"],
            "eventwatch_sources": json.dumps(sources_summary(event), ensure_ascii=False),
            "eventwatch_evidence": json.dumps(event.get("evidence") or {}, ensure_ascii=False)}


def acled_date(value: str | None) -> str:
    """ACLED writes dates as "17 February 2019"."""
    if not value:
        return ""
    day = date.fromisoformat(value[:10])
    return f"{day.day} {day.strftime('%B')} {day.year}"


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two actor types, smaller first (60 for protesters alone)."""
    if not inter1 and not inter2:
        return None
    a, b = sorted(x for x in (inter1 or 0, inter2 or 0))
    return b * 10 if a == 0 else a * 10 + b


def _outlets(event: dict[str, Any]) -> str:
    names = [s.get("outlet") or s.get("url") or s["article_id"] for s in event.get("sources", [])]
    return "; ".join(dict.fromkeys(n for n in names if n))


def _notes(event: dict[str, Any]) -> str:
    sentences = [s["sentence"] for s in event.get("sources", []) if s.get("sentence")]
    return " | ".join(dict.fromkeys(sentences)) or (event.get("sentence") or "")


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    iso3 = event.get("iso3") or ""
    published = [s.get("published") for s in event.get("sources", []) if s.get("published")]
    stamp = published[0] if published else None
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}EW{event['id']}",
        "event_date": acled_date(event.get("event_date")),
        "year": event["event_date"][:4] if event.get("event_date") else "",
        "time_precision": ACLED_TIME_PRECISION.get(event.get("date_precision") or "", ""),
        "disorder_type": ACLED_DISORDER.get(event.get("event_type") or "", ""),
        "event_type": event.get("event_type") or "",
        "sub_event_type": event.get("sub_event_type") or "",
        "actor1": event.get("actor1") or "",
        "assoc_actor_1": "",
        "inter1": event.get("inter1") if event.get("inter1") is not None else "",
        "actor2": event.get("actor2") or "",
        "assoc_actor_2": "",
        "inter2": event.get("inter2") if event.get("inter2") is not None else 0,
        "interaction": interaction(event.get("inter1"), event.get("inter2")) or "",
        "civilian_targeting": "Civilian targeting" if event.get("inter2") == 7 else "",
        "iso": ISO_NUMERIC.get(iso3, ""),
        "region": ACLED_REGION.get(iso3, ""),
        "country": event.get("country") or "",
        "admin1": event.get("admin1") or "",
        "admin2": event.get("admin2") or "",
        "admin3": "",
        "location": event.get("location") or "",
        "latitude": event.get("latitude") if event.get("latitude") is not None else "",
        "longitude": event.get("longitude") if event.get("longitude") is not None else "",
        "geo_precision": event.get("geo_precision") or "",
        "source": _outlets(event),
        "source_scale": "",
        "notes": _notes(event),
        "fatalities": event.get("fatalities") or 0,
        "tags": "; ".join(event.get("tactics") or []),
        "timestamp": _unix(stamp),
        **_extras(event),
    }


def gtd_row(event: dict[str, Any], serial: int) -> dict[str, Any]:
    day = date.fromisoformat(event["event_date"][:10]) if event.get("event_date") else None
    precision = event.get("date_precision")
    country = GTD_COUNTRY.get(event.get("iso3") or "")
    region = GTD_REGION.get(country or -1)
    attack = event.get("gtd_attack_type") or "Unknown"
    target = event.get("target_type") or "Unknown"
    sources = [s.get("url") or s.get("outlet") or s["article_id"] for s in event.get("sources", [])]
    # The GTD's perpetrator, which for a disrupted attack is not ACLED's actor1 (the forces that
    # stopped it); records stored before the field existed fall back on actor1.
    gname = (event.get("perpetrator") if "perpetrator" in event else event.get("actor1")) or "Unknown"
    if gname.lower().startswith("unidentified"):
        gname = "Unknown"
    kidnapped = event.get("kidnapped")
    ransom = event.get("money_purpose") == "ransom"  # other money (stolen, extorted) is no ransom
    return {
        "eventid": f"{day.strftime('%Y%m%d') if day else '00000000'}{serial:04d}",
        "iyear": day.year if day else "",
        "imonth": day.month if day and precision in ("day", "week", "month") else 0,
        "iday": day.day if day and precision == "day" else 0,
        "approxdate": event.get("date_text") or "" if precision != "day" else "",
        "extended": 0,
        "country": country or "",
        "country_txt": event.get("country") or "",
        "region": region or "",
        "region_txt": GTD_REGION_TXT.get(region or -1, ""),
        "provstate": event.get("admin1") or "",
        "city": event.get("location") or "",
        "latitude": event.get("latitude") if event.get("latitude") is not None else "",
        "longitude": event.get("longitude") if event.get("longitude") is not None else "",
        "specificity": GTD_SPECIFICITY.get(event.get("geo_precision") or 0, 5),
        "vicinity": 1 if event.get("geo_precision") == 2 else 0,
        "summary": _gtd_summary(day, precision, _notes(event)),
        "attacktype1": GTD_ATTACK.get(attack, 9),
        "attacktype1_txt": attack,
        "targtype1": GTD_TARGET.get(target, 20),
        "targtype1_txt": target,
        "gname": gname,
        "nkill": _or_blank(event.get("fatalities")),
        "nwound": _or_blank(event.get("injured")),
        "ishostkid": 1 if kidnapped or attack.startswith("Hostage") else 0,
        "nhostkid": _or_blank(kidnapped),
        "ransom": 1 if ransom else "",
        "ransomamt": _or_blank(event.get("money_amount") if ransom else None),
        "scite1": sources[0] if len(sources) > 0 else "",
        "scite2": sources[1] if len(sources) > 1 else "",
        "scite3": "; ".join(sources[2:]),
        "dbsource": "eventwatch",
        **_extras(event),
    }


def _gtd_summary(day: date | None, precision: str | None, notes: str) -> str:
    if day is None:
        return notes
    stamp = day.strftime("%m/%d/%Y") if precision == "day" else day.strftime("%m/00/%Y")
    return f"{stamp}: {notes}"


def _or_blank(value: Any) -> Any:
    return "" if value is None else value


def _unix(published: str | None) -> int | str:
    if not published:
        return ""
    day = date.fromisoformat(published[:10])
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def write_csv(rows: list[dict[str, Any]], columns: tuple[str, ...], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=[*columns, *EXTRA_COLUMNS], extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def geojson(events: list[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection: a Point per event (null geometry where the place is unknown)."""
    features = []
    for event in events:
        geometry = None
        if event.get("latitude") is not None and event.get("longitude") is not None:
            geometry = {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]}
        properties = {k: v for k, v in event.items() if k not in ("sources",)}
        properties["sources"] = sources_summary(event)
        features.append({"type": "Feature", "id": event["id"], "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def flat_record(event: dict[str, Any]) -> dict[str, Any]:
    """One row per event for Parquet: scalar fields plus JSON text for the nested ones."""
    out: dict[str, Any] = {}
    for key, value in event.items():
        if key == "sources":
            out["sources"] = json.dumps(sources_summary(event), ensure_ascii=False)
            out["n_sources"] = len(value)
        elif isinstance(value, (dict, list)):
            out[key] = json.dumps(value, ensure_ascii=False)
        else:
            out[key] = value
    return out


def write_parquet(events: list[dict[str, Any]], path: str | Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_record(e) for e in events]
    columns = list(dict.fromkeys(k for row in rows for k in row)) or ["id"]
    floats = {"latitude", "longitude", "money_amount", "confidence"}
    ints = {"id", "inter1", "inter2", "geo_precision", "fatalities", "injured", "kidnapped", "arrested",
            "sentence_start", "sentence_end", "n_sources"}
    fields = [pa.field(c, pa.float64() if c in floats else pa.int64() if c in ints else pa.string())
              for c in columns]
    data = {c: [_cast(row.get(c), c in floats, c in ints) for row in rows] for c in columns}
    pq.write_table(pa.Table.from_pydict(data, schema=pa.schema(fields)), str(path))


def _cast(value: Any, is_float: bool, is_int: bool) -> Any:
    if value is None:
        return None
    if is_float:
        return float(value)
    if is_int:
        return int(value)
    return str(value)


def export(conn: Any, fmt: str, out: str | Path | TextIO, **filters: Any) -> int:
    """Write the stored events in `fmt` to a path (or '-' / a text stream); returns the count."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    events = list(events_with_sources(conn, **filters))
    if fmt == "gtd-csv":
        events = [e for e in events if e.get("gtd_attack_type")]
    if fmt == "parquet":
        if not isinstance(out, (str, Path)) or str(out) == "-":
            raise ValueError("parquet needs a file path")
        write_parquet(events, out)
        return len(events)
    buffer = io.StringIO()
    if fmt == "acled-csv":
        write_csv([acled_row(e) for e in events], ACLED_COLUMNS, buffer)
    elif fmt == "gtd-csv":
        serials: dict[str, int] = {}
        rows = []
        for event in events:
            key = (event.get("event_date") or "")[:10]
            serials[key] = serials.get(key, 0) + 1
            rows.append(gtd_row(event, serials[key]))
        write_csv(rows, GTD_COLUMNS, buffer)
    elif fmt == "geojson":
        json.dump(geojson(events), buffer, ensure_ascii=False, indent=1)
        buffer.write("\n")
    else:
        for event in events:
            buffer.write(json.dumps(event, ensure_ascii=False, default=str) + "\n")
    text = buffer.getvalue()
    if isinstance(out, (str, Path)):
        if str(out) == "-":
            sys.stdout.write(text)
        else:
            Path(out).write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return len(events)


@click.command("export")
@click.argument("out", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("--db", default="eventwatch.db", show_default=True, help="SQLite file or postgresql:// URL.")
@click.option("--type", "event_type", help="Only this ACLED event type or sub-event type.")
@click.option("--province", help="Province name or ISO 3166-2 code.")
@click.option("--since", help="First date, YYYY-MM-DD.")
@click.option("--until", help="Last date, YYYY-MM-DD.")
def export_command(out: str, fmt: str, db: str, event_type: str | None, province: str | None, since: str | None,
                   until: str | None) -> None:
    """Export events as ACLED CSV, GTD CSV, GeoJSON, Parquet or JSONL to OUT ('-' for stdout).

    Every format includes each event's sources (article, outlet, sentence, figures) and evidence.
    """
    from .opendb import open_existing

    conn = open_existing(db)
    try:
        count = export(conn, fmt, out, event_type=event_type, province=province, since=since, until=until)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        conn.close()
    click.echo(f"{count} event(s) written to {out} ({fmt})", err=True)
