"""Proof that a workbook is the template its definition describes, before anything is written
into it: sheet names, the label keys the definition relies on, the drop-down (or date) validation
of every input cell it writes, and the header rows of the list sheets.

This is what lets MRT Desk support a version it has never held: the definition is written from
public facts, and the user's own copy of the workbook proves it. A newer revision than any
definition (say "Revision 6.7") is accepted when its structure matches a known definition of its
family, newest first ("CMRT 6.7 — layout of CMRT 6.6, verified").
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from forms import templates
from forms.templates import TemplateDef
from forms.templates.versioning import version_key
from forms.workbook import xmlsafe
from forms.workbook.detect import family_from_text
from forms.workbook.package import Package, UnreadableWorkbook
from forms.workbook.reference import labels as label_texts
from forms.workbook.sheetxml import SharedStrings, load_shared_strings, read_cells

DECLARATION = "Declaration"
ENGLISH = "English"
SHOWN_DIFFERENCES = 5
MAX_SOURCE_CELLS = 2_000
MAX_RULES = 5_000
"""More data validations than this on one sheet (an RMI Declaration has about 60) is no template."""
_EXCEL_EPOCH = date(1899, 12, 30)
_TRUE_LITERAL = re.compile(r',\s*"([^"]*)"\s*,\s*""\s*\)$')
_RANGE = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$")


@dataclass(frozen=True)
class Difference:
    """One way the workbook differs from the definition it claims to be."""

    where: str
    expected: str
    found: str

    def __str__(self) -> str:
        return f"{self.where}: expected {self.expected}, found {self.found}"


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
    rows = {(ls.sheet, ls.header_row) for t in templates.ALL for ls in _lists(t)}
    for sheet, row in sorted(rows):
        part = pkg.sheet_part(sheet)
        if part is None:
            continue
        cells = read_cells(pkg, part, sst, _row_is(row), row)
        headers = {col: cell.value for (_r, col), cell in cells.items()}
        facts.list_headers.setdefault(sheet, {})[row] = headers
    return facts


# --- comparing ----------------------------------------------------------------------------------


def _lists(tpl: TemplateDef) -> list[templates.ListSheet]:
    return [ls for ls in (tpl.smelter_list, tpl.product_list, tpl.mine_list) if ls is not None]


def relaxed(text: str | None) -> str:
    """Label text compared loosely: case, punctuation, "(*)", possessive "'s" and runs of white
    space do not count (RMI re-punctuates headers between releases)."""
    s = (text or "").lower().replace("’", "'")
    s = re.sub(r"\(\*\)|\(\d\)", " ", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w%]+", " ", s)
    return " ".join(s.split())


def input_cells(tpl: TemplateDef) -> list[tuple[str, Validation]]:
    """(Declaration cell, expected validation) of every input cell the definition writes that
    carries a validation: scope, answers, company answers, mineral slots, effective date."""

    def options(values: Iterable[str]) -> Validation:
        if tpl.numeric_hundred_percent:
            values = ("1" if v == "100%" else v for v in values)
        return Validation("list", tuple(values))

    out = [(tpl.company_field("scope").cell, options(tpl.scope_options))]
    date_cell = tpl.company_field("effective_date").cell
    out.append((date_cell, Validation("date", first=tpl.date_first, last=tpl.date_last)))
    for i, mineral in enumerate(tpl.minerals):
        for q in tpl.questions:
            if q.applies_to(mineral):
                cell = f"{tpl.answer_column}{tpl.answer_row(q.number, i)}"
                out.append((cell, options(q.options_for(mineral))))
    for cq in tpl.company_questions:
        if cq.per_mineral:
            for i, mineral in enumerate(tpl.minerals):
                cell = f"{tpl.answer_column}{cq.row + 1 + i}"
                out.append((cell, options(cq.options_for(mineral))))
        else:
            out.append((f"{tpl.answer_column}{cq.row}", options(cq.options)))
    for slot in tpl.mineral_slots:
        out.append((slot.cell, options((slot.mineral, slot.delete_value))))
    return out


def _label_keys(tpl: TemplateDef) -> list[tuple[str, str, bool]]:
    """(L key, expected English text, compare the whole text) the definition relies on: company
    field labels in full; questions by their number or letter (the drop-downs prove the rest)."""
    out = [(f"{DECLARATION}B{f.cell[1:]}", f.label, True) for f in tpl.company_fields]
    out += [(f"{DECLARATION}B{q.header_row}", f"{q.number})", False) for q in tpl.questions]
    out += [(f"{DECLARATION}B{q.row}", f"{q.letter}.", False) for q in tpl.company_questions]
    return out


def differences(facts: WorkbookFacts, tpl: TemplateDef) -> list[Difference]:
    """Every way `facts` differ from `tpl`, in the order a person would look: sheets, labels,
    input cells, list headers."""
    out: list[Difference] = []
    missing = [s for s in tpl.sheets if s not in facts.sheets]
    extra = [s for s in facts.sheets if s not in tpl.sheets]
    if missing:
        out.append(Difference("sheets", "sheet(s) " + ", ".join(missing), "none"))
    if extra:
        out.append(Difference("sheets", "no other sheets", ", ".join(extra)))
    for key, text, whole in _label_keys(tpl):
        found = facts.english.get(key)
        where = f"label {key[len(DECLARATION) :]}" if key.startswith(DECLARATION) else key
        if found is None:
            out.append(Difference(where, f'"{text}"', "no such label"))
        elif whole and relaxed(found) != relaxed(text):
            out.append(Difference(where, f'"{text}"', f'"{found.strip()}"'))
        elif not whole and not found.strip().startswith(text):
            out.append(Difference(where, f'question "{text}"', f'"{found.strip()[:60]}"'))
    for cell, want in input_cells(tpl):
        got = facts.validations.get(cell)
        if got != want:
            found = got.describe() if got else "no validation"
            out.append(Difference(f"{DECLARATION}!{cell}", want.describe(), found))
    for ls in _lists(tpl):
        headers = facts.list_headers.get(ls.sheet, {}).get(ls.header_row, {})
        for col in ls.columns:
            ref = f"{col.letter}{ls.header_row}"
            found = facts.english.get(f"{ls.sheet}{ref}", headers.get(col.letter))
            if relaxed(found) != relaxed(col.header):
                shown = f'"{found.strip()}"' if found else "an empty header"
                out.append(Difference(f"{ls.sheet}!{ref}", f'"{col.header}"', shown))
    return out


# --- deciding -----------------------------------------------------------------------------------


class TemplateMismatch(UnreadableWorkbook):
    """The workbook is not the template it claims to be; the message names the first differences."""

    def __init__(self, message: str, found: list[Difference]) -> None:
        super().__init__("template-mismatch", message)
        self.differences = found


def describe(found: list[Difference], limit: int = SHOWN_DIFFERENCES) -> str:
    shown = "; ".join(str(d) for d in found[:limit])
    more = f" (and {len(found) - limit} more)" if len(found) > limit else ""
    return shown + more


def mismatch(claimed: str, tpl: TemplateDef, found: list[Difference]) -> TemplateMismatch:
    same = claimed == f"{tpl.family} {tpl.version}"
    against = "" if same else f" (compared with the layout of {tpl.family} {tpl.version})"
    return TemplateMismatch(
        f"it says it is {claimed}, but its structure differs from that template{against}: "
        f"{describe(found)}. Nothing was written into it. Use the blank {claimed} exactly as "
        "downloaded from RMI (or sent by your customer, unchanged); if it is genuine, RMI "
        "changed the template and MRT Desk needs an update for it",
        found,
    )


@dataclass(frozen=True)
class Verified:
    """A workbook proven to have the structure of `template` (its own revision may be newer)."""

    family: str
    version_in_file: str
    template: TemplateDef

    @property
    def label(self) -> str:
        return layout_label(self.family, self.version_in_file, self.template)


def layout_label(family: str, version_in_file: str, tpl: TemplateDef) -> str:
    """ "CMRT 6.5", or "CMRT 6.7 — layout of CMRT 6.6, verified" for a newer revision."""
    if version_in_file == tpl.version:
        return f"{family} {version_in_file}"
    return f"{family} {version_in_file} — layout of {tpl.family} {tpl.version}, verified"


def candidates(family: str, version: str) -> list[TemplateDef]:
    """The definitions a `family` `version` workbook may be: its own, or for a revision newer
    than every definition, each known one, newest first."""
    known = templates.newest_first(family)
    exact = [t for t in known if t.version == version]
    if exact:
        return exact
    newest = max(version_key(t.version) for t in known) if known else None
    if newest is not None and version_key(version) > newest:
        return list(known)
    return []


def verify(facts: WorkbookFacts, family: str, version: str) -> Verified:
    """The definition `facts` match, or `TemplateMismatch` naming the first differences from the
    definition it claims (for a newer revision: from the known layout it differs least from)."""
    options = candidates(family, version)
    claimed = f"{family} {version}"
    if not options:
        raise UnreadableWorkbook(
            "unsupported-version",
            f"it says it is {claimed}, a revision MRT Desk has no definition for: "
            f"use the current {templates.latest(family).family} {templates.latest(family).version}",
        )
    closest: tuple[TemplateDef, list[Difference]] | None = None
    for tpl in options:
        found = differences(facts, tpl)
        if not found:
            return Verified(family, version, tpl)
        if closest is None or len(found) < len(closest[1]):
            closest = (tpl, found)
    assert closest is not None
    raise mismatch(claimed, *closest)


def require_template(
    pkg: Package, tpl: TemplateDef, version_in_file: str, name: str = ""
) -> Verified:
    """`verify` for an opened package read as `tpl` (the one-line hook of the library); the
    refusal's message starts with the file's `name`."""
    try:
        return verify(read_facts(pkg), tpl.family, version_in_file)
    except TemplateMismatch as exc:
        raise TemplateMismatch(f"{name}: {exc}" if name else str(exc), exc.differences) from None


_STAMP = re.compile(r"Revision\s+(\d+(?:\.\d+)+)")
_PROVEN: dict[tuple[str, str], TemplateDef] = {}
"""(SHA-256 of a package, revision) → the definition it was proven to have: an app session that
exports into the same library workbook again does not verify it again."""
_PROVEN_MAX = 32


def template_of_zip(zf: zipfile.ZipFile, revision: str | None) -> TemplateDef:
    """For the writer: the definition the package open in `zf` (revision stamp `revision`, from
    `Declaration!J3`) is proven to have; `TemplateFileError` says why there is none."""
    from forms.workbook.templatefile import TemplateFileError

    m = _STAMP.search(revision or "")
    if not m:
        raise TemplateFileError(
            'Declaration!J3 has no revision stamp ("Revision X.Y"): '
            "this is not an official RMI template"
        )
    fp = zf.fp
    if fp is None:
        raise TemplateFileError("the package is closed")
    where = fp.tell()
    fp.seek(0)
    data = fp.read()
    fp.seek(where)
    key = (hashlib.sha256(data).hexdigest(), m.group(1))
    if key in _PROVEN:
        return _PROVEN[key]
    try:
        facts = read_facts(Package(data))
        family = family_from_text(facts.title())
        if family not in templates.FAMILIES:
            raise TemplateFileError("its title (Declaration!D2) names no CMRT, CRT or EMRT")
        tpl = verify(facts, family, m.group(1)).template
    except UnreadableWorkbook as exc:
        raise TemplateFileError(str(exc)) from None
    if len(_PROVEN) >= _PROVEN_MAX:
        _PROVEN.clear()
    _PROVEN[key] = tpl
    return tpl
