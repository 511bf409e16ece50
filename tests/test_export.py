"""Exports: ACLED and GTD column names and spellings, GeoJSON, Parquet, JSONL, with sources."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from eventwatch import store
from eventwatch.cli import cli, sample_dir
from eventwatch.export import ACLED_COLUMNS, GTD_COLUMNS, acled_date, export, interaction
from eventwatch.pipeline import process
from eventwatch.read import read_paths


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("x") / "x.db"
    conn = store.connect(path)
    for doc in read_paths([sample_dir()]):
        store.save(conn, process(doc))
    conn.close()
    return path


def test_acled_csv(db, tmp_path):
    out = tmp_path / "a.csv"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "acled-csv", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0])[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    truffle = next(r for r in rows if "truffle" in r["notes"])
    assert truffle["event_date"] == "17 February 2019" and truffle["year"] == "2019"
    assert truffle["time_precision"] == "1" and truffle["iso"] == "368" and truffle["country"] == "Iraq"
    assert truffle["sub_event_type"] == "Abduction/forced disappearance" and truffle["interaction"] == "27"
    sources = json.loads(truffle["eventwatch_sources"])
    assert sources[0]["figures"]["kidnapped"] == 12 and "truffle" in sources[0]["sentence"]
    assert json.loads(truffle["eventwatch_evidence"])["kidnapped"]["text"]


def test_gtd_csv(db, tmp_path):
    out = tmp_path / "g.csv"
    conn = store.connect(db)
    assert export(conn, "gtd-csv", out) > 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0])[: len(GTD_COLUMNS)] == list(GTD_COLUMNS)
    truffle = next(r for r in rows if "truffle" in r["summary"])
    assert (truffle["iyear"], truffle["imonth"], truffle["iday"]) == ("2019", "2", "17")
    assert truffle["eventid"].startswith("20190217") and len(truffle["eventid"]) == 12
    assert truffle["attacktype1_txt"] == "Hostage Taking (Kidnapping)" and truffle["attacktype1"] == "6"
    assert truffle["nhostkid"] == "12" and truffle["country_txt"] == "Iraq" and truffle["provstate"] == "Anbar"
    assert truffle["summary"].startswith("02/17/2019: ")


def test_geojson_parquet_jsonl(db, tmp_path):
    conn = store.connect(db)
    n = export(conn, "geojson", tmp_path / "e.geojson")
    data = json.loads((tmp_path / "e.geojson").read_text())
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n
    located = [f for f in data["features"] if f["geometry"]]
    assert located and all(len(f["geometry"]["coordinates"]) == 2 for f in located)
    assert all(f["properties"]["sources"] for f in data["features"])
    import pyarrow.parquet as pq

    export(conn, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == n and {"sources", "evidence", "latitude", "n_sources"} <= set(table.column_names)
    export(conn, "jsonl", tmp_path / "e.jsonl")
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert len(lines) == n and all(e["sources"][0]["evidence"] for e in lines)
    with pytest.raises(ValueError):
        export(conn, "parquet", "-")


def test_helpers():
    assert acled_date("2019-12-31") == "31 December 2019"
    assert interaction(6, 0) == 60 and interaction(2, 7) == 27 and interaction(1, 2) == 12
    assert interaction(7, 2) == 27 and interaction(None, None) is None
