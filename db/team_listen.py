"""Hearing other desks: PostgreSQL LISTEN on the channel the team database announces every new
or changed declaration on (migration 0008_team's trigger).

The app watches `fileno()` (a QSocketNotifier) and calls `poll()` when it is readable; the
command line and tests call `wait(seconds)`.
"""

from __future__ import annotations

import json
import select
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

CHANNEL = "mrtdesk"


@dataclass(frozen=True)
class DeclarationEvent:
    """A declaration was created ("insert") or changed ("update") by `by`."""

    decl_id: int
    status: str
    revision: int
    event: str
    by: str


def _event(payload: str) -> DeclarationEvent | None:
    try:
        doc = json.loads(payload)
        return DeclarationEvent(
            int(doc["id"]), str(doc["status"]), int(doc["revision"]), str(doc["event"]),
            str(doc.get("by") or ""),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError):
        return None


class ChangeListener:
    """One connection of its own (taken from the store's engine, so it uses the same login and
    password), listening in autocommit mode."""

    def __init__(self, engine: Engine) -> None:
        self._raw: Any = engine.raw_connection()
        conn: Any = self._raw.driver_connection
        if conn.info.transaction_status != 0:  # leave the pool's implicit transaction
            conn.rollback()
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn: Any = conn

    def fileno(self) -> int:
        return int(self._conn.fileno())

    def poll(self) -> list[DeclarationEvent]:
        """The announcements received so far (never blocks)."""
        return self.wait(0.0)

    def wait(self, seconds: float) -> list[DeclarationEvent]:
        """Announcements arriving within `seconds` (returns as soon as some came)."""
        if seconds > 0:
            select.select([self.fileno()], [], [], seconds)
        out = []
        for note in self._conn.notifies(timeout=0.0):
            event = _event(note.payload)
            if event is not None:
                out.append(event)
        return out

    def close(self) -> None:
        if self._raw is not None:
            self._raw.invalidate()
            self._raw = None
