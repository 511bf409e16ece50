"""Trends: event counts per province (or type, actor, country) and period, with early warnings.

The rule for a flag ("a month jumps well above its recent level"): a period is flagged when it
has at least `MIN_EVENTS` (5) events and at least `JUMP` (3) times the mean of the previous
`WINDOW` (3) periods of the same series, periods with no events counting as zero; the first
period of a series has no recent level and is never flagged. "7 in March, 30 in May, 83 in
June" flags May (30 >= 3 x mean(…, 7, 0)) and June only if 83 >= 3 x the mean of March-May.

Events whose date is coarser than the chosen frequency (a month-precision date when counting
by week) or undated are left out of the series and counted in the `skipped` summary.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import click

BY_FIELDS = {"admin1": "admin1", "province": "admin1", "country": "country", "event_type": "event_type",
             "sub_event_type": "sub_event_type", "actor1": "actor1", "location": "location"}
FREQS = ("day", "week", "month", "year")
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
MIN_EVENTS = 5
JUMP = 3.0
WINDOW = 3


def period_of(day: date, freq: str) -> str:
    """The label of the period a date falls in: 2019-06-17 (day), 2019-W25 (week), 2019-06, 2019."""
    if freq == "day":
        return day.isoformat()
    if freq == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if freq == "month":
        return f"{day.year}-{day.month:02d}"
    return str(day.year)


def _next_period(day: date, freq: str) -> date:
    if freq == "day":
        return day + timedelta(days=1)
    if freq == "week":
        return day + timedelta(days=7)
    if freq == "month":
        return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return date(day.year + 1, 1, 1)


def _period_start(day: date, freq: str) -> date:
    if freq == "week":
        return day - timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    if freq == "year":
        return date(day.year, 1, 1)
    return day


def count_periods(events: Iterable[dict[str, Any]], by: str = "admin1", freq: str = "month") -> list[dict[str, Any]]:
    """Rows `{by, period, count, baseline, flag}` for every series and every period between
    the first and last dated event (zeros included), sorted by series then period."""
    if by not in BY_FIELDS:
        raise ValueError(f"--by must be one of {', '.join(BY_FIELDS)}")
    if freq not in FREQS:
        raise ValueError(f"--freq must be one of {', '.join(FREQS)}")
    field = BY_FIELDS[by]
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    first: date | None = None
    last: date | None = None
    for event in events:
        try:
            day = date.fromisoformat(str(event.get("event_date"))[:10])
        except ValueError:
            continue
        if PRECISION_RANK.get(event.get("date_precision") or "year", 3) > PRECISION_RANK[freq]:
            continue
        key = event.get(field) or "(unknown)"
        counts[key][period_of(day, freq)] += 1
        first = day if first is None or day < first else first
        last = day if last is None or day > last else last
    if first is None or last is None:
        return []
    periods: list[str] = []
    cursor = _period_start(first, freq)
    while cursor <= last:
        periods.append(period_of(cursor, freq))
        cursor = _next_period(cursor, freq)
    rows: list[dict[str, Any]] = []
    for key in sorted(counts):
        series = [counts[key].get(p, 0) for p in periods]
        for index, (period, count) in enumerate(zip(periods, series, strict=True)):
            previous = series[max(0, index - WINDOW):index]
            baseline = sum(previous) / len(previous) if previous else None
            flag = baseline is not None and count >= MIN_EVENTS and count >= JUMP * baseline
            rows.append({by: key, "period": period, "count": count,
                         "baseline": None if baseline is None else round(baseline, 2), "flag": flag})
    return rows


def write_png(rows: list[dict[str, Any]], by: str, path: str | Path, top: int = 8) -> None:
    """A line chart of the `top` busiest series, flagged periods marked in red."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    totals: dict[str, int] = defaultdict(int)
    for row in rows:
        totals[row[by]] += row["count"]
    keys = sorted(totals, key=lambda k: (-totals[k], k))[:top]
    periods = sorted({row["period"] for row in rows})
    fig, ax = plt.subplots(figsize=(max(6, min(16, len(periods) * 0.6)), 4.5), dpi=100)
    for key in keys:
        series = {row["period"]: row for row in rows if row[by] == key}
        xs = list(range(len(periods)))
        ys = [series[p]["count"] if p in series else 0 for p in periods]
        ax.plot(xs, ys, marker="o", markersize=3, label=f"{key} ({totals[key]})")
        flagged = [(i, y) for i, (p, y) in enumerate(zip(periods, ys, strict=True)) if series.get(p, {}).get("flag")]
        if flagged:
            ax.scatter([i for i, _ in flagged], [y for _, y in flagged], s=80, facecolors="none", edgecolors="red",
                       linewidths=1.5, zorder=5)
    step = max(1, len(periods) // 12)
    ax.set_xticks(range(0, len(periods), step))
    ax.set_xticklabels(periods[::step], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("events")
    ax.set_title(f"Events per {by} (red circles: jump >= {JUMP:g}x the previous {WINDOW} periods, "
                 f">= {MIN_EVENTS} events)", fontsize=9)
    if keys:
        ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    fig.savefig(str(path), metadata={"Software": None})
    plt.close(fig)


@click.command("trends")
@click.option("--db", default="eventwatch.db", show_default=True, help="SQLite file or postgresql:// URL.")
@click.option("--by", type=click.Choice(sorted(BY_FIELDS)), default="admin1", show_default=True)
@click.option("--freq", type=click.Choice(FREQS), default="month", show_default=True)
@click.option("--type", "event_type", help="Only this ACLED event type or sub-event type.")
@click.option("--since", help="First date, YYYY-MM-DD.")
@click.option("--until", help="Last date, YYYY-MM-DD.")
@click.option("--flagged", is_flag=True, help="Only the flagged periods.")
@click.option("--all-periods", is_flag=True, help="Also list periods with no events.")
@click.option("--png", type=click.Path(dir_okay=False), help="Also write a chart to this PNG file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def trends_command(db: str, by: str, freq: str, event_type: str | None, since: str | None, until: str | None,
                   flagged: bool, all_periods: bool, png: str | None, fmt: str) -> None:
    """Event counts per province (or --by) and period, flagging jumps above the recent level.

    A period is flagged (!) when it has >= 5 events and >= 3x the mean of the previous 3 periods.
    """
    import csv
    import json
    import sys

    from rich.console import Console
    from rich.table import Table

    from . import store
    from .opendb import open_existing

    conn = open_existing(db)
    try:
        rows = store.trends(conn, by=by, freq=freq, event_type=event_type, since=since, until=until)
    finally:
        conn.close()
    if png:
        write_png(rows, by, png)
        click.echo(f"chart written to {png}", err=True)
    shown = [r for r in rows if (all_periods or r["count"]) and (r["flag"] or not flagged)]
    if fmt == "json":
        click.echo(json.dumps(shown, indent=2))
        return
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=[by, "period", "count", "baseline", "flag"])
        writer.writeheader()
        writer.writerows(shown)
        return
    table = Table(title=f"Events per {by} and {freq} ({sum(r['count'] for r in rows)} events)")
    for column in (by, "period", "count", "previous mean", "flag"):
        table.add_column(column, justify="right" if column in ("count", "previous mean") else "left")
    for row in shown:
        mark = "[bold red]! jump[/bold red]" if row["flag"] else ""
        table.add_row(str(row[by]), row["period"], str(row["count"]),
                      "" if row["baseline"] is None else f"{row['baseline']:g}", mark)
    console = Console()
    if not console.is_terminal:
        console = Console(width=120)
    console.print(table)
    flags = sum(r["flag"] for r in rows)
    click.echo(f"{flags} flagged period(s): >= {MIN_EVENTS} events and >= {JUMP:g}x the mean of the previous "
               f"{WINDOW} periods.", err=True)
