"""One small connection wrapper over SQLite and PostgreSQL, so the store's SQL is written once.

SQL in the store is written with `?` placeholders and portable types; `Store.execute`
rewrites placeholders for psycopg. Transactions are explicit (`Store.transaction()`): an
article is written whole or not at all on both back ends.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

POSTGRES_PREFIXES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_postgres_url(db: str | Path) -> bool:
    return isinstance(db, str) and db.startswith(POSTGRES_PREFIXES)


class Store:
    """A database connection plus its dialect; what `store.connect` returns.

    `execute(sql, args)` returns a list of dict rows (empty for statements without a result).
    Use `with store.transaction():` to group statements; outside a transaction each statement
    commits on its own (autocommit). Safe to share between threads: calls are serialised.
    """

    def __init__(self, raw: Any, dialect: str, target: str) -> None:
        self.raw = raw
        self.dialect = dialect  # "sqlite" | "postgresql"
        self.target = target
        self._lock = threading.RLock()
        self._depth = 0

    # --- dialect helpers -------------------------------------------------------------------
    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.is_postgres else sql

    # --- statements ------------------------------------------------------------------------
    def execute(self, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cur = self.raw.execute(self._sql(sql), tuple(args))
            if cur.description is None:
                return []
            if self.is_postgres:
                return list(cur.fetchall())
            return [dict(row) for row in cur.fetchall()]

    def one(self, sql: str, args: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.execute(sql, args)
        return rows[0] if rows else None

    def insert(self, sql: str, args: Sequence[Any] = ()) -> int:
        """Run an INSERT and return the new row's id."""
        row = self.one(sql + " RETURNING id", args)
        assert row is not None
        return int(row["id"])

    def script(self, sql: str) -> None:
        """Several statements separated by ';' (no semicolons inside literals)."""
        for statement in (s.strip() for s in sql.split(";")):
            if statement:
                self.execute(statement)

    @contextmanager
    def transaction(self, lock: bool = True) -> Iterator[Store]:
        """One atomic unit. Writers are serialised (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
        advisory lock), so event resolution never races with another writer."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self.execute("BEGIN" if self.is_postgres else ("BEGIN IMMEDIATE" if lock else "BEGIN"))
            self._depth = 1
            try:
                if self.is_postgres and lock:
                    self.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK_KEY,))
                yield self
            except BaseException:
                self._depth = 0
                self.execute("ROLLBACK")
                raise
            self._depth = 0
            self.execute("COMMIT")

    def table_names(self) -> set[str]:
        if self.is_postgres:
            rows = self.execute("SELECT table_name AS name FROM information_schema.tables"
                                " WHERE table_schema = current_schema()")
        else:
            rows = self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {r["name"] for r in rows}

    def columns(self, table: str) -> set[str]:
        if self.is_postgres:
            rows = self.execute("SELECT column_name AS name FROM information_schema.columns"
                                " WHERE table_schema = current_schema() AND table_name = ?", (table,))
        else:
            rows = self.execute(f"PRAGMA table_info({table})")
        return {r["name"] for r in rows}

    def close(self) -> None:
        with self._lock:
            self.raw.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<eventwatch Store {self.dialect} {self.target}>"


WRITE_LOCK_KEY = 0x6576_656E_7477  # "eventw": one writer at a time per PostgreSQL database


def open_store(db: str | Path) -> Store:
    """SQLite file path (WAL) or a PostgreSQL URL (psycopg 3)."""
    if is_postgres_url(db):
        import psycopg
        from psycopg.rows import dict_row

        url = str(db).replace("postgresql+psycopg://", "postgresql://", 1)
        raw = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        return Store(raw, "postgresql", _redact(url))
    raw = sqlite3.connect(str(db), isolation_level=None, check_same_thread=False, timeout=30)
    raw.row_factory = sqlite3.Row
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA foreign_keys=ON")
    raw.execute("PRAGMA busy_timeout=30000")
    return Store(raw, "sqlite", str(db))


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and ":" in url.split("@", 1)[0].split("//", 1)[-1]:
        scheme, rest = url.split("//", 1)
        creds, host = rest.split("@", 1)
        return f"{scheme}//{creds.split(':', 1)[0]}:***@{host}"
    return url
