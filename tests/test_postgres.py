"""The store against a real PostgreSQL server: the same behaviour as SQLite.

Set EVENTWATCH_TEST_POSTGRES to a database URL (`.ci/postgres.sh` installs and starts a server
and prints one). Each test works in a fresh schema of that database and drops it afterwards.
"""

from __future__ import annotations

import os
import sys
import threading
import uuid
from pathlib import Path

import pytest
from conftest import check_interrupted_save

from eventwatch import store
from eventwatch.pipeline import process

URL = os.environ.get("EVENTWATCH_TEST_POSTGRES")
pytestmark = pytest.mark.skipif(
    not URL, reason="EVENTWATCH_TEST_POSTGRES is not set (run `export EVENTWATCH_TEST_POSTGRES=$(.ci/postgres.sh)`)")

sys.path.insert(0, str(Path(__file__).parent / "data"))


@pytest.fixture()
def pg_url():
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in URL else "?"
    yield f"{URL}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(URL, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


def test_same_results_as_sqlite(pg_url, extractions, tmp_path):
    pg = store.connect(pg_url)
    lite = store.connect(tmp_path / "s.db")
    assert pg.dialect == "postgresql"
    for extraction in extractions:
        assert store.save(pg, extraction)
        store.save(lite, extraction)
    assert store.current_version(pg) == store.SCHEMA_VERSION
    assert store.counts(pg) == store.counts(lite)

    def strip(rows):
        return [{k: v for k, v in r.items() if k not in ("created_at", "updated_at")} for r in rows]

    assert strip(store.query_events(pg)) == strip(store.query_events(lite))
    assert strip(store.query_events(pg, province="anbar", limit=5)) == strip(
        store.query_events(lite, province="anbar", limit=5))
    first = store.query_events(pg)[0]["id"]
    assert store.get_event(pg, first)["sources"] == store.get_event(lite, first)["sources"]
    assert [r["subject"] for r in store.query_claims(pg, "IS fighters in Iraq")] == [
        r["subject"] for r in store.query_claims(lite, "IS fighters in Iraq")]
    assert store.trends(pg) == store.trends(lite)
    assert len(store.query_aggregates(pg)) == len(store.query_aggregates(lite))
    # idempotent
    assert not any(store.save(pg, e) for e in extractions)
    store.record_error(pg, "doc", "x.txt", "empty document")
    store.record_error(pg, "doc", "x.txt", "empty document")
    assert store.counts(pg)["errors"] == 1
    pg.close()
    lite.close()


def test_multi_outlet_reports_merge_on_postgres(pg_url):
    from multi_outlet import INCIDENTS

    from eventwatch.records import RawDocument

    conn = store.connect(pg_url)
    for rid, published, _outlet, text in INCIDENTS["truffle"]:
        store.save(conn, process(RawDocument(id=rid, content=text, published=published)))
    [event] = store.query_events(conn)
    assert event["sources"] == 4
    assert store.get_event(conn, event["id"])["ranges"]["kidnapped"]["highest"] == 15
    conn.close()


def test_interrupted_save_rolls_back(pg_url, extractions, monkeypatch):
    conn = store.connect(pg_url)
    check_interrupted_save(conn, extractions, monkeypatch)
    conn.close()


def test_concurrent_writers_do_not_duplicate(pg_url, extractions):
    store.connect(pg_url).close()  # migrate once
    results: list[bool] = []

    def write():
        conn = store.connect(pg_url)
        results.extend(store.save(conn, e) for e in extractions)
        conn.close()

    threads = [threading.Thread(target=write) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    conn = store.connect(pg_url)
    assert store.counts(conn)["articles"] == len(extractions)
    assert sum(results) == len(extractions)
    conn.close()
