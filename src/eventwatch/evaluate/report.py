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
    return "  ".join(parts)


def group_table(result: dict) -> Table | None:
    """Scores per gold category (ACLED event type, GTD attack type)."""
    groups = result.get("by_group") or {}
    if not groups:
        return None
    fields = [f for f in next(iter(groups.values())) if f != "rows"]
    table = Table(title=f"{result.get('dataset')}: by gold category", title_justify="left")
    table.add_column("category")
    table.add_column("rows", justify="right")
    for f in fields:
        table.add_column(f, justify="right")
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


def worst_table(result: dict) -> Table | None:
    worst = result.get("worst") or []
    if not worst:
        return None
    table = Table(title=f"{result.get('dataset')}: worst cases", title_justify="left",
                  show_lines=True)
    table.add_column("id", no_wrap=True)
    table.add_column("text", ratio=3)
    table.add_column("field")
    table.add_column("expected")
    table.add_column("predicted")
    for case in worst:
        failed = case.get("failed", {})
        fields = "\n".join(failed)
        expected = "\n".join(_fmt(v["expected"]) for v in failed.values())
        predicted = "\n".join(_fmt(v["predicted"]) for v in failed.values())
        text = Text(case.get("text", ""))
        if case.get("error"):
            text.append(f"\n[extractor error: {case['error']}]", style="red")
        table.add_row(str(case.get("id")), text, fields, expected, predicted)
    return table


def print_report(results: list[dict], console: Console | None = None) -> None:
    console = console or Console()
    for result in results:
        if result.get("error"):
            console.print(f"[red]{result.get('dataset')}: {result['error']}[/]")
            continue
        console.print(metrics_table(result))
        console.print(summary_line(result), style="dim")
        for extra in (group_table(result), confusion_table(result), worst_table(result)):
            if extra is not None:
                console.print(extra)
        console.print()


def to_json(results: list[dict]) -> str:
    return json.dumps({"results": results}, indent=2, ensure_ascii=False, default=str)
