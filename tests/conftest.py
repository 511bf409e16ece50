"""Shared fixtures: the bundled sample articles, cleaned and extracted once per session."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import eventwatch
from eventwatch.pipeline import process
from eventwatch.read import read_paths

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwatch" / "data" / "samples"


def one_event(text: str, published: str | None, *, first: bool = False) -> dict:
    """The event a test sentence reports: its only one, or with first=True the first of those it reports."""
    events = eventwatch.extract(text, published=published)["events"]
    if first:
        assert events, text
        return events[0]
    assert len(events) == 1, (text, events)
    return events[0]


@pytest.fixture(scope="session")
def samples() -> dict[str, object]:
    """Extraction of each sample article, keyed by the first three characters of its id."""
    return {doc.id[:3]: process(doc) for doc in read_paths([SAMPLES])}


@pytest.fixture(scope="module")
def extractions() -> list:
    """The bundled samples, extracted once per test module (for the storage tests)."""
    from eventwatch.cli import sample_dir

    return [process(doc) for doc in read_paths([sample_dir()])]


def check_interrupted_save(conn, extractions: list, monkeypatch) -> None:
    """A save interrupted inside its transaction leaves the database as it was, and resumes."""
    from eventwatch import store

    store.save(conn, extractions[0])
    before = store.counts(conn)

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "_resolve_and_store", boom)
    with pytest.raises(KeyboardInterrupt):
        store.save(conn, extractions[3])
    monkeypatch.undo()
    assert store.counts(conn) == before
    assert store.save(conn, extractions[3])  # the resumed run stores it
    assert not store.save(conn, extractions[0])


def gtd_rows(tmp_path: Path, texts: list[str], published: str) -> dict[str, dict[str, str]]:
    """Store one article per text, export the GTD CSV and read it back, keyed by `iday`."""
    from eventwatch import store
    from eventwatch.export import export
    from eventwatch.records import RawDocument

    conn = store.connect(tmp_path / "gtd.db")
    for i, text in enumerate(texts):
        store.save(conn, process(RawDocument(id=f"a{i}", content=text, published=published)))
    export(conn, "gtd-csv", tmp_path / "g.csv")
    return {r["iday"]: r for r in csv.DictReader((tmp_path / "g.csv").open(encoding="utf-8"))}
