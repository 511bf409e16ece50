"""The store on the bundled samples: idempotence, resume, migrations, get_event, claims, trends."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from conftest import check_interrupted_save

from eventwatch import store
from eventwatch.pipeline import process
from eventwatch.records import RawDocument


@pytest.fixture()
def db(tmp_path, extractions):
    conn = store.connect(tmp_path / "t.db")
    for extraction in extractions:
        assert store.save(conn, extraction)
    yield conn
    conn.close()


def test_samples_store_and_reread_changes_nothing(db, extractions):
    before = store.counts(db)
    assert before["articles"] == 5 and before["events"] >= 5
    snapshot = [(e["id"], e["sources"], e["event_date"]) for e in store.query_events(db)]
    assert not any(store.save(db, extraction) for extraction in extractions)
    assert store.counts(db) == before
    assert [(e["id"], e["sources"], e["event_date"]) for e in store.query_events(db)] == snapshot


def test_schema_is_versioned(db):
    assert store.current_version(db) == store.SCHEMA_VERSION
    assert store.migrate(db) == store.SCHEMA_VERSION  # idempotent


def test_get_event_lists_sources_with_evidence(db):
    truffle = store.query_events(db, text="truffle")
    assert len(truffle) == 1
    event = store.get_event(db, truffle[0]["id"])
    assert event["kidnapped"] == 12 and event["admin1_code"] == "IQ-AN" and event["event_date"] == "2019-02-17"
    assert len(event["sources"]) == 1
    source = event["sources"][0]
    assert source["figures"]["kidnapped"] == 12
    assert "truffle hunters" in source["sentence"]
    assert source["evidence"]["kidnapped"]["text"]
    assert event["ranges"]["kidnapped"]["lowest"] == 12
    assert store.get_event(db, 10**9) is None


def test_query_events_filters_and_paging(db):
    everything = store.query_events(db)
    assert [e["id"] for e in store.query_events(db, limit=2, offset=1)] == [e["id"] for e in everything[1:3]]
    assert all(e["admin1_code"] == "IQ-AN" for e in store.query_events(db, province="anbar"))
    assert store.query_events(db, event_type="abduction/forced disappearance")
    assert all(isinstance(e["sources"], int) and e["evidence"] and e["sentence"] for e in everything)


def test_claims_subject_is_forgiving_and_ordered(db):
    rows = store.query_claims(db, "IS fighters in Iraq")
    subjects = {r["subject"] for r in rows}
    assert "Islamic State (IS) fighters in Iraq" in subjects
    assert store.query_claims(db, "ISIS fighters in Iraq") == rows
    reported = [r["reported"] for r in rows if r["reported"]]
    assert reported == sorted(reported)
    assert not store.query_claims(db, "cash reserves of Hezbollah")


def test_changed_article_replaces_its_own_sources(db, extractions):
    first = extractions[3]
    changed = process(RawDocument(id=first.id, content="On Monday, gunmen killed five farmers in Kirkuk.",
                                  published="2019-03-05"))
    assert store.save(db, changed)
    rows = [e for e in store.query_events(db) if first.id in e["article_ids"]]
    assert len(rows) == len(changed.events)
    assert all(store.get_event(db, e["id"])["sources"][0]["published"] == "2019-03-05" for e in rows)


def test_interrupted_save_leaves_nothing_behind(tmp_path, extractions, monkeypatch):
    check_interrupted_save(store.connect(tmp_path / "i.db"), extractions, monkeypatch)


def test_readers_see_whole_articles_while_writing(tmp_path, extractions):
    path = tmp_path / "w.db"
    writer = store.connect(path)
    seen: list[tuple[int, int]] = []
    stop = threading.Event()

    def read() -> None:
        reader = sqlite3.connect(path)
        while not stop.is_set():
            seen.append(reader.execute("SELECT (SELECT COUNT(*) FROM articles),"
                                       " (SELECT COUNT(DISTINCT article_id) FROM event_sources)").fetchone())
        reader.close()

    thread = threading.Thread(target=read)
    thread.start()
    for extraction in extractions:
        store.save(writer, extraction)
    stop.set()
    thread.join()
    assert seen and all(srcs <= arts for arts, srcs in seen)
    assert writer.raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_legacy_database_is_upgraded(tmp_path):
    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    raw.executescript("""
    CREATE TABLE articles (id TEXT PRIMARY KEY, url TEXT, title TEXT, published TEXT, outlet TEXT, text TEXT NOT NULL,
        content_hash TEXT NOT NULL, ingested_at TEXT NOT NULL);
    CREATE TABLE events (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, event_type TEXT, sub_event_type TEXT,
        event_date TEXT, date_precision TEXT, admin1_code TEXT, kidnapped INTEGER, tactics TEXT, ranges TEXT,
        sentence_start INTEGER, sentence_end INTEGER, sentence TEXT, evidence TEXT NOT NULL);
    CREATE INDEX events_date ON events(event_date);
    CREATE INDEX events_admin1 ON events(admin1_code);
    INSERT INTO articles VALUES ('a1', NULL, 'T', '2019-02-22', NULL, 'text', 'h', 'now');
    INSERT INTO events VALUES (1, 'a1', 'Violence against civilians', 'Abduction/forced disappearance',
        '2019-02-17', 'day', 'IQ-AN', 12, '[]', '{}', 0, 4, 'text', '{}');
    """)
    raw.commit()
    raw.close()
    conn = store.connect(path)
    [event] = store.query_events(conn)
    assert event["kidnapped"] == 12 and event["sources"] == 1
    assert store.get_event(conn, event["id"])["sources"][0]["article_id"] == "a1"


def test_trends_from_store(db):
    rows = store.trends(db, by="admin1", freq="month")
    assert rows and {"admin1", "period", "count", "baseline", "flag"} <= set(rows[0])
    assert sum(r["count"] for r in rows) == sum(
        1 for e in store.query_events(db) if e["event_date"] and e["date_precision"] in ("day", "week", "month"))
