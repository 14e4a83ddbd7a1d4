"""The roll-up: received declarations read on every core into one de-duplicated smelter list.

A supplier consolidating its own suppliers' files needs every smelter they reported, once per
metal and smelter, with who reported it. Files are read and checked in worker processes
(`forms.batch`) and merged in their order, each dropped once its smelters are merged, so memory
holds the consolidated rows, the summaries and the few files read ahead.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from forms import templates
from forms.atomic import atomic_write
from forms.batch import FileResult, map_files
from forms.declaration import Declaration, Smelter
from forms.rules import check
from forms.smelters.index import SPECIAL_NAMES
from forms.smelters.normalise import fold, normalise_country, normalise_name, parse_cid
from forms.visible import writable

Status = Literal["ok", "unreadable"]
SmelterKey = tuple[str, ...]
PROVENANCE_PREFIX = "Reported by: "


@dataclass
class SupplierSummary:
    """What one received file held, or why it could not be read."""

    file: str
    status: Status
    message: str | None = None
    family: str | None = None
    version: str | None = None
    company_name: str | None = None
    checker_remaining: int | None = None
    red_flags: int | None = None
    smelter_count: int = 0

    @property
    def label(self) -> str:
        """How the supplier is named in "Reported by": its company name, else the file name."""
        return (self.company_name or "").strip() or Path(self.file).name


@dataclass
class ConsolidatedSmelter:
    """One smelter of the consolidated list and the suppliers that reported it (in file order).

    Free-text cells that may hold several values (mine names and countries, contacts,
    comments…) hold the union of every merged row's values; a cell that holds one value (the
    country, the ID source…) keeps the first row's, and `notes` records every other value a
    supplier gave — no merged row's data is dropped."""

    smelter: Smelter
    suppliers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Rollup:
    smelters: list[ConsolidatedSmelter] = field(default_factory=list)
    suppliers: list[SupplierSummary] = field(default_factory=list)
    cancelled: bool = False
    """The batch was stopped by `cancelled()` before every file was read."""

    @property
    def read_count(self) -> int:
        return sum(1 for s in self.suppliers if s.status == "ok")


def smelter_key(s: Smelter) -> SmelterKey | None:
    """What makes two smelter rows the same smelter: metal and CID; without a CID, metal,
    normalised name and country. None for a row that names no smelter at all."""
    metal = fold(s.metal or "")
    cid = parse_cid(s.smelter_id or "") or parse_cid(s.id_input or "")
    if cid:
        return ("cid", metal, cid)
    lookup = fold(s.lookup_name or "")
    if lookup == "smelter not yet identified":
        return ("unidentified", metal)
    name = s.name if lookup in SPECIAL_NAMES or not lookup else s.lookup_name
    norm = normalise_name(name or "")
    if not norm:
        return None
    return ("name", metal, norm, normalise_country(s.country))


UNION_FIELDS = frozenset(
    {"mine_names", "mine_countries", "street", "city", "state", "contact_name",
     "contact_email", "next_steps", "comments"}
)  # fmt: skip
"""Cells that may list several values: merged rows contribute every value they hold."""
_ITEM_SPLIT = re.compile(r"\s*(?:;|\n)\s*")


def items(text: str | None) -> list[str]:
    """The values a multi-value cell lists ("Mine A; Mine B" or one per line)."""
    return [i.strip() for i in _ITEM_SPLIT.split(text or "") if i.strip()]


def _union(old: str, new: str) -> str:
    out = items(old)
    seen = {i.casefold() for i in out}
    for i in items(new):
        if i.casefold() not in seen:
            seen.add(i.casefold())
            out.append(i)
    return "; ".join(out)


def same_value(name: str, a: str, b: str) -> bool:
    """Whether two values of cell `name` say the same thing."""
    if name in ("smelter_id", "id_input"):
        return (parse_cid(a) or fold(a)) == (parse_cid(b) or fold(b))
    if name == "country":
        return normalise_country(a) == normalise_country(b)
    if name in ("name", "lookup_name"):
        return normalise_name(a) == normalise_name(b)
    return fold(a) == fold(b)


_SMELTER_FIELDS = tuple(f.name for f in fields(Smelter))


