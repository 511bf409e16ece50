"""Trends: counts per series and period, zeros filled, and the early-warning flag rule."""

from __future__ import annotations

from click.testing import CliRunner

from eventwatch import store
from eventwatch.cli import cli, sample_dir
from eventwatch.pipeline import process
from eventwatch.read import read_paths
from eventwatch.trends import count_periods, period_of


def _events(month_counts: dict[str, int], admin1: str = "Anbar") -> list[dict]:
    return [{"event_date": f"{month}-0{1 + i % 9}", "date_precision": "day", "admin1": admin1}
            for month, n in month_counts.items() for i in range(n)]


def test_jump_rule_7_30_83():
    rows = count_periods(_events({"2019-03": 7, "2019-04": 6, "2019-05": 30, "2019-06": 83}))
    by_period = {r["period"]: r for r in rows}
    assert [r["count"] for r in rows] == [7, 6, 30, 83]
    assert not by_period["2019-03"]["flag"]  # no history
    assert not by_period["2019-04"]["flag"]
    assert by_period["2019-05"]["flag"] and by_period["2019-05"]["baseline"] == 6.5
    assert by_period["2019-06"]["flag"]  # 83 >= 3 x mean(7, 6, 30)


def test_small_counts_and_gaps():
    rows = count_periods(_events({"2019-01": 1, "2019-04": 4}) + _events({"2019-02": 2}, "Kirkuk"))
    anbar = [r for r in rows if r["admin1"] == "Anbar"]
    assert [r["period"] for r in anbar] == ["2019-01", "2019-02", "2019-03", "2019-04"]
    assert [r["count"] for r in anbar] == [1, 0, 0, 4]
    assert not any(r["flag"] for r in rows)  # 4 < 5 events


def test_coarse_dates_skipped_and_periods():
    events = [{"event_date": "2019-05-01", "date_precision": "month", "admin1": "Anbar"}]
    assert count_periods(events, freq="week") == []
    assert len(count_periods(events, freq="month")) == 1
    from datetime import date

    assert period_of(date(2019, 6, 17), "week") == "2019-W25"
    assert period_of(date(2019, 6, 17), "year") == "2019"


def test_cli_and_png(tmp_path):
    db = tmp_path / "t.db"
    conn = store.connect(db)
    for doc in read_paths([sample_dir()]):
        store.save(conn, process(doc))
    conn.close()
    png = tmp_path / "t.png"
    result = CliRunner().invoke(cli, ["trends", "--db", str(db), "--by", "admin1", "--freq", "month",
                                      "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert "Anbar" in result.output and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    result = CliRunner().invoke(cli, ["trends", "--db", str(db), "--format", "json"])
    assert '"period"' in result.output
