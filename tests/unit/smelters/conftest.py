"""Smelter Look-up rows read straight from the official CMRT 6.5 and EMRT 2.0 workbooks."""

from __future__ import annotations

import warnings
from pathlib import Path

import openpyxl
import pytest

from forms.reference_data import LookupRow
from forms.smelters import SmelterIndex


def lookup_rows(workbook: Path) -> list[LookupRow]:
    """The Smelter Look-up tab as rows (header row 4, data from row 5, columns A–I)."""
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # openpyxl: unsupported x14 extensions
        wb = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
        for r in wb["Smelter Look-up"].iter_rows(min_row=5, max_col=9, values_only=True):
            cells = [None if v is None else str(v) for v in r]
            if cells[0] and cells[1]:
                out.append(LookupRow(*cells))  # type: ignore[arg-type]
        wb.close()
    return out


@pytest.fixture(scope="session")
def cmrt_rows(templates_dir: Path) -> list[LookupRow]:
    return lookup_rows(templates_dir / "RMI_CMRT_6.5.xlsx")


@pytest.fixture(scope="session")
def emrt_rows(templates_dir: Path) -> list[LookupRow]:
    return lookup_rows(templates_dir / "RMI_EMRT_2.0.xlsx")


@pytest.fixture(scope="session")
def cmrt_index(cmrt_rows: list[LookupRow]) -> SmelterIndex:
    return SmelterIndex(cmrt_rows)


@pytest.fixture(scope="session")
def emrt_index(emrt_rows: list[LookupRow]) -> SmelterIndex:
    return SmelterIndex(emrt_rows)
