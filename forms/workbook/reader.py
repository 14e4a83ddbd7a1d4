"""The workbook reader: a CMRT, CRT, EMRT or AMRT file's cached values as a `Declaration`."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from forms.declaration import Company, Declaration, Mine, Product, Smelter
from forms.rules.finding import Finding
from forms.templates import ListSheet, TemplateDef
from forms.templates import cells as template_cells
from forms.templates.cells import DECLARATION, mineral_rows
from forms.workbook import detect, values
from forms.workbook.amrt_cells import amrt_minerals, apply_reasons
from forms.workbook.package import Package, UnreadableWorkbook, open_file
from forms.workbook.sheetxml import (
    Cells,
    RowsBeyond,
    SharedStrings,
    load_shared_strings,
    read_cells,
    show_zeros,
)
from forms.workbook.untrusted import clean_declaration

__all__ = ["ReadResult", "UnreadableWorkbook", "read_bytes", "read_file"]

LIST_ROW_LIMIT = 20_000
"""Rows of a list sheet read at most; data further down means a forged or broken file."""
_DECLARATION_ROWS = 200
_DECLARATION_COLS = frozenset("DEGJ")
_AMRT_COLS = frozenset("BHI")
"""Read only for an AMRT: its answer-row labels (B) and the mineral cells in H and I."""


@dataclass
class ReadResult:
    declaration: Declaration
    findings: list[Finding]
    template: TemplateDef
    version_in_file: str
    language: str | None
    is_blank: bool


def read_file(path: Path) -> ReadResult:
    """Read the workbook at `path`; `UnreadableWorkbook` says why it cannot be read."""
    return read_bytes(open_file(Path(path)), Path(path).name)


def read_bytes(data: bytes, name: str = "workbook.xlsx") -> ReadResult:
    return read_package(data, name)[0]


def read_package(data: bytes, name: str = "workbook.xlsx") -> tuple[ReadResult, Package]:
    """The read result and the opened package (for reference-data extraction)."""
    try:
        pkg = Package(data)
        return _Reader(pkg, name).read(), pkg
    except UnreadableWorkbook as exc:
        raise UnreadableWorkbook(exc.kind, f"{name}: {exc}") from None
    except Exception as exc:  # a hostile file must give a message, never a traceback
        raise UnreadableWorkbook(
            "corrupt",
            f"{name}: the workbook is damaged or malformed ({type(exc).__name__}): "
            "ask the sender to send it again",
        ) from exc


class _Reader:
    def __init__(self, pkg: Package, name: str) -> None:
        self.pkg = pkg
        self.name = name
        self.findings: list[Finding] = []
        self.sst: SharedStrings = SharedStrings(b"")
        self.decl_cells: Cells = {}
        self.row_order: list[str] = []
        """AMRT: the minerals in the order the file's own sorting formulas put them."""
        self.list_rows: dict[str, list[int]] = {}
        """List sheet → the worksheet row of each list entry read."""

    # --- detection ------------------------------------------------------------------------

    def _sheet_cells(
        self, sheet: str, want: Any, stop_row: int, columns: str | None = None
    ) -> Cells:
        part = self.pkg.sheet_part(sheet)
        if part is None:
            return {}
        return read_cells(self.pkg, part, self.sst, want, stop_row, columns=columns)

    def _detect(self) -> detect.Detection:
        cells = self.decl_cells
        stamp = values.text(cells.get((3, "J")))
        family = detect.family_from_text(values.text(cells.get((2, "D"))))
        revision_cells: Cells | None = None
        if family is None:
            revision_cells = self._sheet_cells("Revision", lambda r, c: c <= "E", 12, "ABCDE")
            for cell in revision_cells.values():
                family = family or detect.family_from_text(values.text(cell))
        if family is None:
            sheets = set(self.pkg.sheets)
            family = "AMRT" if "Minerals Scope" in sheets else None
        if family is None:
            raise UnreadableWorkbook(
                "not-a-template",
                "an Excel workbook with a Declaration sheet, but not a CMRT, CRT, EMRT or AMRT "
                "(no template title in Declaration!D2): ask the sender for the RMI template",
            )
        version = detect.revision_from_text(stamp)
        if version is None:
            head = self._sheet_cells("Smelter List", lambda r, c: r == 3, 3)
            for cell in head.values():
                version = version or detect.revision_from_text(values.text(cell))
                stamp = stamp or values.text(cell)
        if version is None:
            raise UnreadableWorkbook(
                "not-a-template",
                f"a {family} workbook without a revision stamp (Declaration!J3): "
                "ask the sender for the official RMI template",
            )
        prove = self._prove(family, version)
        return detect.choose(family, version, stamp, self.pkg.sheet_order, prove)

    def _prove(self, family: str, version: str) -> Any:
        """The known layout a newer revision's structure matches (`forms.workbook.verify`)."""

        def prove() -> TemplateDef | None:
            from forms.workbook import verify

            try:
                facts = verify.read_facts(self.pkg, self.sst)
                return verify.verify(facts, family, version).template
            except UnreadableWorkbook:
                return None

        return prove

    # --- reading --------------------------------------------------------------------------

    def read(self) -> ReadResult:
        part = self.pkg.sheet_part(DECLARATION)
        if part is None and DECLARATION in self.pkg.other_sheets:
            raise UnreadableWorkbook(
                "not-a-template",
                f"its Declaration sheet is a {self.pkg.other_sheets[DECLARATION]}, not a "
                "worksheet, so this is not a CMRT, CRT or EMRT: ask the sender for their "
                "declaration on the RMI template",
            )
        if part is None:
            sheets = ", ".join(self.pkg.sheet_order[:8]) or "none"
            raise UnreadableWorkbook(
                "not-a-template",
                f"an Excel workbook without a Declaration sheet (sheets: {sheets}), so not a "
                "CMRT, CRT, EMRT or AMRT: ask the sender for their declaration on the RMI template",
            )
        self.sst = load_shared_strings(self.pkg)
        self.decl_cells = read_cells(
            self.pkg,
            part,
            self.sst,
            lambda r, c: c in _DECLARATION_COLS,
            _DECLARATION_ROWS,
            columns=_DECLARATION_COLS,
        )
        self.decl_zero_blank = not show_zeros(self.pkg, part)
        det = self._detect()
        self.findings.extend(det.findings)
        tpl = det.template
        if tpl.mineral_choice is not None:
            self.decl_cells |= read_cells(
                self.pkg, part, self.sst, lambda r, c: c in _AMRT_COLS, _DECLARATION_ROWS
            )
        if self.pkg.has_macros:
            self.findings.append(Finding.of("FILE-MACROS", "warning", "template"))
        decl = Declaration(family=tpl.family, version=tpl.version)
        decl.company = self._company(tpl)
        decl.minerals_in_scope = self._minerals(tpl)
        decl.ensure_shape()
        self._answers(tpl, decl)
        decl.smelters = [Smelter(**row) for row in self._list(tpl.smelter_list)]
        decl.products = [Product(**row) for row in self._list(tpl.product_list)]
        if tpl.mine_list is not None:
            decl.mines = [Mine(**row) for row in self._list(tpl.mine_list)]
        if tpl.minerals_scope is not None:
            apply_reasons(decl, self._list(tpl.minerals_scope), self.findings)
        self.findings.extend(clean_declaration(decl, lambda path: self._where(tpl, decl, path)))
        language = values.text(self.decl_cells.get(_cell_key(tpl.language_cell)))
        return ReadResult(
            declaration=decl,
            findings=self.findings,
            template=tpl,
            version_in_file=det.version_in_file,
            language=language,
            is_blank=is_blank(decl),
        )

    def _where(self, tpl: TemplateDef, decl: Declaration, path: str) -> tuple[str, str] | None:
        """The sheet and cell a field was read from."""
        head, _, attr = path.rpartition(".")
        parts = head.split(".")
        scope = decl.minerals_in_scope
        try:
            if parts[0] == "company":
                return DECLARATION, tpl.company_field(attr).cell
            if parts[0] == "answers":
                pair = template_cells.answer_cells(tpl, scope, parts[1], parts[2])
            elif parts[0] == "company_answers":
                pair = template_cells.company_answer_cells(tpl, scope, parts[1])
            elif parts[0] == "company_answers_by_mineral":
                pair = template_cells.company_answer_cells(tpl, scope, parts[1], parts[2])
            else:
                name, index = head.rstrip("]").split("[")
                ls = {"smelters": tpl.smelter_list, "products": tpl.product_list}.get(
                    name, tpl.mine_list
                )
                assert ls is not None
                return ls.sheet, f"{ls.column(attr).letter}{self.list_rows[ls.sheet][int(index)]}"
        except (KeyError, ValueError, IndexError, AssertionError):
            return None
        return DECLARATION, pair[0] if attr == "answer" else pair[1]

    def _get(self, ref: str) -> Any:
        return self.decl_cells.get(_cell_key(ref))

    def _company(self, tpl: TemplateDef) -> Company:
        company = Company()
        for f in tpl.company_fields:
            cell = self._get(f.cell)
            if f.kind == "date":
                value, status = values.date_value(cell, self.pkg.date1904)
                finding = _date_finding(f.key, f.label, f.cell, value, status)
                if finding is not None:
                    self.findings.append(finding)
            else:
                value = values.text(cell, self.decl_zero_blank)
            setattr(company, f.key, value)
        return company

    def _minerals(self, tpl: TemplateDef) -> list[str]:
        if tpl.mineral_choice is not None:
            found = amrt_minerals(tpl, self._get, self.findings, self.pkg.stale_cache)
            chosen, self.row_order = found
            return chosen
        if not tpl.dynamic_minerals:
            return list(tpl.minerals)
        chosen = []
        for slot in tpl.mineral_slots:
            value = values.text(self._get(slot.cell)) or ""
            if value.casefold() == slot.mineral.casefold():
                chosen.append(slot.mineral)
        return sorted(chosen)

    def _answers(self, tpl: TemplateDef, decl: Declaration) -> None:
        order = self.row_order or mineral_rows(tpl, decl.minerals_in_scope)
        col_a, col_c = tpl.answer_column, tpl.comment_column
        for index, mineral in enumerate(order):
            for q in tpl.questions:
                if not q.applies_to(mineral):
                    continue
                row = tpl.answer_row(q.number, index)
                ans = decl.answers[mineral][q.number]
                ans.answer = values.answer(self._get(f"{col_a}{row}"), q.options_for(mineral))
                ans.comment = values.text(self._get(f"{col_c}{row}"))
        for cq in tpl.company_questions:
            if cq.per_mineral:
                for index, mineral in enumerate(order):
                    row = tpl.per_mineral_company_row(cq.letter, index)
                    ans = decl.company_answers_by_mineral[cq.letter][mineral]
                    ans.answer = values.answer(self._get(f"{col_a}{row}"), cq.options_for(mineral))
                    ans.comment = values.text(self._get(f"{col_c}{row}"))
            else:
                ans = decl.company_answers[cq.letter]
                ans.answer = values.answer(self._get(f"{col_a}{cq.row}"), cq.options)
                ans.comment = values.text(self._get(f"{col_c}{cq.row}"))

    def _list(self, ls: ListSheet) -> list[dict[str, str | None]]:
        part = self.pkg.sheet_part(ls.sheet)
        if part is None:
            if ls.sheet in self.pkg.other_sheets:
                self.findings.append(
                    Finding.of(
                        "FILE-SHEET-NOT-WORKSHEET",
                        "warning",
                        "template",
                        ls.sheet,
                        sheet_name=ls.sheet,
                        kind=self.pkg.other_sheets[ls.sheet],
                    )
                )
            return []
        letters = {c.letter: c.key for c in ls.columns}
        first = ls.first_row
        try:
            cells = read_cells(
                self.pkg,
                part,
                self.sst,
                lambda r, c: r >= first and c in letters,
                LIST_ROW_LIMIT,
                columns=letters,
                refuse_beyond=True,
            )
        except RowsBeyond:
            raise UnreadableWorkbook(
                "too-large",
                f"refused: the {ls.sheet} sheet has data beyond row {LIST_ROW_LIMIT:,} "
                f"(the template holds {ls.last_row - first + 1:,} rows); this is not a normal "
                "declaration",
            ) from None
        zero_blank = not show_zeros(self.pkg, part)
        by_row: dict[int, dict[str, str | None]] = {}
        for (row, col), cell in cells.items():
            if row == ls.last_row + 1:  # the template's own footer (copyright line)
                continue
            value = values.text(cell, zero_blank)
            if value is not None:
                by_row.setdefault(row, {})[letters[col]] = value
        last = max(by_row, default=0)
        if last > ls.last_row:
            self.findings.append(
                Finding.of(
                    "FILE-ROWS-BEYOND-TEMPLATE",
                    "warning",
                    "template",
                    ls.sheet,
                    list=ls.sheet,
                    last_row=ls.last_row,
                    row=last,
                )
            )
        keys = [c.key for c in ls.columns]
        self.list_rows[ls.sheet] = sorted(by_row)
        return [{k: by_row[r].get(k) for k in keys} for r in sorted(by_row)]


