"""Score the geoparser on GeoWebNews (Gritta, Pilehvar and Collier 2019).

    python -m eventwatch.evaluate.geowebnews PATH/TO/GWN.xml [--limit N] [--json]

Toponym recognition: a predicted mention is a true positive when its toponym span has the same
start and end offsets as a gold toponym. The span is the place name as a proper name
(`places.toponym_span`): without a lower-case type word ("Kirkuk province") or relation, with
a capitalised compass word before it or generic word after it ("North Africa", "Benue State",
"Indian Ocean"), as the GeoWebNews annotation marks names; `--name-spans` scores the gazetteer
name alone ("Africa", "Benue"), the scorer's spans until session 5. Gold
toponyms are those of the types the GeoWebNews paper counts as toponyms (literal, metonymic,
mixed, coercion, embedded, noun and adjective modifiers); expressions, demonyms, homonyms and
non-toponyms are not. Predictions that overlap a gold non-toponym or expression span only
partially still count as false positives. Country adjectives ("Syrian") are gold toponyms,
and so are the names of streets and buildings ("Kelm Street", "Tarvo General Hospital") and
villages too small for the gazetteer, so the scorer asks the geoparser for them
(find_places(adjectives=True, embedded=True, facilities=True, localities=True)).

Geocoding: for every true positive with gold coordinates, the great-circle distance between the
predicted and the gold point; accuracy@161km is the share within 161 km (100 miles), with the
mean and median error in km.

The gold file is never copied into the repository; the path is an argument.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import xml.etree.ElementTree as ET

from eventwatch.annotate.places import find_places, name_span, toponym_span
from eventwatch.geo import haversine_km

TOPONYM_TYPES = {
    "Literal", "Literal_Modifier", "Non_Literal_Modifier", "Metonymic", "Mixed", "Coercion",
    "Embedded_Literal", "Embedded_Non_Lit",
}


def load_gwn(path: str, limit: int | None = None) -> list[dict]:
    root = ET.parse(path).getroot()
    arts = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for tp in art.find("toponyms") or []:
            d = {c.tag: c.text for c in tp}
            lat = d.get("latitude")
            tops.append({
                "start": int(d["start"]), "end": int(d["end"]), "name": d.get("extractedName"),
                "type": d.get("type"),
                "lat": float(lat) if lat else None,
                "lon": float(d["longitude"]) if d.get("longitude") else None,
            })
        arts.append({"id": art.get("file"), "text": text, "toponyms": tops})
        if limit and len(arts) >= limit:
            break
    return arts


def score_geowebnews(path: str, limit: int | None = None, proper_spans: bool = True) -> dict:
    """Toponym P/R/F1 and geocoding accuracy within 161 km on GeoWebNews, plus worst errors.

    proper_spans: a mention's span is its toponym as a proper name (toponym_span: "North
    Africa", "Benue State", as GeoWebNews marks names); False scores the gazetteer name alone
    (the scorer's spans before session 5)."""
    arts = load_gwn(path, limit)
    tp = fp = fn = 0
    dists: list[float] = []
    errors: list[dict] = []
    fps: dict[str, int] = {}
    fns: dict[str, int] = {}
    for art in arts:
        text = art["text"]
        gold = {(t["start"], t["end"]): t for t in art["toponyms"] if t["type"] in TOPONYM_TYPES}
        mentions = find_places(text, adjectives=True, embedded=True, facilities=True,
                               localities=True)
        pred = {}
        for m in mentions:
            pred[toponym_span(text, m) if proper_spans else name_span(m)] = m
        for span, m in pred.items():
            g = gold.get(span)
            if g is None:
                fp += 1
                fps[text[span[0]:span[1]]] = fps.get(text[span[0]:span[1]], 0) + 1
                continue
            tp += 1
            if g["lat"] is not None:
                d = haversine_km(m.place.latitude, m.place.longitude, g["lat"], g["lon"])
                dists.append(d)
                if d > 161:
                    errors.append({"article": art["id"], "text": g["name"],
                                   "predicted": f"{m.place.name} ({m.place.feature}, "
                                                f"{m.place.country or '-'})",
                                   "km": round(d)})
        for span, g in gold.items():
            if span not in pred:
                fn += 1
                fns[g["name"]] = fns.get(g["name"], 0) + 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    errors.sort(key=lambda x: -x["km"])
    return {
        "articles": len(arts),
        "gold_toponyms": tp + fn,
        "predicted": tp + fp,
        "true_positives": tp,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f1, 4),
        "geocoded": len(dists),
        "accuracy_161km": round(sum(d <= 161 for d in dists) / len(dists), 4) if dists else 0.0,
        "mean_error_km": round(statistics.fmean(dists), 1) if dists else None,
        "median_error_km": round(statistics.median(dists), 1) if dists else None,
        "worst_errors": errors[:25],
        "top_false_positives": sorted(fps.items(), key=lambda kv: (-kv[1], kv[0]))[:25],
        "top_false_negatives": sorted(fns.items(), key=lambda kv: (-kv[1], kv[0]))[:25],
    }


