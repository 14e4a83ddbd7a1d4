"""What the definition tests read from an official workbook: sheets, stamps, English labels,
data-validation option lists, list-sheet headers — in one small dict per workbook.

`from_workbook` reads a real file with openpyxl; `from_cellmap` takes the same facts from
`../shared/spec/cellmap.json` (for EMRT 1.11, whose workbook is not in `rmi-templates/`).
"""

from __future__ import annotations

import json
import re
import warnings
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, range_boundaries

EXCEL_EPOCH = date(1899, 12, 30)
_TRUE_LITERAL = re.compile(r',"([^"]*)",""\)$')
_LIST_COLUMNS = {"Smelter List": (4, "ABCDEFGHIJKLMNOPQ"), "Product List": (5, "BCDEF"),
                 "Mine List": (4, "ABCDEFGHIJKLM")}  # fmt: skip


def serial_date(serial: str) -> date:
    return EXCEL_EPOCH + timedelta(days=int(float(serial)))


def norm(text: Any) -> str:
    """Label text without runs of white space, a trailing " (*)" or trailing spaces."""
    s = re.sub(r"\s+", " ", str(text or "")).strip()
    return re.sub(r"\s*\(\*\)$", "", s).strip()


def _cells(sqref: str) -> list[str]:
    """Every column-D/E/G input cell an sqref covers (only the first column of merged inputs)."""
    out = []
    for part in sqref.split():
        min_col, min_row, _max_col, max_row = range_boundaries(part)
        for row in range(min_row, max_row + 1):
            out.append(f"{_letter(min_col)}{row}")
    return out


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


def _resolve(ws: Any, ref: str) -> list[Any] | None:
    """The option list a `$B$96:$B$97`-style DV source gives; a conditional formula cell
    (`=IF(cond,"Yes","")`) contributes the value it has when the condition holds."""
    if not ref.startswith("$"):
        return None
    min_col, min_row, max_col, max_row = range_boundaries(ref.replace("$", ""))
    out = []
    for row in ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col):
        for cell in row:
            value = cell.value
            if isinstance(value, str) and value.startswith("="):
                m = _TRUE_LITERAL.search(value)
                value = m.group(1) if m else value
            if value is not None:
                out.append(value)
    return out


def _label(value: Any, english: dict[tuple[Any, Any], Any], sheet: str, cell: str) -> Any:
    """A header cell's English text: translated headers are `=OFFSET(L!…)` formulas."""
    if isinstance(value, str) and value.startswith("=OFFSET(L!"):
        return english.get((sheet, cell))
    return value


@cache
def from_workbook(path: Path) -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(path)
    decl = wb["Declaration"]
    lsheet = wb["L"]
    english: dict[tuple[Any, Any], Any] = {}
    for sheet, cell, text in lsheet.iter_rows(min_row=2, min_col=2, max_col=4, values_only=True):
        english[sheet, cell] = text
    labels = {c: t for (s, c), t in english.items() if s == "Declaration" and str(c)[:1] == "B"}
    validations = []
    for dv in decl.data_validations.dataValidation:
        validations.append({
            "sqref": str(dv.sqref), "type": dv.type, "operator": dv.operator,
            "formula1": dv.formula1, "formula2": dv.formula2,
            "options": _resolve(decl, dv.formula1 or ""),
        })  # fmt: skip
    ln = wb.defined_names["LN"].attr_text.split("!")[1].replace("$", "")
    languages = [c.value for row in lsheet[ln] for c in row]
    lists: dict[str, Any] = {}
    for name, (header_row, letters) in _LIST_COLUMNS.items():
        if name in wb.sheetnames:
            ws = wb[name]
            lists[name] = {
                "header_row": header_row,
                "headers": {
                    c: _label(ws[f"{c}{header_row}"].value, english, name, f"{c}{header_row}")
                    for c in letters
                },
            }
    smelters = wb.defined_names["SmelterIdetifiedForMetal"].attr_text
    lists["Smelter List"]["last_row"] = range_boundaries(smelters.split("!")[1].replace("$", ""))[3]
    merges = [r for r in wb["Product List"].merged_cells.ranges if r.min_col == 2 and r.min_row > 6]
    lists["Product List"]["last_row"] = merges[0].min_row - 1 if merges else None
    if "Mine List" in wb.sheetnames:
        dvs = wb["Mine List"].data_validations.dataValidation
        col_a = [dv for dv in dvs if str(dv.sqref).startswith("A5:")]
        lists["Mine List"]["last_row"] = range_boundaries(str(col_a[0].sqref))[3] if col_a else None
    return {
        "sheets": wb.sheetnames,
        "stamp": decl["J3"].value,
        "labels": labels,
        "validations": validations,
        "languages": languages,
        "lists": lists,
    }


def from_cellmap(path: Path, file_name: str) -> dict[str, Any]:
    entry = next(e for e in json.loads(path.read_text(encoding="utf-8")) if e["file"] == file_name)
    validations = []
    for dv in entry["declaration_validations"]:
        options = dv.get("options")
        if options is not None:
            options = [o.split("  [conditional")[0] if isinstance(o, str) else o for o in options]
        validations.append({**dv, "options": options})
    lists = {
        "Smelter List": {"header_row": entry["smelter_list"]["header_row"],
                         "headers": entry["smelter_list"]["headers"], "last_row": None},
        "Product List": {"header_row": entry["product_list"]["header_row"],
                         "headers": entry["product_list"]["headers"], "last_row": None},
    }  # fmt: skip
    return {
        "sheets": entry["sheets"],
        "stamp": entry["revision_cell_J3"],
        "labels": entry["declaration_labels_B"],
        "validations": validations,
        "languages": entry["language_options"],
        "lists": lists,
    }


def options_by_cell(facts: dict[str, Any]) -> dict[str, list[Any]]:
    """Input cell (e.g. "D26") → its drop-down options; "date" cells → ["date", first, last]."""
    out: dict[str, list[Any]] = {}
    for dv in facts["validations"]:
        if dv["type"] == "list" and dv["options"] is not None:
            for cell in _cells(dv["sqref"]):
                out[cell] = dv["options"]
        elif dv["type"] == "date":
            first = serial_date(dv["formula1"])
            if dv["operator"] == "greaterThan":
                first += timedelta(days=1)
            last = serial_date(dv["formula2"]) if dv["formula2"] else None
            for cell in _cells(dv["sqref"]):
                out[cell] = ["date", first, last]
    return out


def column(cell: str) -> int:
    return column_index_from_string(re.sub(r"\d", "", cell))
