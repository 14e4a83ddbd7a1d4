"""Shared test fixtures: the `../shared` reference folder and LibreOffice, with honest skips.

Outside CI a test that needs `../shared` or `soffice` is skipped with the reason; under CI
(`CI=true`) a missing piece fails the test instead, since `.ci/run` installs both.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MRTDESK_SHARED", ROOT.parent / "shared"))
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def missing(reason: str) -> None:
    """A piece of the machine a test needs is absent: skip, or fail under CI."""
    if IN_CI:
        pytest.fail(f"{reason} (required under CI)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared`: official RMI workbooks, filled fixtures and reference lists."""
    if not (SHARED / "rmi-templates").is_dir():
        missing(f"{SHARED} is absent: the RMI workbooks are not part of the project")
    return SHARED


@pytest.fixture(scope="session")
def templates_dir(shared_dir: Path) -> Path:
    return shared_dir / "rmi-templates"


@pytest.fixture(scope="session")
def soffice() -> str:
    """Path of LibreOffice's `soffice`, for recalculating RMI's Checker."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        missing("LibreOffice (soffice) is not installed")
    assert exe is not None
    return exe


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """A throwaway PostgreSQL cluster (see tests/pg_server.py), one per test session."""
    import pg_server

    found = pg_server.binaries()
    if found is None:
        missing("PostgreSQL (initdb, pg_ctl) is not installed")
    assert found is not None
    cluster = pg_server.Cluster(*found)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Any) -> str:
    """A database with the team schema and roles (`team init`), copied for each test."""
    from db import team_schema
    from db.connect import make_team_engine, team_url

    name = pg_cluster.create_database("mrtdesk_template")
    engine = make_team_engine(team_url(pg_cluster.url("tester", name)))
    try:
        team_schema.init(engine)
    finally:
        engine.dispose()
    return name


@pytest.fixture
def pg_url(pg_cluster: Any, pg_template: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL (login "tester", the owner) of a fresh team database for this test."""
    name = f"t{abs(hash(request.node.nodeid)) % 10**10}_{os.getpid()}"
    pg_cluster.create_database(name, template=pg_template)
    try:
        yield pg_cluster.url("tester", name)
    finally:
        pg_cluster.drop_database(name)


# Which official workbook in ../shared/rmi-templates carries each template version.
TEMPLATE_FILES = {
    "CMRT-6.01": "RMI_CMRT_6.01_zh.xlsx",
    "CMRT-6.1": "RMI_CMRT_6.1_zh.xlsx",
    "CMRT-6.22": "RMI_CMRT_6.22_zh.xlsx",
    "CMRT-6.31": "RMI_CMRT_6.31_zh.xlsx",
    "CMRT-6.4": "RMI_CMRT_6.4.xlsx",
    "CMRT-6.5": "RMI_CMRT_6.5.xlsx",
    "CRT-2.2": "RMI_CRT_2.2_zh.xlsx",
    "EMRT-1.1": "RMI_EMRT_1.1_zh.xlsx",
    "EMRT-1.11": "RMI_EMRT_1.11_zh.xlsx",
    "EMRT-1.2": "RMI_EMRT_1.2_zh.xlsx",
    "EMRT-1.3": "RMI_EMRT_1.3_zh.xlsx",
    "EMRT-2.0": "RMI_EMRT_2.0.xlsx",
    "EMRT-2.1": "RMI_EMRT_2.1_zh.xlsx",
}
# Other display languages of a version already in TEMPLATE_FILES (same structure, other texts).
DISPLAY_VARIANTS = {"CMRT-6.4": "RMI_CMRT_6.4_zh.xlsx"}
# The AMRT workbooks (their definitions have their own tests: tests/unit/templates/test_amrt*).
AMRT_FILES = {"AMRT-1.2": "RMI_AMRT_1.2_zh.xlsx", "AMRT-1.3": "RMI_AMRT_1.3_zh.xlsx"}
