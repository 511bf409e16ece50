"""`eventwatch serve`: the HTTP API and the web page over one database."""

from __future__ import annotations

import click

from ..opendb import open_existing

DEFAULT_DB = "eventwatch.db"


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file (or PostgreSQL URL) to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--token", envvar="EVENTWATCH_TOKEN", default=None,
              help="Allow POST /api/articles with 'Authorization: Bearer TOKEN' (env EVENTWATCH_TOKEN). "
                   "Without it the server is read-only.")
def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the HTTP API and the web page (map, timeline, evidence) over the database."""
    import uvicorn

    from .app import create_app

    token = token or None
    if token is None:  # read-only: nothing would ever create the database (with a token, POST does)
        open_existing(db).close()
    app = create_app(db, token=token)
    mode = "read-write (POST /api/articles needs the token)" if token else "read-only"
    click.echo(f"eventwatch: serving {db} ({mode}) at http://{host}:{port}/  (API docs: /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
