"""The compatible layout: a workbook MRT Desk builds itself, with the official template's sheet
names, cell addresses, option strings and drop-downs, marked as not being the RMI template.

It is for users who have not added an official template yet. Values go to the same cells as in
the official export (`forms.workbook.placement`), so the reader reads it back the same way.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from forms.atomic import atomic_write
from forms.declaration import Declaration
from forms.rules import checker_remaining
from forms.templates import cells
from forms.templates.model import ListSheet, MineralChoice, TemplateDef
from forms.workbook import placement as placing
from forms.workbook.detect import LAYOUT_OPTIONS_SHEET
from forms.workbook.outcome import ExportError, ExportResult
from forms.workbook.xmlpatch import ooxml_escape

LAYOUT_MARKER = "MRTDesk.Layout"
LAYOUT_VALUE = "compatible"
TEMPLATE_PROPERTY = "MRTDesk.Template"
OPTIONS_SHEET = LAYOUT_OPTIONS_SHEET
BANNER = (
    "Compatible layout made by MRT Desk — NOT the official RMI template. Same sheets, cells and "
    "options as the {title} {version}; put the values into the official RMI workbook before "
    "sending if your customer requires it."
)
DATE_FORMAT = "DD-MMM-YYYY"
_BANNER_FILL = PatternFill("solid", fgColor="FFF2CC")
_LABEL_FONT = Font(bold=True)


class _Options:
    """Option lists on a hidden sheet, one column each, shared by the drop-downs."""

    def __init__(self, wb: Workbook) -> None:
        self.ws = wb.create_sheet(OPTIONS_SHEET)
        self.ws.sheet_state = "hidden"
        self.columns: dict[tuple[str, ...], str] = {}

    def validation(self, options: tuple[str, ...]) -> DataValidation:
        if options not in self.columns:
            col = get_column_letter(len(self.columns) + 1)
            for i, option in enumerate(options, start=1):
                cell = self.ws[f"{col}{i}"]
                cell.value = option
                cell.data_type = "s"
            self.columns[options] = f"'{OPTIONS_SHEET}'!${col}$1:${col}${len(options)}"
        dv = DataValidation(type="list", formula1=self.columns[options], allow_blank=True)
        dv.error = "Select one of the template's options."
        dv.showErrorMessage = True
        return dv


def _put(ws: Worksheet, ref: str, value: Any, *, bold: bool = False) -> None:
    cell = ws[ref]
    cell.value = ooxml_escape(value) if isinstance(value, str) else value
    if isinstance(value, str):
        # Text stays text: openpyxl would otherwise take "=…" for a formula.
        cell.data_type = "s"
    if bold:
        cell.font = _LABEL_FONT


def _validate(ws: Worksheet, options: _Options, refs: list[str], values: tuple[str, ...]) -> None:
    if refs:
        dv = options.validation(values)
        for ref in refs:
            dv.add(ref)
        ws.add_data_validation(dv)


def _declaration(ws: Worksheet, tpl: TemplateDef, decl: Declaration, opts: _Options) -> None:
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["D"].width = 40
    ws.column_dimensions["G"].width = 40
    _put(ws, "A1", BANNER.format(title=tpl.title, version=tpl.version), bold=True)
    ws["A1"].fill = _BANNER_FILL
    _put(ws, "D2", tpl.title, bold=True)
    _put(ws, "J3", tpl.revision_stamp)
    _put(ws, "B3", "Select Language Preference Here:")
    _validate(ws, opts, [tpl.language_cell], tpl.languages or ("English",))
    for f in tpl.company_fields:
        _put(ws, f"B{f.cell[1:]}", f.label)
    _validate(ws, opts, [tpl.company_field("scope").cell], tpl.scope_options)
    if tpl.mineral_slots:
        _put(ws, "B12", "Select Minerals/Metals in Scope (*):")
        for slot in tpl.mineral_slots:
            _validate(ws, opts, [slot.cell], (slot.mineral, slot.delete_value))
    if tpl.mineral_choice is not None:
        _mineral_choice(ws, tpl.mineral_choice, opts)
    rows = cells.mineral_rows(tpl, decl.minerals_in_scope)
    ac, cc = tpl.answer_column, tpl.comment_column
    for q in tpl.questions:
        _put(ws, f"B{q.header_row}", f"{q.number}) {q.text}", bold=True)
        _put(ws, f"{ac}{q.header_row}", "Answer", bold=True)
        _put(ws, f"{cc}{q.header_row}", "Comments", bold=True)
        for i, mineral in enumerate(rows):
            if q.applies_to(mineral):
                row = tpl.answer_row(q.number, i)
                _put(ws, f"B{row}", mineral)
                _validate(ws, opts, [f"{ac}{row}"], q.options_for(mineral))
    for cq in tpl.company_questions:
        _put(ws, f"B{cq.row}", f"{cq.letter}. {cq.text}", bold=cq.per_mineral)
        if not cq.per_mineral:
            _validate(ws, opts, [f"{ac}{cq.row}"], cq.options)
            continue
        for i, mineral in enumerate(rows):
            row = tpl.per_mineral_company_row(cq.letter, i)
            _put(ws, f"B{row}", mineral)
            _validate(ws, opts, [f"{ac}{row}"], cq.options_for(mineral))


def _mineral_choice(ws: Worksheet, choice: MineralChoice, opts: _Options) -> None:
    """AMRT: the mineral cells (a drop-down from 1.3) and the cells naming "Other" minerals."""
    _put(ws, "B12", "Minerals/Metals in Scope (up to a maximum of 10)(*):")
    if choice.free_text:
        return
    _validate(ws, opts, list(choice.cells), (*choice.options, choice.other_option or ""))
    if choice.other_cells:
        _put(ws, f"B{choice.other_cells[0][1:]}", "Other minerals/metals in scope:")


def _list_sheet(ws: Worksheet, ls: ListSheet) -> None:
    for col in ls.columns:
        _put(ws, f"{col.letter}{ls.header_row}", col.header, bold=True)
        ws.column_dimensions[col.letter].width = 24
    ws.freeze_panes = f"A{ls.first_row}"


def _write_values(wb: Workbook, decl: Declaration, tpl: TemplateDef) -> None:
    date_cell = tpl.company_field("effective_date").cell
    for sheet, values in placing.placement(decl).items():
        ws = wb[sheet]
        for ref, value in values.items():
            if value is None:
                continue
            if ref == date_cell and isinstance(value, int):
                _put(ws, ref, placing.EXCEL_EPOCH + timedelta(days=value))
                ws[ref].number_format = DATE_FORMAT
            elif isinstance(value, int | float) and sheet == cells.DECLARATION:
                # The numeric 1 of older templates' "100%": the layout keeps the option text.
                _put(ws, ref, placing.HUNDRED)
            else:
                _put(ws, ref, value)


def build(decl: Declaration) -> Workbook:
    """The compatible-layout workbook for `decl` (not yet saved)."""
    tpl = decl.template
    wb = Workbook()
    decl_ws = wb.active
    assert decl_ws is not None
    decl_ws.title = cells.DECLARATION
    lists = [tpl.smelter_list, *([tpl.mine_list] if tpl.mine_list else []), tpl.product_list]
    if tpl.minerals_scope is not None:
        lists.insert(0, tpl.minerals_scope)
    for ls in lists:
        _list_sheet(wb.create_sheet(ls.sheet), ls)
    opts = _Options(wb)
    _declaration(decl_ws, tpl, decl, opts)
    # The AMRT's metals are the minerals the declaration names.
    metals = tuple(decl.minerals_in_scope) if tpl.mineral_choice else tuple(tpl.minerals)
    sl = tpl.smelter_list
    if metals:
        metal_dv = opts.validation(metals)
        metal = sl.column("metal").letter
        metal_dv.add(f"{metal}{sl.first_row}:{metal}{sl.last_row}")
        wb[sl.sheet].add_data_validation(metal_dv)
    scrap = sl.column("recycled_scrap").letter
    scrap_range = f"{scrap}{sl.first_row}:{scrap}{sl.last_row}"
    _validate(wb[sl.sheet], opts, [scrap_range], ("Yes", "No", "Unknown"))
    _write_values(wb, decl, tpl)
    wb.properties.title = f"{tpl.title} {tpl.version} — MRT Desk compatible layout"
    wb.properties.subject = "Not the official RMI template"
    wb.properties.keywords = f"{LAYOUT_MARKER}={LAYOUT_VALUE}; {tpl.key}"
    wb.properties.creator = "MRT Desk"
    wb.custom_doc_props.append(StringProperty(name=LAYOUT_MARKER, value=LAYOUT_VALUE))
    wb.custom_doc_props.append(StringProperty(name=TEMPLATE_PROPERTY, value=tpl.key))
    return wb


def export_layout(decl: Declaration, output: Path) -> ExportResult:
    """Write `decl` as the compatible layout to `output` (atomically)."""
    output = Path(output)
    try:
        wb = build(decl)
    except placing.PlacementError as exc:
        raise ExportError(str(exc)) from None
    try:
        atomic_write(output, wb.save)
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from None
    written = placing.as_written(decl)
    return ExportResult(output, False, checker_remaining(written), placing.export_findings(decl))
