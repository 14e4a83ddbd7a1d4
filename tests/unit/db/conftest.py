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


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = Store.open(data_dir, user="tester")
    yield s
    s.close()


@pytest.fixture
def cmrt() -> Declaration:
    """An empty CMRT 6.5 declaration naming its company."""
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = "Acme Components Ltd"
    return decl