def _merge(row: ConsolidatedSmelter, values: tuple[Any, ...], supplier: str) -> None:
    """Merges another row of the same smelter (its field values, in `Smelter`'s order)."""
    into = row.smelter
    for name, new in zip(_SMELTER_FIELDS, values, strict=True):
        if not new:
            continue
        old = getattr(into, name)
        if not old:
            setattr(into, name, new)
        elif name in UNION_FIELDS:
            setattr(into, name, _union(old, new))
        elif new != old and not same_value(name, old, new):
            note = f"{name.replace('_', ' ')}: {new} ({supplier})"
            if note not in row.notes:
                row.notes.append(note)


KeyedSmelters = list[tuple[SmelterKey, tuple[Any, ...]]]
"""A file's smelters as the roll-up merges them: each row's key and its field values (in
`Smelter`'s order), made in the worker; plain tuples cost a third of dataclasses to send."""


def keyed(smelters: Iterable[Smelter]) -> KeyedSmelters:
    """The rows of `smelters` that name a smelter (`smelter_key`), with their keys."""
    out: KeyedSmelters = []
    for s in smelters:
        key = smelter_key(s)
        if key is not None:
            out.append((key, tuple(getattr(s, name) for name in _SMELTER_FIELDS)))
    return out


class Consolidator:
    def __init__(self) -> None:
        self.rows: dict[SmelterKey, ConsolidatedSmelter] = {}

    def add(self, decl: Declaration, supplier: str) -> int:
        """Merges `decl`'s smelters; returns how many rows named a smelter."""
        return self.add_keyed(keyed(decl.smelters), supplier)

    def add_keyed(self, rows: KeyedSmelters, supplier: str) -> int:
        for key, values in rows:
            row = self.rows.get(key)
            if row is None:
                self.rows[key] = ConsolidatedSmelter(Smelter(*values), [supplier])
                continue
            _merge(row, values, supplier)
            if supplier not in row.suppliers:
                row.suppliers.append(supplier)
        return len(rows)


@dataclass(frozen=True)
class _Checked:
    """What the roll-up needs of one file, made in a worker process."""

    family: str
    version: str
    company_name: str | None
    smelters: KeyedSmelters
    errors: int
    red_flags: int


def _read_and_check(path: Path) -> _Checked:
    from forms.workbook import reader  # the reader pulls in the workbook stack; load on use

    decl = reader.read_file(path).declaration
    findings = check(decl)
    errors = sum(1 for f in findings if f.severity == "error")
    return _Checked(
        decl.family, decl.version, decl.company.name, keyed(decl.smelters), errors,
        sum(1 for f in findings if f.severity == "warning"),
    )  # fmt: skip


def _summarise(item: FileResult[_Checked], consolidator: Consolidator) -> SupplierSummary:
    summary = SupplierSummary(file=str(item.path), status="unreadable", message=item.error)
    if item.value is None:
        return summary
    checked = item.value
    summary.status, summary.message = "ok", None
    summary.family, summary.version = checked.family, checked.version
    summary.company_name = checked.company_name
    summary.checker_remaining = checked.errors
    summary.red_flags = checked.red_flags
    summary.smelter_count = consolidator.add_keyed(checked.smelters, summary.label)
    return summary


