"""Store stage: extractions into SQLite (default) or PostgreSQL, one transaction per article.

- `connect(db)`: a SQLite path (WAL: readers never block a running ingest, and never see half
  an article) or a `postgresql://` URL; the schema is migrated to the latest version.
- `save(conn, extraction)`: the article, its claims and aggregates, and its events, each
  event resolved against the stored ones (`eventwatch.resolve`): the same incident told by
  several articles becomes one event with several sources. All in one transaction. Re-saving
  an unchanged article is a no-op; a changed article replaces its own sources only.
- Queries: `query_events`, `get_event`, `query_claims`, `query_aggregates`, `counts`, `trends`.

The schema: `events` holds one row per incident (the merged values), `event_sources` one row
per report of it (that article's own values, sentence and evidence); see docs/storage.md.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import resolve
from ..records import EVENT_FIELDS, Extraction
from .backend import Store, is_postgres_url, open_store
from .migrations import LATEST as SCHEMA_VERSION
from .migrations import current_version, migrate

__all__ = [
    "SCHEMA_VERSION", "Store", "connect", "content_hash", "counts", "current_version", "get_event",
    "is_postgres_url", "migrate", "query_aggregates", "query_claims", "query_events", "record_error", "save",
    "trends",
]

ROW_COLUMNS = (*EVENT_FIELDS, "date_text", "ranges", "sentence_start", "sentence_end", "sentence", "evidence")
JSON_COLUMNS = ("tactics", "ranges", "evidence")


def connect(db: str | Path) -> Store:
    """Open (and create or upgrade) the database at a SQLite path or a PostgreSQL URL."""
    conn = open_store(db)
    migrate(conn)
    return conn


def content_hash(extraction: Extraction) -> str:
    return hashlib.sha256(extraction.text.encode("utf-8")).hexdigest()


# --- writing ---------------------------------------------------------------------------------

def save(conn: Store, extraction: Extraction) -> bool:
    """Store one article and its records; False when the same text was already stored."""
    digest = content_hash(extraction)
    row = conn.one("SELECT content_hash FROM articles WHERE id = ?", (extraction.id,))
    if row is not None and row["content_hash"] == digest:
        return False
    with conn.transaction():
        row = conn.one("SELECT content_hash FROM articles WHERE id = ?", (extraction.id,))
        if row is not None and row["content_hash"] == digest:  # another writer stored it meanwhile
            return False
        if row is not None:
            _remove_article(conn, extraction.id)
        conn.execute(
            "INSERT INTO articles (id, url, title, published, outlet, text, content_hash, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (extraction.id, extraction.url, extraction.title, extraction.published, extraction.outlet,
             extraction.text, digest, _now()),
        )
        for position, event in enumerate(extraction.events):
            record = event.to_dict()
            record["article_id"] = extraction.id
            record["published"] = extraction.published
            _resolve_and_store(conn, extraction.id, position, record)
        for claim in extraction.claims:
            speaker = claim.speaker
            conn.execute(
                "INSERT INTO claims (article_id, subject, low, high, qualifier, unit, speaker_name, speaker_role,"
                " speaker_organisation, as_of, as_of_precision, sentence, record)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (extraction.id, claim.subject, claim.quantity.low, claim.quantity.high, claim.quantity.qualifier,
                 claim.quantity.unit, speaker and speaker.name, speaker and speaker.role,
                 speaker and speaker.organisation, claim.as_of, claim.as_of_precision, claim.sentence.text,
                 json.dumps(claim.to_dict())),
            )
        for agg in extraction.aggregates:
            speaker = agg.speaker
            conn.execute(
                "INSERT INTO aggregates (article_id, subject, low, high, qualifier, period, period_precision,"
                " region, admin1_code, speaker_name, speaker_organisation, sentence, record)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (extraction.id, agg.subject, agg.quantity.low, agg.quantity.high, agg.quantity.qualifier,
                 agg.period, agg.period_precision, agg.region, agg.admin1_code, speaker and speaker.name,
                 speaker and speaker.organisation, agg.sentence.text, json.dumps(agg.to_dict())),
            )
    return True


def record_error(conn: Store, document: str, origin: str | None, message: str) -> None:
    """Keep the reason a document was skipped, so the batch report can list it."""
    with conn.transaction():
        conn.execute("INSERT INTO errors (document, origin, message, at) VALUES (?, ?, ?, ?)"
                     " ON CONFLICT DO NOTHING", (document, origin, message, _now()))


def _remove_article(conn: Store, article_id: str) -> None:
    """Take a changed article's sources out; events left without a source go, the rest are
    rebuilt from the sources that remain."""
    touched = [r["event_id"] for r in conn.execute(
        "SELECT DISTINCT event_id FROM event_sources WHERE article_id = ? ORDER BY event_id", (article_id,))]
    conn.execute("DELETE FROM event_sources WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM aggregates WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    for event_id in touched:
        _rebuild_event(conn, event_id)


def _resolve_and_store(conn: Store, article_id: str, position: int, record: dict[str, Any]) -> int:
    candidates = _candidates(conn, record)
    found = resolve.best_match(record, candidates)
    if found is None:
        event_id = _insert_event_row(conn, article_id, record)
        _insert_source_row(conn, event_id, article_id, position, record, None)
        return event_id
    event_id, match = found
    _insert_source_row(conn, event_id, article_id, position, record, match.reason)
    _rebuild_event(conn, event_id)
    return event_id


def _candidates(conn: Store, record: dict[str, Any]) -> list[tuple[int, list[dict[str, Any]]]]:
    window = resolve.date_window(record)
    subtypes = sorted(resolve.compatible_subtypes(record.get("sub_event_type")))
    if window is None or not subtypes:
        return []
    sql = (f"SELECT DISTINCT event_id FROM event_sources WHERE event_date >= ? AND event_date <= ?"
           f" AND sub_event_type IN ({', '.join('?' * len(subtypes))})")
    args: list[Any] = [*window, *subtypes]
    if record.get("admin1_code"):
        sql += " AND (admin1_code = ? OR admin1_code IS NULL)"
        args.append(record["admin1_code"])
    ids = [r["event_id"] for r in conn.execute(sql + " ORDER BY event_id", args)]
    return [(event_id, _sources(conn, event_id)) for event_id in ids]


def _sources(conn: Store, event_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT s.record, s.article_id, a.published FROM event_sources s JOIN articles a ON a.id = s.article_id"
        " WHERE s.event_id = ? ORDER BY s.id", (event_id,))
    out = []
    for row in rows:
        record = json.loads(row["record"])
        record["article_id"] = row["article_id"]
        record["published"] = row["published"]
        out.append(record)
    return out


def _row_values(record: dict[str, Any]) -> list[Any]:
    sentence = record.get("sentence") or {}
    values: list[Any] = []
    for name in ROW_COLUMNS:
        if name in JSON_COLUMNS:
            values.append(json.dumps(record.get(name) or ([] if name == "tactics" else {}), ensure_ascii=False))
        elif name == "sentence":
            values.append(sentence.get("text"))
        elif name in ("sentence_start", "sentence_end"):
            values.append(sentence.get(name.split("_")[1]))
        else:
            values.append(record.get(name))
    return values


def _insert_event_row(conn: Store, article_id: str, record: dict[str, Any]) -> int:
    """A new event from its first report, its values as `resolve.merge` would give them."""
    record = resolve.merge([{**record, "article_id": article_id}])
    now = _now()
    return conn.insert(
        f"INSERT INTO events (article_id, n_sources, created_at, updated_at, {', '.join(ROW_COLUMNS)})"
        f" VALUES (?, 1, ?, ?, {', '.join('?' * len(ROW_COLUMNS))})",
        [article_id, now, now, *_row_values(record)],
    )


def _insert_source_row(conn: Store, event_id: int, article_id: str, position: int, record: dict[str, Any],
                       reason: str | None) -> None:
    stored = {k: v for k, v in record.items() if k not in ("article_id", "published")}
    conn.execute(
        f"INSERT INTO event_sources (event_id, article_id, position, merge_reason, record, {', '.join(ROW_COLUMNS)})"
        f" VALUES (?, ?, ?, ?, ?, {', '.join('?' * len(ROW_COLUMNS))})",
        [event_id, article_id, position, reason, json.dumps(stored, ensure_ascii=False), *_row_values(record)],
    )


def _rebuild_event(conn: Store, event_id: int) -> None:
    """Recompute an event's merged values from its sources (or delete it when none is left)."""
    sources = _sources(conn, event_id)
    if not sources:
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        return
    merged = resolve.merge(sources)
    assignments = ", ".join(f"{name} = ?" for name in ROW_COLUMNS)
    conn.execute(f"UPDATE events SET article_id = ?, n_sources = ?, updated_at = ?, {assignments} WHERE id = ?",
                 [merged["article_id"], len(sources), _now(), *_row_values(merged), event_id])


