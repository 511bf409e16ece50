"""Store stage: extractions into SQLite, one transaction per article.

An article is written whole or not at all, so an interrupted run never leaves half an
article behind; re-reading an unchanged article is a no-op (same id, same text hash).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .records import EVENT_FIELDS, Extraction

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    title TEXT,
    published TEXT,
    outlet TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_type TEXT, sub_event_type TEXT, gtd_attack_type TEXT,
    event_date TEXT, date_precision TEXT, date_text TEXT,
    country TEXT, iso3 TEXT, admin1 TEXT, admin1_code TEXT, admin2 TEXT, location TEXT,
    latitude REAL, longitude REAL, geo_precision INTEGER,
    actor1 TEXT, inter1 INTEGER, actor2 TEXT, inter2 INTEGER, target_type TEXT,
    fatalities INTEGER, injured INTEGER, kidnapped INTEGER, arrested INTEGER,
    money_amount REAL, money_currency TEXT,
    tactics TEXT, confidence REAL, ranges TEXT,
    sentence_start INTEGER, sentence_end INTEGER, sentence TEXT,
    evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_admin1 ON events(admin1_code);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    subject TEXT NOT NULL, low REAL, high REAL, qualifier TEXT, unit TEXT,
    speaker_name TEXT, speaker_role TEXT, speaker_organisation TEXT,
    as_of TEXT, as_of_precision TEXT, sentence TEXT, record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS aggregates (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    subject TEXT NOT NULL, low REAL, high REAL, qualifier TEXT,
    period TEXT, period_precision TEXT, region TEXT, admin1_code TEXT,
    speaker_name TEXT, speaker_organisation TEXT, sentence TEXT, record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL,
    origin TEXT,
    message TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (document, origin, message)
);
"""


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (and create) the database: WAL so readers never block a running ingest."""
    conn = sqlite3.connect(str(path))
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(SCHEMA)
    return conn


def content_hash(extraction: Extraction) -> str:
    return hashlib.sha256(extraction.text.encode("utf-8")).hexdigest()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def save(conn: sqlite3.Connection, extraction: Extraction) -> bool:
    """Store one article and its records; False when the same text was already stored."""
    digest = content_hash(extraction)
    row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (extraction.id,)).fetchone()
    if row is not None and row["content_hash"] == digest:
        return False
    conn.isolation_level = None
    with transaction(conn):
        conn.execute("DELETE FROM articles WHERE id = ?", (extraction.id,))
        conn.execute(
            "INSERT INTO articles (id, url, title, published, outlet, text, content_hash, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (extraction.id, extraction.url, extraction.title, extraction.published, extraction.outlet,
             extraction.text, digest, _now()),
        )
        for event in extraction.events:
            data = event.to_dict()
            columns = [*EVENT_FIELDS, "date_text", "ranges", "sentence_start", "sentence_end", "sentence", "evidence"]
            values = [data[name] for name in EVENT_FIELDS]
            values[EVENT_FIELDS.index("tactics")] = json.dumps(data["tactics"])
            values += [data["date_text"], json.dumps(data["ranges"]), event.sentence.start, event.sentence.end,
                       event.sentence.text, json.dumps(data["evidence"])]
            conn.execute(
                f"INSERT INTO events (article_id, {', '.join(columns)}) VALUES (?, {', '.join('?' * len(columns))})",
                [extraction.id, *values],
            )
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


def record_error(conn: sqlite3.Connection, document: str, origin: str | None, message: str) -> None:
    """Keep the reason a document was skipped, so the batch report can list it."""
    conn.isolation_level = None
    with transaction(conn):
        conn.execute("INSERT OR IGNORE INTO errors (document, origin, message, at) VALUES (?, ?, ?, ?)",
                     (document, origin, message, _now()))


def query_events(
    conn: sqlite3.Connection, event_type: str | None = None, province: str | None = None,
    since: str | None = None, until: str | None = None, actor: str | None = None, limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events with the filters analysts use most; province matches a name or an ISO code."""
    sql = ["SELECT e.*, a.title AS article_title, a.url AS article_url, a.outlet AS article_outlet"
           " FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1"]
    args: list[Any] = []
    if event_type:
        sql.append("AND (e.event_type = ? COLLATE NOCASE OR e.sub_event_type = ? COLLATE NOCASE)")
        args += [event_type, event_type]
    if province:
        sql.append("AND (e.admin1 = ? COLLATE NOCASE OR e.admin1_code = ? COLLATE NOCASE)")
        args += [province, province]
    if since:
        sql.append("AND e.event_date >= ?")
        args.append(since)
    if until:
        sql.append("AND e.event_date <= ?")
        args.append(until)
    if actor:
        sql.append("AND (e.actor1 LIKE ? OR e.actor2 LIKE ?)")
        args += [f"%{actor}%", f"%{actor}%"]
    sql.append("ORDER BY e.event_date IS NULL, e.event_date, e.id")
    if limit:
        sql.append("LIMIT ?")
        args.append(limit)
    rows = conn.execute(" ".join(sql), args).fetchall()
    return [_event_row(row) for row in rows]


def _event_row(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    for key in ("tactics", "evidence", "ranges"):
        data[key] = json.loads(data[key]) if data.get(key) else ([] if key == "tactics" else {})
    return data


def query_claims(conn: sqlite3.Connection, subject: str | None = None) -> list[dict[str, Any]]:
    """Claims, oldest first, so that an estimate's movement over time reads top to bottom."""
    sql = "SELECT c.*, a.title AS article_title FROM claims c JOIN articles a ON a.id = c.article_id"
    args: list[Any] = []
    if subject:
        sql += " WHERE c.subject LIKE ?"
        args.append(f"%{subject}%")
    sql += " ORDER BY c.as_of IS NULL, c.as_of, c.id"
    return [dict(row) for row in conn.execute(sql, args).fetchall()]


def query_aggregates(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    sql = ("SELECT g.*, a.title AS article_title FROM aggregates g JOIN articles a ON a.id = g.article_id"
           " ORDER BY g.period IS NULL, g.period, g.id")
    return [dict(row) for row in conn.execute(sql).fetchall()]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "claims", "aggregates", "errors")}


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
