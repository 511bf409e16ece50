"""`eventwatch evaluate`: score the extractor against gold data in public formats.

Register with ``cli.add_command(evaluate)`` (``from eventwatch.evaluate.command import
evaluate``)."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwatch.evaluate.report import print_report, to_json


def _count_rows(path: str, limit: int | None) -> int | None:
    import csv

    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            n = sum(1 for _ in csv.DictReader(fh))
    except OSError:
        return None
    return min(n, limit) if limit is not None else n


def _run_csv(kind: str, path: str, limit: int | None, errors: int, show_progress: bool) -> dict:
    if kind == "acled":
        from eventwatch.evaluate.acled import score_acled as scorer
    else:
        from eventwatch.evaluate.gtd import score_gtd as scorer
    if not show_progress:
        return scorer(path, limit=limit, errors=errors)
    with Progress(
        TextColumn(f"{kind}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    ) as bar:
        task = bar.add_task(kind, total=_count_rows(path, limit))
        return scorer(path, limit=limit, errors=errors,
                      progress=lambda k: bar.advance(task, k))


def _run_geowebnews(path: str, limit: int | None) -> dict:
    try:
        from eventwatch.evaluate.geowebnews import score_geowebnews  # type: ignore[import-not-found]
    except ImportError as exc:
        return {"dataset": "geowebnews", "path": path, "error": f"not available: {exc}"}
    result = score_geowebnews(path, limit=limit)
    if isinstance(result, dict):
        result = dict(result)
        result.setdefault("dataset", "geowebnews")
        result.setdefault("path", path)
    return result


@click.command("evaluate")
@click.option("--acled", "acled", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="ACLED CSV export (notes, event_date, event_type, ..., timestamp).")
@click.option("--gtd", "gtd", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Global Terrorism Database CSV (summary, attacktype1_txt, ..., nkill).")
@click.option("--geowebnews", "geowebnews", multiple=True,
              type=click.Path(exists=True, dir_okay=False), help="GeoWebNews GWN.xml.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Score only the first N rows/articles of each file.")
@click.option("--json", "as_json", is_flag=True, help="Write JSON to stdout instead of tables.")
@click.option("--errors", type=click.IntRange(min=0), default=0, show_default=True,
              help="List the N worst cases per dataset (text, expected and predicted values).")
def evaluate(acled, gtd, geowebnews, limit, as_json, errors):
    """Score the extractor against gold data (ACLED, GTD, GeoWebNews); several at once."""
    if not (acled or gtd or geowebnews):
        raise click.UsageError("give at least one of --acled, --gtd, --geowebnews")
    show_progress = not as_json and sys.stderr.isatty()
    results: list[dict] = []
    for path in acled:
        results.append(_run_csv("acled", path, limit, errors, show_progress))
    for path in gtd:
        results.append(_run_csv("gtd", path, limit, errors, show_progress))
    for path in geowebnews:
        results.append(_run_geowebnews(path, limit))
    if as_json:
        click.echo(to_json(results))
    else:
        print_report(results, Console())
