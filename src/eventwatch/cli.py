"""The `eventwatch` command: run, events, claims, aggregates, extract, evaluate.

Each command is a thin layer over the Python API (`eventwatch.read`, `eventwatch.pipeline`,
`eventwatch.store`), so anything the CLI does a script can do too.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import store
from .evaluate.command import evaluate
from .export import export_command
from .opendb import open_existing
from .pipeline import WorkerDied, process_all
from .read import ReadError, read_paths
from .records import RawDocument
from .trends import trends_command
from .web.command import serve

DEFAULT_DB = "eventwatch.db"
EVENT_COLUMNS = ("event_date", "sub_event_type", "location", "admin1", "actor1", "actor2",
                 "fatalities", "injured", "kidnapped", "article_id")


def sample_dir() -> Path:
    """The bundled sample articles (copies of the five seed articles)."""
    return Path(str(resources.files("eventwatch").joinpath("data/samples")))


@click.group()
@click.version_option(package_name="eventwatch")
def cli() -> None:
    """Turn conflict news into a sourced, geocoded event database."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file to write.")
@click.option("--quiet", is_flag=True, help="No progress bar and no table.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that extract in parallel (the database has one writer).")
def run(paths: tuple[str, ...], db: str, quiet: bool, workers: int) -> None:
    """Ingest articles (files, folders, JSONL, WARC; the bundled samples by default) into the database."""
    targets = list(paths) or [str(sample_dir())]
    err = Console(stderr=True)
    conn = store.connect(db)
    stored = unchanged = failed = 0
    new_ids: list[str] = []
    with Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=quiet) as progress:
        task = progress.add_task("run", total=None)  # documents are read as they are processed
        for doc, done in _extracted(read_paths(targets), workers):
            if isinstance(done, ReadError):
                failed += 1
                err.print(f"[red]error[/red] {escape(str(done.origin))}: {escape(done.message)}")
                store.record_error(conn, done.id, done.origin, done.message)
            elif done.error:
                failed += 1
                err.print(f"[red]error[/red] {escape(done.error)}")
                store.record_error(conn, doc.id, doc.origin, done.error)
            elif store.save(conn, done):
                stored += 1
                new_ids.append(done.id)
            else:
                unchanged += 1
            progress.advance(task)
    totals = store.counts(conn)
    if not quiet:
        fresh = set(new_ids)
        rows = [r for r in store.query_events(conn) if fresh & set(r.get("article_ids") or [r["article_id"]])]
        if rows:
            _print_table(rows, EVENT_COLUMNS, title="Events found in this run")
        err.print(
            f"{stored} article(s) stored, {unchanged} unchanged, {failed} failed; database {db} holds "
            f"{totals['articles']} articles, {totals['events']} events, {totals['claims']} claims, "
            f"{totals['aggregates']} aggregates."
        )
    conn.close()


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--type", "event_type", help="ACLED event type or sub-event type.")
@click.option("--province", help="Province name or ISO 3166-2 code (IQ-AN).")
@click.option("--since", help="First date, YYYY-MM-DD.")
@click.option("--until", help="Last date, YYYY-MM-DD.")
@click.option("--actor", help="Part of an actor's name.")
@click.option("--limit", type=int)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def events(db: str, event_type: str | None, province: str | None, since: str | None, until: str | None,
           actor: str | None, limit: int | None, fmt: str) -> None:
    """List stored events."""
    conn = open_existing(db)
    rows = store.query_events(conn, event_type, province, since, until, actor, limit)
    _emit(rows, fmt, EVENT_COLUMNS, "Events")


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--subject", help="Part of the subject, e.g. 'fighters in Iraq'.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def claims(db: str, subject: str | None, fmt: str) -> None:
    """List attributed claims (estimates, reserves, statistics), oldest first."""
    conn = open_existing(db)
    rows = store.query_claims(conn, subject)
    for row in rows:
        row.pop("record", None)
    _emit(rows, fmt, ("as_of", "subject", "low", "high", "qualifier", "unit", "speaker_name", "speaker_role",
                      "speaker_organisation", "article_id"), "Claims")


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def aggregates(db: str, fmt: str) -> None:
    """List counts of incidents over a period ("83 cases last month")."""
    conn = open_existing(db)
    rows = store.query_aggregates(conn)
    for row in rows:
        row.pop("record", None)
    _emit(rows, fmt, ("period", "period_precision", "subject", "low", "qualifier", "region", "speaker_name",
                      "article_id"), "Aggregates")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--jsonl", "jsonl", type=click.Path(), help="JSONL batch: {id, text|html, published, url, title}.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that extract in parallel; output keeps the input order.")
def extract(paths: tuple[str, ...], jsonl: str | None, workers: int) -> None:
    """Extract records without a database: one JSON object per document on stdout."""
    if not paths and not jsonl:
        raise click.UsageError("give files or --jsonl FILE ('-' for stdin)")
    targets = list(paths) + ([jsonl] if jsonl else [])
    out = sys.stdout
    for _, done in _extracted(read_paths(targets), workers):
        if isinstance(done, ReadError):
            record: dict[str, Any] = {"id": done.id, "title": None, "published": None, "outlet": None,
                                      "events": [], "claims": [], "aggregates": [],
                                      "error": f"{done.origin}: {done.message}"}
        else:
            record = done.to_dict()
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
        out.flush()


cli.add_command(evaluate)
cli.add_command(serve)
cli.add_command(export_command)
cli.add_command(trends_command)


def _extracted(documents: Iterator[RawDocument | ReadError], workers: int) -> Iterator[tuple[Any, Any]]:
    """`process_all`, a dead worker process turned into a plain error message (exit status 1)."""
    try:
        yield from process_all(documents, workers)
    except WorkerDied as exc:
        raise click.ClickException(str(exc)) from exc


def _emit(rows: list[dict[str, Any]], fmt: str, columns: tuple[str, ...], title: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        if rows:
            fields = [k for k in rows[0] if not isinstance(rows[0][k], (dict, list))] + [
                k for k in rows[0] if isinstance(rows[0][k], (dict, list))]
            writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                writer.writerow({k: json.dumps(v) if isinstance(v, (dict, list)) else v for k, v in row.items()})
    else:
        _print_table(rows, columns, title)


def _print_table(rows: list[dict[str, Any]], columns: tuple[str, ...], title: str) -> None:
    table = Table(title=f"{title} ({len(rows)})", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else escape(str(row.get(c))) for c in columns))
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    console.print(table)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