def rollup(
    paths: Iterable[Path],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Rollup:
    """Read every file in `paths` and consolidate their smelters; the files are read and
    checked on every core (`forms.batch`, `workers` processes), merged in their order.

    `progress(done, total, file_name)` is called before each file is merged and once more
    with `done == total` at the end; `cancelled()` is asked before each file and stops the
    batch (the result then holds what was merged so far and `cancelled=True`).
    """
    files = [Path(p) for p in paths]
    result = Rollup()
    consolidator = Consolidator()
    results = map_files(_read_and_check, files, workers=workers)
    try:
        for i, path in enumerate(files):
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            if progress is not None:
                progress(i, len(files), path.name)
            result.suppliers.append(_summarise(next(results), consolidator))
        else:
            if progress is not None:
                progress(len(files), len(files), "")
    finally:
        results.close()  # on a cancel: files not started are not read
    result.smelters = list(consolidator.rows.values())
    return result


def provenance(suppliers: Iterable[str], notes: Iterable[str] = (), comments: str = "") -> str:
    """The comment that records who reported a merged smelter, the other values suppliers
    gave for its one-value cells, and the suppliers' own comments."""
    parts = [PROVENANCE_PREFIX + "; ".join(suppliers)]
    notes = list(notes)
    if notes:
        parts.append("Also reported: " + "; ".join(notes))
    if comments.strip():
        parts.append(comments.strip())
    return " — ".join(parts)


def smelters_to_add(decl: Declaration, rolled: Rollup) -> list[Smelter]:
    """The consolidated smelters `decl` lacks (same key), restricted to the minerals it has in
    scope, each a fresh row whose Comments name the suppliers that reported it."""
    metals = {fold(m) for m in decl.minerals_in_scope or decl.template.minerals}
    have = {smelter_key(s) for s in decl.smelters}
    out = []
    for row in rolled.smelters:
        key = smelter_key(row.smelter)
        if key in have or fold(row.smelter.metal or "") not in metals:
            continue
        have.add(key)
        comments = provenance(row.suppliers, row.notes, row.smelter.comments or "")
        out.append(replace(row.smelter, comments=comments))
    return out


def declarations_by_metals(
    base: Declaration, rolled: Rollup, groups: Sequence[Sequence[str]]
) -> list[Declaration]:
    """One declaration per group of metals (e.g. one with tantalum and tungsten only, for a
    product line): a copy of `base` whose minerals in scope are the group (those the template
    knows) and whose Smelter List is `base`'s rows and the consolidated smelters of those
    metals."""
    out = []
    for group in groups:
        wanted = {fold(m) for m in group}
        decl = copy.deepcopy(base)
        decl.minerals_in_scope = [m for m in decl.template.minerals if fold(m) in wanted]
        decl.smelters = [s for s in decl.smelters if fold(s.metal or "") in wanted]
        decl.ensure_shape()
        merge_into(decl, rolled)
        out.append(decl)
    return out


def merge_into(decl: Declaration, rolled: Rollup) -> list[Smelter]:
    """Append `smelters_to_add(decl, rolled)` to `decl.smelters` and return them."""
    added = smelters_to_add(decl, rolled)
    decl.smelters.extend(added)
    return added


SUPPLIER_COLUMNS = (
    "File", "Status", "Message", "Template", "Version", "Company",
    "Checker remaining", "Red flags", "Smelters",
)  # fmt: skip


def _safe_row(sheet: Any, values: list[object]) -> list[object]:
    """`values` as cells that are safe to write: every text that starts like a formula stored as
    text (a received "=HYPERLINK(…)" must not become a live formula), and control characters or
    broken characters that a worksheet cannot hold spelled out (`forms.visible.writable`), so
    one supplier's odd text never stops the roll-up from being saved."""
    from openpyxl.cell import WriteOnlyCell

    from forms.workbook.xmlpatch import ooxml_escape

    out: list[object] = []
    for v in values:
        if isinstance(v, str):  # spelled out, then what XML cannot carry as Excel writes it
            v = ooxml_escape(writable(v))
        if isinstance(v, str) and v.startswith("="):  # openpyxl writes those as formulas
            cell = WriteOnlyCell(sheet, value=v)
            cell.data_type = "s"
            out.append(cell)
        else:
            out.append(v)
    return out


def _without_folders(summary: SupplierSummary) -> tuple[str, str | None]:
    """The file name and message of `summary` without the local folder: the consolidated
    workbook may be sent on, and where files sit on this computer is nobody else's business."""
    path = Path(summary.file)
    message = summary.message
    if message:
        for folder in {str(path.parent), str(path.parent.resolve())}:
            if folder not in {"", "."}:
                message = message.replace(folder + os.sep, "").replace(folder, "")
    return path.name, message


def write_workbook(rolled: Rollup, path: Path) -> None:
    """Save the roll-up as our own workbook: a "Smelters" sheet with the Smelter List columns
    plus "Reported by", and a "Suppliers" sheet with one summary row per file (by file name)."""
    from openpyxl import Workbook

    columns = templates.get("CMRT", "6.5").smelter_list.columns
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("Smelters")
    sheet.append([c.header for c in columns] + ["Also reported", "Reported by"])
    for row in rolled.smelters:
        values = [getattr(row.smelter, c.key) for c in columns]
        extra = ["; ".join(row.notes) or None, "; ".join(row.suppliers)]
        sheet.append(_safe_row(sheet, [*values, *extra]))
    sheet = wb.create_sheet("Suppliers")
    sheet.append(list(SUPPLIER_COLUMNS))
    for s in rolled.suppliers:
        name, message = _without_folders(s)
        sheet.append(_safe_row(sheet, [
            name, s.status, message, s.family, s.version, s.company_name,
            s.checker_remaining, s.red_flags, s.smelter_count,
        ]))  # fmt: skip
    atomic_write(Path(path), wb.save)