def score_acled_places(path: str, limit: int | None = None) -> dict:
    """Place resolution on ACLED rows: admin1 accuracy and share within 25 km.

    Each row's `notes` (a leading "Label:" stripped) goes through find_places; the place is
    best_place over the whole note. admin1 is compared through ISO 3166-2 codes
    (Gazetteer.admin1_code on ACLED's spelling), the point by great-circle distance.
    """
    import csv
    import re

    from eventwatch.annotate.places import best_place, get_gazetteer

    gz = get_gazetteer()
    n = found = a1_ok = km25 = 0
    errors = []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if limit and n >= limit:
                break
            n += 1
            notes = re.sub(r"^\s*[A-Z][A-Za-z /-]{0,40}:\s+", "", row["notes"])
            m = best_place(find_places(notes), 0, len(notes))
            gold_code = gz.admin1_code(row["admin1"], row.get("iso3") or None)
            if m is None:
                errors.append({"notes": notes[:120], "gold": row["location"], "predicted": None})
                continue
            found += 1
            pcode = m.place.admin1_code
            if pcode and pcode == gold_code:
                a1_ok += 1
            d = haversine_km(m.place.latitude, m.place.longitude, float(row["latitude"]),
                             float(row["longitude"]))
            if d <= 25:
                km25 += 1
            elif len(errors) < 200:
                errors.append({"notes": notes[:120], "gold": f"{row['location']} "
                               f"({row['admin1']})", "predicted": f"{m.place.name} "
                               f"({m.place.feature}, {pcode})", "km": round(d)})
    return {
        "rows": n, "with_place": found,
        "admin1_accuracy": round(a1_ok / n, 4) if n else 0.0,
        "within_25km": round(km25 / n, 4) if n else 0.0,
        "errors": errors[:40],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--acled", action="store_true", help="PATH is an ACLED CSV")
    ap.add_argument("--name-spans", action="store_true",
                    help="score the gazetteer name alone, not the toponym as a proper name")
    a = ap.parse_args(argv)
    if a.acled:
        res = score_acled_places(a.path, a.limit)
        if a.json:
            json.dump(res, sys.stdout, indent=1, ensure_ascii=False)
            print()
            return 0
        print(f"ACLED: {res['rows']} rows, place found in {res['with_place']}")
        print(f"admin1 accuracy {res['admin1_accuracy']:.3f}  within 25 km "
              f"{res['within_25km']:.3f}")
        for e in res["errors"][:25]:
            print("  ", e)
        return 0
    res = score_geowebnews(a.path, a.limit, proper_spans=not a.name_spans)
    if a.json:
        json.dump(res, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    print(f"GeoWebNews: {res['articles']} articles, {res['gold_toponyms']} gold toponyms, "
          f"{res['predicted']} predicted")
    print(f"toponyms  P {res['precision']:.3f}  R {res['recall']:.3f}  F1 {res['f1']:.3f}")
    print(f"geocoding accuracy@161km {res['accuracy_161km']:.3f} over {res['geocoded']} "
          f"(mean {res['mean_error_km']} km, median {res['median_error_km']} km)")
    print("worst errors:")
    for e in res["worst_errors"][:15]:
        print(f"  {e['article']:>4} {e['text']!r:28} -> {e['predicted']}  {e['km']} km")
    print("top false positives:", res["top_false_positives"][:20])
    print("top false negatives:", res["top_false_negatives"][:20])
    return 0


if __name__ == "__main__":
    sys.exit(main())
