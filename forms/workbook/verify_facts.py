"""What a workbook holds that a template definition relies on, read once: sheet names, the
English label texts of its `L` sheet, the validation of each Declaration input cell a definition
writes, and the header rows of the list sheets (`forms.workbook.verify` compares them)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from forms import templates
from forms.templates import TemplateDef
from forms.workbook import xmlsafe
from forms.workbook.package import Package, UnreadableWorkbook
from forms.workbook.reference import labels as label_texts
from forms.workbook.sheetxml import SharedStrings, load_shared_strings, read_cells

DECLARATION = "Declaration"
ENGLISH = "English"
MAX_SOURCE_CELLS = 2_000
MAX_RULES = 5_000
"""More data validations than this on one sheet (an RMI Declaration has about 60) is no template."""
_EXCEL_EPOCH = date(1899, 12, 30)
_TRUE_LITERAL = re.compile(r',\s*"([^"]*)"\s*,\s*""\s*\)$')
_RANGE = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$")


@dataclass(frozen=True)
class Validation:
    """An input cell's data validation: a drop-down's options, or a date range."""

    kind: str
    options: tuple[str, ...] = ()
    first: date | None = None
    last: date | None = None

    def describe(self) -> str:
        if self.kind == "list":
            return "a drop-down of " + " / ".join(self.options)
        if self.kind == "date":
            end = f"{self.last:%d-%b-%Y}" if self.last else "no end"
            start = f"{self.first:%d-%b-%Y}" if self.first else "?"
            return f"a date from {start} to {end}"
        return f"a {self.kind} validation"


@dataclass
class WorkbookFacts:
    """What a workbook holds that a definition relies on, read once."""

    sheets: list[str]
    english: dict[str, str]
    """`L` sheet key ("DeclarationB8") → English text."""
    validations: dict[str, Validation]
    """Declaration cell → its validation."""
    list_headers: dict[str, dict[int, dict[str, str]]] = field(default_factory=dict)
    """Sheet → header row → column → cached text."""

    def title(self) -> str | None:
        return self.english.get(f"{DECLARATION}D2")


# --- reading ------------------------------------------------------------------------------------


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _col_letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


Box = tuple[int, int, int, int]
"""A range as (first column, first row, last column, last row), columns numbered from 1."""


def _boxes(sqref: str) -> list[Box]:
    out = []
    for part in sqref.split():
        m = _RANGE.match(part)
        if m:
            c1, r1 = _col_number(m.group(1)), int(m.group(2))
            c2, r2 = (_col_number(m.group(3)), int(m.group(4))) if m.group(3) else (c1, r1)
            out.append((c1, r1, c2, r2))
    return out


def _cells_of(sqref: str) -> Iterator[str]:
    """The cells of a drop-down's source range (an RMI list has a few hundred at most)."""
    for c1, r1, c2, r2 in _boxes(sqref):
        if (c2 - c1 + 1) * (r2 - r1 + 1) > MAX_SOURCE_CELLS:
            continue
        for row in range(r1, r2 + 1):
            for col in range(c1, c2 + 1):
                yield f"{_col_letters(col)}{row}"


def _split(cell: str) -> tuple[int, int]:
    m = _RANGE.match(cell)
    assert m is not None, cell
    return _col_number(m.group(1)), int(m.group(2))


