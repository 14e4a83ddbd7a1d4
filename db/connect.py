"""Which database a desk uses: the local SQLite store (default) or a team PostgreSQL server,
named by a URL — `--database`, `MRTDESK_DATABASE_URL`, or the app's Settings ▸ Team database —
such as `postgresql://alice@db.office.lan/mrtdesk?sslmode=require` (see `db.team_connection`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from db.team_connection import (
    PasswordNeededError,
    PasswordPrompt,
    ServerUnavailableError,
    make_team_engine,
    team_url,
)

if TYPE_CHECKING:
    from db.store import Store

__all__ = [
    "ENV_VAR",
    "PasswordNeededError",
    "ServerUnavailableError",
    "chosen_url",
    "is_team",
    "make_team_engine",
    "open_store",
    "team_url",
]

ENV_VAR = "MRTDESK_DATABASE_URL"


def chosen_url(given: str | None = None) -> str | None:
    """The team database's URL from `--database`, else `$MRTDESK_DATABASE_URL`; None means the
    local SQLite store."""
    for candidate in (given, os.environ.get(ENV_VAR)):
        if candidate and candidate.strip():
            return candidate.strip()
    return None


def is_team(text: str | None) -> bool:
    """Whether `text` names a team database (else it is, say, a data folder)."""
    return bool(text) and str(text).strip().lower().startswith(("postgresql", "postgres:"))


def open_store(
    data_dir: Path,
    database: str | None = None,
    *,
    user: str | None = None,
    ask_password: PasswordPrompt | None = None,
) -> Store:
    """The store this desk works in: the team database named by `database` (or
    `$MRTDESK_DATABASE_URL`), else the local store of `data_dir`."""
    url = chosen_url(database)
    if url is None:
        from db.store import Store

        return Store.open(data_dir, user=user)
    from db.store_team import TeamStore

    return TeamStore.open_team(url, data_dir=data_dir, ask_password=ask_password)