# --- reading ---------------------------------------------------------------------------------

def query_events(
    conn: Store, event_type: str | None = None, province: str | None = None, since: str | None = None,
    until: str | None = None, actor: str | None = None, limit: int | None = None, text: str | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Events (merged incidents) with the filters analysts use most, oldest first.

    `event_type` matches an ACLED event or sub-event type, `province` an admin1 name or ISO
    code, `actor` part of either actor's name, `text` every word somewhere in the sentence,
    place or actors. Each row: the event's fields, `id`, `sources` (how many reports),
    `article_ids`, `article_id` (the first report), `evidence` and `sentence`.
    """
    sql = ["SELECT e.*, a.title AS article_title, a.url AS article_url, a.outlet AS article_outlet"
           " FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1"]
    args: list[Any] = []
    if event_type:
        sql.append("AND (lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?))")
        args += [event_type, event_type]
    if province:
        sql.append("AND (lower(e.admin1) = lower(?) OR lower(e.admin1_code) = lower(?))")
        args += [province, province]
    if since:
        sql.append("AND e.event_date >= ?")
        args.append(since)
    if until:
        sql.append("AND e.event_date <= ?")
        args.append(until)
    if actor:
        sql.append("AND (lower(e.actor1) LIKE ? OR lower(e.actor2) LIKE ?)")
        args += [f"%{actor.lower()}%", f"%{actor.lower()}%"]
    for word in _words(text or ""):
        sql.append("AND lower(coalesce(e.sentence, '') || ' ' || coalesce(e.location, '') || ' ' ||"
                   " coalesce(e.admin1, '') || ' ' || coalesce(e.actor1, '') || ' ' || coalesce(e.actor2, '')) LIKE ?")
        args.append(f"%{word}%")
    sql.append("ORDER BY e.event_date IS NULL, e.event_date, e.id")
    if limit is not None or offset:
        sql.append("LIMIT ? OFFSET ?")
        args += [limit if limit is not None else 2**62, int(offset or 0)]
    rows = conn.execute(" ".join(sql), args)
    ids = [r["id"] for r in rows]
    articles = _article_ids(conn, ids)
    return [_event_row(row, articles.get(row["id"], [row["article_id"]])) for row in rows]


def get_event(conn: Store, event_id: int) -> dict[str, Any] | None:
    """One event with every report of it: `sources` is a list (article, sentence, evidence
    and that report's own figures) and `ranges` summarises the figures across reports."""
    row = conn.one("SELECT e.*, a.title AS article_title, a.url AS article_url, a.outlet AS article_outlet"
                   " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?", (int(event_id),))
    if row is None:
        return None
    event = _event_row(row, [])
    rows = conn.execute(
        "SELECT s.*, a.title AS a_title, a.url AS a_url, a.outlet AS a_outlet, a.published AS a_published"
        " FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = ? ORDER BY s.id",
        (int(event_id),))
    sources = []
    for source in rows:
        record = json.loads(source["record"])
        sources.append({
            "article_id": source["article_id"],
            "title": source["a_title"],
            "url": source["a_url"],
            "outlet": source["a_outlet"],
            "published": source["a_published"],
            "sentence": source["sentence"],
            "sentence_start": source["sentence_start"],
            "sentence_end": source["sentence_end"],
            "evidence": record.get("evidence") or {},
            "figures": {name: source[name] for name in (*resolve.FIGURES, *resolve.MONEY_FIELDS)},
            "ranges": record.get("ranges") or {},
            "event_date": source["event_date"],
            "date_precision": source["date_precision"],
            "location": source["location"],
            "sub_event_type": source["sub_event_type"],
            "merge_reason": source["merge_reason"],
        })
    event["article_ids"] = list(dict.fromkeys(s["article_id"] for s in sources))
    event["sources"] = sources
    return event


def query_claims(conn: Store, subject: str | None = None) -> list[dict[str, Any]]:
    """Claims, oldest first (by `as_of`, else the article's date: `reported`), so that an
    estimate's movement over time reads top to bottom.

    Subject matching is forgiving: every word of the query must appear in the claim's subject,
    singular or plural, with actor names normalised ("IS", "ISIS", "Daesh" all find "Islamic
    State (IS)") and near-synonyms for fighters (militants, extremists, members...).
    """
    sql = ("SELECT c.*, coalesce(c.as_of, a.published) AS reported, a.title AS article_title, a.outlet AS outlet,"
           " a.published AS published, a.url AS url FROM claims c JOIN articles a ON a.id = c.article_id"
           " ORDER BY coalesce(c.as_of, a.published) IS NULL, coalesce(c.as_of, a.published), c.id")
    rows = conn.execute(sql)
    if subject:
        matcher = _subject_matcher(subject)
        rows = [r for r in rows if matcher(r["subject"])]
    return rows


def query_aggregates(conn: Store) -> list[dict[str, Any]]:
    sql = ("SELECT g.*, a.title AS article_title FROM aggregates g JOIN articles a ON a.id = g.article_id"
           " ORDER BY g.period IS NULL, g.period, g.id")
    return conn.execute(sql)


def counts(conn: Store) -> dict[str, int]:
    out = {table: int(conn.one(f"SELECT COUNT(*) AS n FROM {table}")["n"])  # type: ignore[index]
           for table in ("articles", "events", "claims", "aggregates", "errors")}
    out["event_sources"] = int(conn.one("SELECT COUNT(*) AS n FROM event_sources")["n"])  # type: ignore[index]
    return out


def trends(conn: Store, by: str = "admin1", freq: str = "month", **filters: Any) -> list[dict[str, Any]]:
    """Event counts per `by` value and period, with early-warning flags (see eventwatch.trends)."""
    from ..trends import count_periods

    return count_periods(query_events(conn, **filters), by=by, freq=freq)


# --- helpers ---------------------------------------------------------------------------------

def _article_ids(conn: Store, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        if not chunk:
            continue
        rows = conn.execute(f"SELECT event_id, article_id FROM event_sources WHERE event_id IN"
                            f" ({', '.join('?' * len(chunk))}) ORDER BY id", chunk)
        for row in rows:
            listed = out.setdefault(row["event_id"], [])
            if row["article_id"] not in listed:
                listed.append(row["article_id"])
    return out


def _event_row(row: dict[str, Any], article_ids: list[str]) -> dict[str, Any]:
    data = dict(row)
    for key in JSON_COLUMNS:
        data[key] = json.loads(data[key]) if data.get(key) else ([] if key == "tactics" else {})
    data["sources"] = data.pop("n_sources", 1)
    data["article_ids"] = article_ids
    return data


_STOPWORDS = {"in", "of", "the", "a", "an", "and", "or", "for", "to", "on", "at", "by", "with", "from"}
_SYNONYMS = [{"fighter", "militant", "extremist", "member", "jihadist", "insurgent", "combatant"},
             {"kidnapping", "kidnap", "abduction"}, {"killing", "murder"}]


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w$]+", text.lower()) if w not in _STOPWORDS]


def _stem(word: str) -> str:
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _subject_matcher(query: str) -> Any:
    from ..annotate.actors import find_actors

    mentions = find_actors(query)
    actors = []
    rest = query
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        name = mention.actor.name
        if "{country}" not in name:
            actors.append(name.lower())
            rest = rest[:mention.start] + " " + rest[mention.end:]
    wanted = [_stem(w) for w in _words(rest)]

    def matches(subject: str) -> bool:
        lowered = subject.lower()
        canonical = {m.actor.name.lower() for m in find_actors(subject)}
        if any(name not in lowered and name not in canonical for name in actors):
            return False
        tokens = {_stem(w) for w in _words(subject)}
        for word in wanted:
            group = next((g for g in _SYNONYMS if word in g), {word})
            if not tokens & group:
                return False
        return True

    return matches


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
