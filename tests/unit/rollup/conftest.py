"""Fixtures for roll-up tests: the filled CMRT 6.4 fixtures and an inbox of received files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rollup_inputs import JX, SK, broken_files


@pytest.fixture(scope="session")
def filled_dir(shared_dir: Path) -> Path:
    return shared_dir / "fixtures" / "filled"


@pytest.fixture(scope="session")
def cmrt64_template(templates_dir: Path) -> Path:
    return templates_dir / "RMI_CMRT_6.4.xlsx"


@pytest.fixture
def inbox(tmp_path: Path, filled_dir: Path) -> Path:
    """Two good received files (plain copies of the fixtures) and five broken ones."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(filled_dir / JX, folder / "a_jx.xlsx")
    shutil.copy(filled_dir / SK, folder / "b_sk.xlsx")
    broken_files(folder, filled_dir / JX)
    return folder
