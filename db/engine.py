"""The SQLite engine of the store: WAL, `synchronous=FULL`, foreign keys, transactional DDL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 5000


def make_engine(db_path: Path, *, pragmas: tuple[str, ...] = ()) -> Engine:
    """An engine on `db_path`. `pragmas` are extra statements run on each new connection
    (tests use `max_page_count` to fill the disk)."""
    # One pooled connection: its pragmas are set once, and `Store` is used from one thread.
    # The URL is built from the path, never parsed from text: a folder named "a?b" or "100%25"
    # must not be read as a query string or a percent-escape.
    url = URL.create("sqlite", database=str(db_path))
    engine = create_engine(url, poolclass=QueuePool, pool_size=1, max_overflow=2)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # The driver's own transaction handling skips DDL; we issue BEGIN ourselves so that a
        # migration is all-or-nothing.
        dbapi_conn.isolation_level = None
        for statement in (
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
            *pragmas,
        ):
            dbapi_conn.execute(statement)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