def _date_finding(
    key: str, label: str, cell: str, value: str | None, status: str
) -> Finding | None:
    path = f"company.{key}"
    name = label.rstrip(":")
    if status in ("not-a-date", "out-of-range"):
        code = "FILE-RAW-VALUE" if status == "not-a-date" else "FILE-DATE-OUT-OF-RANGE"
        return Finding.of(code, "warning", path, DECLARATION, cell, field=name, value=repr(value))
    if status == "ambiguous" and value is not None:
        day = date.fromisoformat(value)
        return Finding.of(
            "FILE-AMBIGUOUS-DATE",
            "warning",
            path,
            DECLARATION,
            cell,
            field=name,
            read=f"{day:%d-%b-%Y}",
            other=f"{date(day.year, day.day, day.month):%d-%b-%Y}",
        )
    return None


def _cell_key(ref: str) -> tuple[int, str]:
    col = ref.rstrip("0123456789")
    return int(ref[len(col) :]), col


def is_blank(decl: Declaration) -> bool:
    """No company name, no answers, no smelters, no products, no mines."""
    answered = any(a.answer for per in decl.answers.values() for a in per.values()) or any(
        a.answer for a in decl.company_answers.values()
    )
    answered = answered or any(
        a.answer for per in decl.company_answers_by_mineral.values() for a in per.values()
    )
    return not (decl.company.name or answered or decl.smelters or decl.products or decl.mines)


def company_is_empty(decl: Declaration) -> bool:
    """Every company field except the scope is empty."""
    return all(getattr(decl.company, f.name) is None for f in fields(Company) if f.name != "scope")
