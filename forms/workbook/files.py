"""Which files are workbooks: the suffixes MRT Desk opens, and folders expanded to them."""

from __future__ import annotations

from pathlib import Path

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")


def expand(names: list[str]) -> list[Path]:
    """The files named, with each folder replaced by the workbooks directly inside it."""
    out: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.suffix.lower() in WORKBOOK_SUFFIXES)
        else:
            out.append(path)
    return out
