"""Cases for RMI's Checker: generated declarations exported into a workbook, recalculated by
LibreOffice in one batch, and the Checker's count beside the app's (`checker_remaining`).
Shared by every Checker conformance suite (templates, AMRT, added and re-stamped workbooks)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from forms.declaration import Declaration
from forms.declaration_json import dumps
from forms.templates import TemplateDef
from forms.workbook.writer import export_official
from tests.conformance import recalc
from tests.conformance.strategies import declarations, examples


@dataclass
class Case:
    key: str
    name: str
    decl: Declaration
    complete: bool
    expected: int
    actual: int = -1


def exported(
    work: Path, key: str, tpl: TemplateDef, workbook: Path, count: int, seed: str
) -> list[Case]:
    """`count` declarations for `tpl` (half complete), seeded by `seed`, each exported into
    `workbook` as `work/<key>-c000.xlsx` (complete) or `…-i000.xlsx`."""
    half = count // 2
    generated = [(d, True) for d in examples(declarations(tpl, True), half, f"{seed} complete")]
    generated += [(d, False) for d in examples(declarations(tpl, False), count - half, seed)]
    out: list[Case] = []
    for i, (decl, complete) in enumerate(generated):
        name = f"{key}-{'c' if complete else 'i'}{i:03d}"
        result = export_official(decl, workbook, work / f"{name}.xlsx")
        out.append(Case(key, name, decl, complete, result.checker_remaining))
    return out


def recalculated(
    soffice: str, work: Path, cases: list[Case], sheet: int = recalc.CHECKER_SHEET
) -> list[Case]:
    """`cases` with `actual` set to their workbook's `Checker!D2` (the Checker is tab `sheet`),
    all recalculated in one LibreOffice batch."""
    files = [work / f"{c.name}.xlsx" for c in cases]
    found = recalc.checker_remaining(soffice, work, files, sheet=sheet)
    for c, f in zip(cases, files, strict=True):
        c.actual = found[f]
    return cases


def assert_checker_agrees(cases: list[Case]) -> None:
    """`Checker!D2` equals the app's count for every case (the first difference shown with its
    declaration)."""
    wrong = [
        f"{c.name}: Checker!D2={c.actual}, app={c.expected}\n{dumps(c.decl)}"
        for c in cases
        if c.actual != c.expected
    ]
    assert not wrong, f"{len(wrong)} of {len(cases)} differ; first:\n" + wrong[0]
