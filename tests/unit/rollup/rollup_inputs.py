"""Received workbooks for roll-up tests: variants of the filled CMRT 6.4 fixtures written by
the exporter, and broken files."""

from __future__ import annotations

import zipfile
from pathlib import Path

from forms.declaration import Declaration, Smelter
from forms.workbook.reader import read_file

JX = "CMRT_6.4_JX_Advanced_Metals.xlsx"
SK = "CMRT_6.4_SK_specialty.xlsx"


def read_decl(path: Path) -> Declaration:
    return read_file(path).declaration


def write_variant(decl: Declaration, template: Path, out: Path, company: str,
                  extra: list[Smelter]) -> Path:  # fmt: skip
    """`decl` under another company name with `extra` smelter rows, as an official workbook."""
    from forms.workbook.writer import export_official

    decl.company.name = company
    decl.smelters = [*decl.smelters, *extra]
    export_official(decl, template, out)
    return out


def broken_files(folder: Path, sample: Path) -> list[Path]:
    """Files a roll-up meets in a real inbox: garbage, a truncated download, an empty file,
    a zip that is no workbook, a CSV saved as .xlsx."""
    folder.mkdir(parents=True, exist_ok=True)
    garbage = folder / "garbage.xlsx"
    garbage.write_bytes(bytes(range(256)) * 40)
    truncated = folder / "truncated.xlsx"
    data = sample.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    empty = folder / "empty.xlsx"
    empty.write_bytes(b"")
    not_workbook = folder / "notes.xlsx"
    with zipfile.ZipFile(not_workbook, "w") as zf:
        zf.writestr("notes.txt", "not a workbook")
    csv = folder / "smelters.xlsx"
    csv.write_text("Metal,Smelter\nTin,Foo\n", encoding="utf-8")
    return [garbage, truncated, empty, not_workbook, csv]
