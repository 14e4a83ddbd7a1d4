"""Fixtures for the store tests: a fresh data folder and an open store on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.store import Store
from forms import templates
from forms.declaration import Declaration, new_declaration


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test using `store` runs on both engines, unless its module says
    `STORE_ENGINES = ("sqlite",)` (tests of the SQLite file itself: WAL, locks, backups)."""
    if "store_engine" in metafunc.fixturenames:
        metafunc.parametrize("store_engine", getattr(metafunc.module, "STORE_ENGINES", ENGINES))


@pytest.fixture
def store(request: pytest.FixtureRequest, store_engine: str, data_dir: Path) -> Iterator[Store]:
    """An open store, on the local SQLite file or on a fresh team database of the tests' own
    PostgreSQL server (login "tester", one person working alone: self-approval allowed)."""
    if store_engine == "sqlite":
        s = Store.open(data_dir, user="tester")
    else:
        from sqlalchemy import text

        from db.store_team import TeamStore

        url = request.getfixturevalue("pg_url")
        s = TeamStore.open_team(url, data_dir=data_dir)
        with s._engine.begin() as conn:
            conn.execute(text("INSERT INTO team_settings VALUES ('allow_self_approval', 'yes')"))
    yield s
    s.close()


@pytest.fixture
def cmrt() -> Declaration:
    """An empty CMRT 6.5 declaration naming its company."""
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = "Acme Components Ltd"
    return decl
