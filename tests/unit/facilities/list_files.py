"""Facility lists written by the tests themselves, in the three shapes a user may import:
CSV, XLSX and Excel 2003 XML Spreadsheet — headers in any order and spelling."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

Table = Sequence[Sequence[object]]

# RMI-style export: header names as the website's download gives them.
HEADER = ["Smelter ID", "Standard Smelter Name", "Metal", "Country Location",
          "Assessment Status", "Last Assessment Date", "Assessment Cycle", "Programme"]  # fmt: skip
ROWS: list[list[object]] = [
    ["CID000185", "CV Gita Pesona", "Tin", "Indonesia", "Conformant", "2025-03-10", "One Year",
     "RMAP"],
    ["CID002763", "8853 S.p.A.", "Gold", "Italy", "Conformant", "2024-01-15", "Three Year", "LBMA"],
    ["CID001898", "Thaisarco", "Tin", "Thailand", "Active", "", "", "RMAP"],
    ["CID000292", "Alpha", "Tin", "United States", "Non-Conformant", "", "", "RMAP"],
    ["CID000211", "Chenzhou Diamond", "Tungsten", "China", "Conformant", "2026-06-01", "1", "RMAP"],
]  # fmt: skip


def write_csv(path: Path, table: Table, *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as f:
        csv.writer(f, delimiter=delimiter).writerows(table)
    return path


def write_xlsx(path: Path, table: Table, *, title: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    if title:
        ws.append([title])
        ws.append([])
    for row in table:
        ws.append(list(row))
    wb.save(path)
    return path


def _xml_cell(value: object) -> str:
    if value is None or value == "":
        return "<Cell/>"
    if isinstance(value, datetime | date):
        text = value.isoformat() + ("" if isinstance(value, datetime) else "T00:00:00.000")
        return f'<Cell><Data ss:Type="DateTime">{text}</Data></Cell>'
    if isinstance(value, int | float):
        return f'<Cell><Data ss:Type="Number">{value}</Data></Cell>'
    return f'<Cell><Data ss:Type="String">{escape(str(value))}</Data></Cell>'


def write_spreadsheet_ml(path: Path, table: Table, *, skip_with_index: bool = True) -> Path:
    """Excel 2003 XML; with `skip_with_index` an empty cell is left out and the next cell
    carries ss:Index, as Excel writes it."""
    rows = []
    for row in table:
        cells, skipped = [], False
        for i, v in enumerate(row, start=1):
            if skip_with_index and (v is None or v == ""):
                skipped = True
                continue
            cell = _xml_cell(v)
            if skipped:
                cell = cell.replace("<Cell", f'<Cell ss:Index="{i}"', 1)
                skipped = False
            cells.append(cell)
        rows.append("<Row>" + "".join(cells) + "</Row>")
    body = "".join(rows)
    path.write_text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        f'<Worksheet ss:Name="Facilities"><Table>{body}</Table></Worksheet></Workbook>',
        encoding="utf-8",
    )
    return path
