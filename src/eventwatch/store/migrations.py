"""The schema, versioned: ordered migration steps and a `schema_version` table.

Each step is (version, description, SQL). SQL uses two tokens filled per dialect: `{pk}` (an
auto-numbered integer primary key) and `{float}`. `migrate` applies, in order and each in
its own transaction, every step above the database's current version. To change the schema,
append a step; never edit one that has shipped.

A database written before versioning (articles + events with one row per mention, no
`schema_version`) is upgraded in place: its events become single-source events.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from .backend import Store

EVENT_COLUMNS_SQL = """
    event_type TEXT, sub_event_type TEXT, gtd_attack_type TEXT,
    event_date TEXT, date_precision TEXT, date_text TEXT,
    country TEXT, iso3 TEXT, admin1 TEXT, admin1_code TEXT, admin2 TEXT, location TEXT,
    latitude {float}, longitude {float}, geo_precision INTEGER,
    actor1 TEXT, inter1 INTEGER, actor2 TEXT, inter2 INTEGER, target_type TEXT,
    fatalities INTEGER, injured INTEGER, kidnapped INTEGER, arrested INTEGER,
    money_amount {float}, money_currency TEXT,
    tactics TEXT, confidence {float}, ranges TEXT,
    sentence_start INTEGER, sentence_end INTEGER, sentence TEXT,
    evidence TEXT NOT NULL"""

STEPS: list[tuple[int, str, str]] = [
    (1, "articles, resolved events with their sources, claims, aggregates, errors", f"""
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT, title TEXT, published TEXT, outlet TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE events (
    id {{pk}},
    article_id TEXT NOT NULL,
    n_sources INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,{EVENT_COLUMNS_SQL}
);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_admin1 ON events(admin1_code);
CREATE INDEX events_type ON events(event_type);
CREATE TABLE event_sources (
    id {{pk}},
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    merge_reason TEXT,{EVENT_COLUMNS_SQL},
    record TEXT NOT NULL
);
CREATE INDEX event_sources_event ON event_sources(event_id);
CREATE INDEX event_sources_article ON event_sources(article_id);
CREATE TABLE IF NOT EXISTS claims (
    id {{pk}},
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    subject TEXT NOT NULL, low {{float}}, high {{float}}, qualifier TEXT, unit TEXT,
    speaker_name TEXT, speaker_role TEXT, speaker_organisation TEXT,
    as_of TEXT, as_of_precision TEXT, sentence TEXT, record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE TABLE IF NOT EXISTS aggregates (
    id {{pk}},
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    subject TEXT NOT NULL, low {{float}}, high {{float}}, qualifier TEXT,
    period TEXT, period_precision TEXT, region TEXT, admin1_code TEXT,
    speaker_name TEXT, speaker_organisation TEXT, sentence TEXT, record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS aggregates_article ON aggregates(article_id);
CREATE TABLE IF NOT EXISTS errors (
    id {{pk}},
    document TEXT NOT NULL,
    origin TEXT,
    message TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (document, origin, message)
)
"""),
    (2, "what an event's money was for (ransom, extortion, theft, reward, compensation, damage)", """
ALTER TABLE events ADD COLUMN money_purpose TEXT;
ALTER TABLE event_sources ADD COLUMN money_purpose TEXT
"""),
    (3, "the GTD's perpetrator group (actor1, or for a disrupted attack the group that planted or launched it)", """
ALTER TABLE events ADD COLUMN perpetrator TEXT;
ALTER TABLE event_sources ADD COLUMN perpetrator TEXT
"""),
]

LATEST = STEPS[-1][0]


def with_perpetrator(record: dict) -> dict:
    """A record stored before `perpetrator` existed: the GTD's perpetrator is its actor1, with
    actor1's evidence (a disrupted attack's planter is found only by extracting it again)."""
    if "perpetrator" not in record:
        record["perpetrator"] = record.get("actor1")
        evidence = record.get("evidence") or {}
        if record["perpetrator"] is not None and "actor1" in evidence:
            evidence["perpetrator"] = evidence["actor1"]
            record["evidence"] = dict(sorted(evidence.items()))
    return record


def _backfill_perpetrator(store: Store) -> None:
    def evidence_with(actor1: str | None, stored: str | None) -> str:
        record = with_perpetrator({"actor1": actor1, "evidence": json.loads(stored or "{}")})
        return json.dumps(record["evidence"], ensure_ascii=False)

    for row in store.execute("SELECT id, actor1, evidence FROM events WHERE actor1 IS NOT NULL"):
        store.execute("UPDATE events SET perpetrator = ?, evidence = ? WHERE id = ?",
                      (row["actor1"], evidence_with(row["actor1"], row["evidence"]), row["id"]))
    for row in store.execute("SELECT id, evidence, record FROM event_sources"):
        record = with_perpetrator(json.loads(row["record"]))
        store.execute("UPDATE event_sources SET perpetrator = ?, evidence = ?, record = ? WHERE id = ?",
                      (record["perpetrator"], evidence_with(record.get("actor1"), row["evidence"]),
                       json.dumps(record, ensure_ascii=False), row["id"]))


# Steps that also fill their new columns in rows already stored.
BACKFILL = {3: _backfill_perpetrator}


def _render(store: Store, sql: str) -> str:
    if store.is_postgres:
        return sql.replace("{pk}", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY").replace(
            "{float}", "DOUBLE PRECISION")
    return sql.replace("{pk}", "INTEGER PRIMARY KEY").replace("{float}", "REAL")


def current_version(store: Store) -> int:
    if "schema_version" not in store.table_names():
        return 0
    row = store.one("SELECT MAX(version) AS v FROM schema_version")
    return int(row["v"]) if row and row["v"] is not None else 0


def migrate(store: Store) -> int:
    """Bring the schema up to `LATEST`; returns the version the database is at."""
    with store.transaction():
        store.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                      " description TEXT NOT NULL, applied_at TEXT NOT NULL)")
    version = current_version(store)
    if version > LATEST:
        raise RuntimeError(f"database schema version {version} is newer than this eventwatch ({LATEST})")
    for number, description, sql in STEPS:
        if number <= version:
            continue
        with store.transaction():
            if current_version(store) >= number:  # another process got there first
                continue
            legacy = number == 1 and _is_legacy(store)
            if legacy:
                store.execute("ALTER TABLE events RENAME TO legacy_events")
                store.execute("DROP INDEX IF EXISTS events_date")
                store.execute("DROP INDEX IF EXISTS events_admin1")
            store.script(_render(store, sql))
            if number in BACKFILL:
                BACKFILL[number](store)
            store.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                          (number, description, _now()))
        version = number
    if "legacy_events" in store.table_names():
        # Imported once the schema is complete, as the store's writers fill every current column.
        with store.transaction():
            if "legacy_events" in store.table_names():
                _import_legacy(store)
    return version


def _is_legacy(store: Store) -> bool:
    tables = store.table_names()
    return "events" in tables and "event_sources" not in tables


def _import_legacy(store: Store) -> None:
    """Unversioned databases kept one row per mention: each becomes a one-source event."""
    from . import _insert_event_row, _insert_source_row  # the store's own writers

    rows = store.execute("SELECT * FROM legacy_events ORDER BY id")
    for row in rows:
        record = {k: row.get(k) for k in row if k not in ("id", "article_id")}
        for key in ("tactics", "ranges", "evidence"):
            record[key] = json.loads(row[key]) if row.get(key) else ([] if key == "tactics" else {})
        record["sentence"] = {"start": row.get("sentence_start"), "end": row.get("sentence_end"),
                              "text": row.get("sentence") or ""}
        with_perpetrator(record)
        event_id = _insert_event_row(store, row["article_id"], record)
        _insert_source_row(store, event_id, row["article_id"], 0, record, None)
    store.execute("DROP TABLE legacy_events")


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