def _number(text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        return text
    return str(int(value)) if value.is_integer() else text


def _serial(text: str | None) -> date | None:
    try:
        return _EXCEL_EPOCH + timedelta(days=int(float(text or "")))
    except ValueError:
        return None


class _Sheet:
    """A parsed Declaration sheet: cell values and formulas, and its data validations."""

    def __init__(self, data: bytes, sst: SharedStrings) -> None:
        root = xmlsafe.parse(data, DECLARATION)
        self.values: dict[str, str] = {}
        self.formulas: dict[str, str] = {}
        self.rules: list[tuple[str, str, str | None, str | None, str | None]] = []
        for el in root.iter():
            tag = xmlsafe.local(el.tag)
            if tag == "c":
                self._cell(el, sst)
            elif tag == "dataValidation":
                f1 = f2 = None
                for child in el:
                    name = xmlsafe.local(child.tag)
                    if name == "formula1":
                        f1 = child.text
                    elif name == "formula2":
                        f2 = child.text
                rule = (el.get("sqref", ""), el.get("type", ""), el.get("operator"), f1, f2)
                self.rules.append(rule)

    def _cell(self, el: object, sst: SharedStrings) -> None:
        ref = el.get("r", "")  # type: ignore[attr-defined]
        kind = el.get("t", "n")  # type: ignore[attr-defined]
        for child in el:  # type: ignore[attr-defined]
            name = xmlsafe.local(child.tag)
            if name == "f" and child.text:
                self.formulas[ref] = child.text
            elif name == "v" and child.text is not None:
                text = child.text
                if kind == "s":
                    try:
                        text = sst.get(int(text))
                    except (ValueError, IndexError):
                        text = ""
                self.values[ref] = text if kind in ("s", "str") else _number(text)
            elif name == "is":
                texts = (t.text or "" for t in child.iter() if xmlsafe.local(t.tag) == "t")
                self.values[ref] = "".join(texts)

    def option(self, ref: str) -> str | None:
        """A drop-down source cell's option: a conditional `=IF(cond,"Yes","")` gives the value
        it has when its condition holds (skipped questions empty their lists)."""
        formula = self.formulas.get(ref)
        if formula is not None:
            m = _TRUE_LITERAL.search(formula.strip())
            if m:
                return m.group(1)
        value = self.values.get(ref)
        return value if value not in (None, "") else None

    def list_options(self, formula1: str | None) -> tuple[str, ...]:
        source = (formula1 or "").strip()
        if source.startswith('"') and source.endswith('"'):
            return tuple(o.strip() for o in source[1:-1].split(","))
        m = _RANGE.match(source.split("!")[-1])
        if "!" in source or not m:
            return (f"={source}",)  # a named or cross-sheet list: compared as written
        return tuple(o for o in (self.option(c) for c in _cells_of(source)) if o is not None)

    def validations(self, wanted: Iterable[str]) -> dict[str, Validation]:
        """The validation of each `wanted` cell that has one (the first rule covering it)."""
        if len(self.rules) > MAX_RULES:
            raise UnreadableWorkbook(
                "not-a-template", f"the Declaration sheet has {len(self.rules)} data validations"
            )
        targets = [(cell, *_split(cell)) for cell in sorted(set(wanted))]
        out: dict[str, Validation] = {}
        for sqref, kind, operator, f1, f2 in self.rules:
            boxes = _boxes(sqref)
            hits = [
                cell
                for cell, col, row in targets
                if cell not in out
                and any(c1 <= col <= c2 and r1 <= row <= r2 for c1, r1, c2, r2 in boxes)
            ]
            if not hits:
                continue
            if kind == "list":
                val = Validation("list", self.list_options(f1))
            elif kind == "date":
                first = _serial(f1)
                if first is not None and operator == "greaterThan":
                    first += timedelta(days=1)
                last = None if operator in ("greaterThan", "greaterThanOrEqual") else _serial(f2)
                val = Validation("date", first=first, last=last)
            else:
                val = Validation(kind or "any")
            for cell in hits:
                out[cell] = val
        return out


def _row_is(wanted: int) -> Callable[[int, str], bool]:
    return lambda row, _col: row == wanted


def read_facts(pkg: Package, sst: SharedStrings | None = None) -> WorkbookFacts:
    """The facts of `pkg` every definition is compared with."""
    sst = sst or load_shared_strings(pkg)
    _languages, texts = label_texts(pkg, sst)
    english = {k: v[ENGLISH] for k, v in texts.items() if ENGLISH in v}
    part = pkg.sheet_part(DECLARATION)
    wanted = {cell for t in templates.ALL for cell, _v in input_cells(t)}
    validations = _Sheet(pkg.read(part), sst).validations(wanted) if part else {}
    facts = WorkbookFacts(list(pkg.sheet_order), english, validations)
    rows = {(ls.sheet, ls.header_row) for t in templates.ALL for ls in lists_of(t)}
    for sheet, row in sorted(rows):
        part = pkg.sheet_part(sheet)
        if part is None:
            continue
        cells = read_cells(pkg, part, sst, _row_is(row), row)
        headers = {col: cell.value for (_r, col), cell in cells.items()}
        facts.list_headers.setdefault(sheet, {})[row] = headers
    return facts


def lists_of(tpl: TemplateDef) -> list[templates.ListSheet]:
    return [ls for ls in (tpl.smelter_list, tpl.product_list, tpl.mine_list) if ls is not None]


def _answer_rows(tpl: TemplateDef) -> list[str | None]:
    """One entry per answer row of a question block: the mineral the row belongs to, or None
    where the user names the minerals (AMRT: every one of its `mineral_capacity` rows takes any
    mineral, so each row carries the question's own drop-down)."""
    if tpl.mineral_choice is not None:
        return [None] * tpl.mineral_capacity
    return list(tpl.minerals)


def input_cells(tpl: TemplateDef) -> list[tuple[str, Validation]]:
    """(Declaration cell, expected validation) of every input cell the definition writes that
    carries a validation: scope, answers, company answers, mineral slots, the AMRT's mineral
    cells (a drop-down from 1.3; free text in 1.2) and the cells naming an "Other" mineral,
    effective date."""

    def options(values: Iterable[str]) -> Validation:
        if tpl.numeric_hundred_percent:
            values = ("1" if v == "100%" else v for v in values)
        return Validation("list", tuple(values))

    out = [(tpl.company_field("scope").cell, options(tpl.scope_options))]
    date_cell = tpl.company_field("effective_date").cell
    out.append((date_cell, Validation("date", first=tpl.date_first, last=tpl.date_last)))
    rows = _answer_rows(tpl)
    for i, mineral in enumerate(rows):
        for q in tpl.questions:
            if mineral is None or q.applies_to(mineral):
                cell = f"{tpl.answer_column}{tpl.answer_row(q.number, i)}"
                values = q.options if mineral is None else q.options_for(mineral)
                out.append((cell, options(values)))
    for cq in tpl.company_questions:
        if cq.per_mineral:
            for i, mineral in enumerate(rows):
                cell = f"{tpl.answer_column}{cq.row + 1 + i}"
                out.append((cell, options(cq.options_for(mineral))))
        else:
            out.append((f"{tpl.answer_column}{cq.row}", options(cq.options)))
    for slot in tpl.mineral_slots:
        out.append((slot.cell, options((slot.mineral, slot.delete_value))))
    choice = tpl.mineral_choice
    if choice is not None and not choice.free_text:
        other = (choice.other_option,) if choice.other_option else ()
        out += [(cell, options((*choice.options, *other))) for cell in choice.cells]
        # RMI's formula rule: a name goes below only when its mineral cell says "Other".
        out += [(cell, Validation("custom")) for cell in choice.other_cells]
    return out
