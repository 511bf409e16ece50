"""The database a command reads (`--db`), opened only where it is there."""

from __future__ import annotations

from pathlib import Path

import click

from . import store


def open_existing(db: str) -> store.Store:
    """Open the SQLite file or PostgreSQL URL `db`; a missing file is a usage error (connecting
    would create an empty database and report nothing)."""
    if "://" not in db and not Path(db).exists():
        raise click.ClickException(f"no database at {db}: run `eventwatch run --db {db}` first")
    return store.connect(db)
