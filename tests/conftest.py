"""Shared test fixtures: the `../shared` reference folder and LibreOffice, with honest skips.

Outside CI a test that needs `../shared` or `soffice` is skipped with the reason; under CI
(`CI=true`) a missing piece fails the test instead, since `.ci/run` installs both.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

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
    "EMRT-1.2": "RMI_EMRT_1.2_zh.xlsx",
    "EMRT-1.3": "RMI_EMRT_1.3_zh.xlsx",
    "EMRT-2.0": "RMI_EMRT_2.0.xlsx",
    "EMRT-2.1": "RMI_EMRT_2.1_zh.xlsx",
}
