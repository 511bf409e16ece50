"""The CLI as a user runs it: run (idempotent), events, claims, extract (the batch contract)."""

from __future__ import annotations

import json
import os
import time

from click.testing import CliRunner

import eventwatch
from eventwatch import pipeline, store
from eventwatch.cli import cli
from eventwatch.pipeline import process
from eventwatch.records import EVENT_FIELDS, RawDocument


def test_run_on_bundled_samples_is_idempotent(tmp_path):
    db = str(tmp_path / "ew.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["run", "--db", db])
    assert first.exit_code == 0, first.output
    assert "5 article(s) stored" in first.output and "Abduction/forced disappearance" in first.output
    second = runner.invoke(cli, ["run", "--db", db])
    assert "0 article(s) stored, 5 unchanged" in second.output
    listed = runner.invoke(cli, ["events", "--db", db, "--format", "json"])
    events = json.loads(listed.output)
    assert len(events) >= 8
    anbar = json.loads(runner.invoke(cli, ["events", "--db", db, "--province", "IQ-AN", "--format", "json"]).output)
    assert anbar and all(e["admin1_code"] == "IQ-AN" for e in anbar)
    kidnaps = runner.invoke(cli, ["events", "--db", db, "--type", "Abduction/forced disappearance", "--format", "csv"])
    assert kidnaps.output.splitlines()[0].startswith("id,") and len(kidnaps.output.splitlines()) == 3
    claims = json.loads(runner.invoke(cli, ["claims", "--db", db, "--subject", "fighters", "--format", "json"]).output)
    assert any(c["low"] == 400 and c["high"] == 500 for c in claims)


def test_bad_documents_are_named_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "On Sunday, militants kidnapped a group of 12 truffle hunters in the western Anbar province, "
        "officials said on Monday.", "utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\xff\x00" * 100)
    (folder / "batch.jsonl").write_text('{"id": "j1", "text": "Nothing happened here at all today."}\n{oops\n')
    db = str(tmp_path / "ew.db")
    result = CliRunner().invoke(cli, ["run", str(folder), "--db", db])
    assert result.exit_code == 0
    assert "binary.txt" in result.output and "batch.jsonl:2" in result.output
    assert "2 article(s) stored" in result.output and "2 failed" in result.output


def test_workers_give_the_same_records_in_the_same_order(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("On Monday gunmen shot dead two farmers near Kirkuk, police said.", "utf-8")
    (folder / "b.txt").write_bytes(b"\x00\xff\x00" * 100)
    (folder / "c.txt").write_text("On Tuesday a roadside bomb wounded three soldiers in Tikrit.", "utf-8")
    runner = CliRunner()
    one = runner.invoke(cli, ["extract", str(folder)])
    three = runner.invoke(cli, ["extract", "--workers", "3", str(folder)])
    assert three.exit_code == 0 and three.output == one.output
    lines = [json.loads(line) for line in three.output.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c"] and "b.txt" in lines[1]["error"]
    assert lines[0]["events"][0]["fatalities"] == 2 and lines[2]["events"][0]["injured"] == 3
    db = str(tmp_path / "ew.db")
    run = runner.invoke(cli, ["run", str(folder), "--db", db, "--workers", "2"])
    assert run.exit_code == 0 and "2 article(s) stored" in run.output and "1 failed" in run.output
    assert "b.txt" in run.output
    assert runner.invoke(cli, ["extract", "--workers", "0", str(folder)]).exit_code != 0


def test_extract_contract_over_jsonl(tmp_path):
    batch = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": "On Sunday, militants kidnapped a group of 12 truffle hunters in the western Anbar "
         "province.", "published": "2019-02-22"},
        {"id": "b", "html": "<html><body><article><p>Two civilians were killed on Friday when a roadside bomb "
         "exploded near a market in Kirkuk, police said. No group claimed the attack.</p></article></body></html>",
         "published": "2019-05-04", "url": "https://example.org/kirkuk"},
    ]
    batch.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n")
    result = CliRunner().invoke(cli, ["extract", "--jsonl", str(batch)])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "line 3"]
    assert lines[2]["error"] and "broken JSON" in lines[2]["error"]
    for line in lines[:2]:
        assert set(line) >= {"id", "title", "published", "outlet", "events", "claims", "aggregates", "error"}
        assert line["error"] is None
        (event,) = line["events"]
        assert set(EVENT_FIELDS) | {"evidence", "sentence"} <= set(event)
    kidnap, bomb = lines[0]["events"][0], lines[1]["events"][0]
    assert (kidnap["event_date"], kidnap["kidnapped"], kidnap["admin1_code"]) == ("2019-02-17", 12, "IQ-AN")
    assert bomb["sub_event_type"] == "Remote explosive/landmine/IED" and bomb["fatalities"] == 2
    assert bomb["event_date"] == "2019-05-03" and bomb["admin1_code"] == "IQ-KI"
    assert bomb["gtd_attack_type"] == "Bombing/Explosion" and bomb["inter2"] == 7


def test_python_api_matches_contract():
    text = ("In the town of Shirqat, militants stopped a police vehicle last month and killed all four officers "
            "inside.")
    (event,) = eventwatch.extract(text, published="2019-02-22")["events"]
    assert event["fatalities"] == 4 and event["event_date"] == "2019-01-01" and event["date_precision"] == "month"
    start = text.index("all four")
    assert event["evidence"]["fatalities"] == {"start": start, "end": start + 8, "text": "all four"}


def test_hypothetical_and_generic_statements_give_no_event():
    for text in ("Many fear the militants could stage a comeback and kidnap farmers in Anbar.",
                 "ISIS cells often attack rural checkpoints with car bombs.",
                 "Iraq has seen an increase in kidnappings and killings in Kirkuk since May."):
        assert eventwatch.extract(text, published="2019-02-22")["events"] == [], text


def _dies_on_b(doc):
    """A worker killed mid-document (out of memory, a crash in a C library), a moment after it
    starts, so that the other document's result is already back: the pool marks every
    unfinished document as lost, and which one that is would otherwise be a race."""
    if doc.id == "b":
        time.sleep(2)
        os._exit(1)
    return process(doc)


def test_a_worker_that_dies_is_named_and_what_came_before_is_kept(tmp_path, monkeypatch):
    process(RawDocument(id="warm", content="Gunmen killed a farmer."))  # workers fork with the data loaded
    monkeypatch.setattr(pipeline, "process", _dies_on_b)  # the forked workers inherit it
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("On Monday gunmen shot dead two farmers near Kirkuk, police said.", "utf-8")
    (folder / "b.txt").write_text("On Tuesday a roadside bomb wounded three soldiers in Tikrit.", "utf-8")
    db = str(tmp_path / "ew.db")
    result = CliRunner().invoke(cli, ["run", str(folder), "--db", db, "--workers", "2", "--quiet"])
    assert result.exit_code == 1 and "worker process died" in result.output and "b.txt" in result.output
    assert [row["id"] for row in store.connect(db).execute("SELECT id FROM articles")] == ["a"]


def test_commands_that_read_a_database_refuse_a_missing_one(tmp_path):
    db = str(tmp_path / "missing.db")
    for args in (["export", str(tmp_path / "out.jsonl"), "--format", "jsonl", "--db", db], ["trends", "--db", db],
                 ["events", "--db", db]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code != 0 and "no database at" in result.output, args
        assert not (tmp_path / "missing.db").exists()  # nothing created
