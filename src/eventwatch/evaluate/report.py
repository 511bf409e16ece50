"""Print evaluation results as rich tables, or as JSON for machines."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


def _fmt(value: Any, unit: str | None = None) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1f} {unit}" if unit else f"{value:.3f}"
    return str(value)


def metrics_table(result: dict) -> Table:
    """One table per dataset: field, score, correct/n, target, met."""
    title = f"{result.get('dataset', '?')}  {result.get('path', '')}"
    table = Table(title=title, title_justify="left")
    table.add_column("field")
    table.add_column("score", justify="right")
    table.add_column("correct / n", justify="right")
    table.add_column("target", justify="right")
    table.add_column("met", justify="center")
    metrics = result.get("metrics")
    if isinstance(metrics, dict):
        for name, m in metrics.items():
            if not isinstance(m, dict):
                table.add_row(name, _fmt(m), "", "", "")
                continue
            target = m.get("target")
            value = m.get("value")
            met = ""
            if target is not None and value is not None:
                met = "[green]yes[/]" if value >= target else "[red]no[/]"
            counts = f"{m['correct']} / {m['n']}" if "correct" in m else f"n={m.get('n', '-')}"
            table.add_row(name, _fmt(value, m.get("unit")), counts, _fmt(target), met)
    else:  # a scorer with its own flat layout (e.g. GeoWebNews): print its numbers
        for name, value in result.items():
            if name in ("dataset", "path", "worst") or isinstance(value, (dict, list)):
                continue
            table.add_row(name, _fmt(value), "", "", "")
    return table


def summary_line(result: dict) -> str:
    if not isinstance(result.get("metrics"), dict):
        return ""
    parts = [f"rows {result.get('rows', '-')}"]
    if result.get("events_per_row") is not None:
        parts.append(f"events/row {result['events_per_row']:.2f}")
    if result.get("extractor_errors"):
        parts.append(f"extractor errors {result['extractor_errors']}")
    if result.get("seconds") is not None:
        parts.append(f"{result['seconds']:.1f} s")
    if result.get("rows_per_second"):
        parts.append(f"{result['rows_per_second']:.0f} rows/s")
    if result.get("targets_total"):
        parts.append(f"targets met {result['targets_met']}/{result['targets_total']}")
    ceiling = (result.get("notes") or {}).get("event_date_year_ceiling")
    if ceiling is not None:
        parts.append(f"event_date ceiling without a year in the text {ceiling:.3f}")
    return "  ".join(parts)


_SHORT = {
    "event_found": "found", "event_type": "type", "sub_event_type": "sub",
    "admin1": "admin1", "location_25km": "≤25km", "event_date": "date",
    "fatalities": "deaths", "inter1": "inter1", "inter2": "inter2",
    "attack_type": "attack", "target_type": "target", "perpetrator": "perp",
    "perpetrator_family": "perp fam", "province": "prov", "city": "city",
    "killed": "killed", "wounded": "wounded", "kidnapped": "kidnap",
}


def group_table(result: dict) -> Table | None:
    """Scores per gold category (ACLED event type, GTD attack type)."""
    groups = result.get("by_group") or {}
    if not groups:
        return None
    wanted = ("event_found", "event_type", "sub_event_type", "admin1", "event_date",
              "fatalities", "inter1", "attack_type", "target_type", "perpetrator", "killed")
    present = next(iter(groups.values()))
    fields = [f for f in wanted if f in present][:6]
    table = Table(title=f"{result.get('dataset')}: by gold category", title_justify="left")
    table.add_column("category", no_wrap=True, max_width=18, overflow="ellipsis")
    table.add_column("rows", justify="right", min_width=4)
    for f in fields:
        header = _SHORT.get(f, f)
        table.add_column(header, justify="right", min_width=max(4, len(header)))
    for name, per in groups.items():
        table.add_row(name, str(per["rows"]),
                      *("-" if per[f] is None else f"{per[f]:.2f}" for f in fields))
    return table


def confusion_table(result: dict) -> Table | None:
    conf = {k: v for k, v in (result.get("confusions") or {}).items() if v}
    if not conf:
        return None
    table = Table(title=f"{result.get('dataset')}: most frequent errors", title_justify="left")
    table.add_column("field")
    table.add_column("expected")
    table.add_column("predicted")
    table.add_column("rows", justify="right")
    for field, items in conf.items():
        for item in items[:5]:
            table.add_row(field, item["expected"], item["predicted"], str(item["count"]))
    return table


def print_worst(result: dict, console: Console) -> None:
    """The worst cases: the text, then expected and predicted value of each failing field."""
    worst = result.get("worst") or []
    if not worst:
        return
    console.print(f"[bold]{result.get('dataset')}: worst cases[/]")
    for case in worst:
        console.print(f"[bold]{case.get('id')}[/] (published {case.get('published')})")
        console.print(Text(case.get("text", "")), style="italic")
        if case.get("error"):
            console.print(f"extractor error: {case['error']}", style="red")
        table = Table(show_header=True, box=None, padding=(0, 2))
        table.add_column("field")
        table.add_column("expected")
        table.add_column("predicted")
        for field, v in case.get("failed", {}).items():
            table.add_row(field, _fmt(v["expected"]), _fmt(v["predicted"]))
        console.print(table)
        console.print()


def print_report(results: list[dict], console: Console | None = None) -> None:
    console = console or Console()
    for result in results:
        if result.get("error"):
            console.print(f"[red]{result.get('dataset')}: {result['error']}[/]")
            continue
        console.print(metrics_table(result))
        line = summary_line(result)
        if line:
            console.print(line, style="dim")
        for extra in (group_table(result), confusion_table(result)):
            if extra is not None:
                console.print(extra)
        print_worst(result, console)
        console.print()


def to_json(results: list[dict]) -> str:
    return json.dumps({"results": results}, indent=2, ensure_ascii=False, default=str)
