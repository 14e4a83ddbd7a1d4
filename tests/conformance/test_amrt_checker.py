"""AMRT exports proven by RMI's own Checker: generated declarations on AMRT 1.2 and 1.3 are
written into the official workbooks, LibreOffice recalculates them in one batch, and
`Checker!D2` must equal `checker_remaining`; complete declarations must give 0."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from forms import templates
from forms.declaration import Declaration
from forms.declaration_json import dumps
from forms.rules import checker_remaining
from forms.workbook.writer import export_official
from tests.conformance import recalc
from tests.conformance.strategies import declarations, examples
from tests.conftest import AMRT_FILES

pytestmark = [
    pytest.mark.conformance,
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.timeout(900),
]

VERSIONS = tuple(AMRT_FILES)
PER_VERSION = int(os.environ.get("MRTDESK_AMRT_CONFORMANCE_CASES", "14"))


@dataclass
class Case:
    key: str
    name: str
    decl: Declaration
    complete: bool
    expected: int
    actual: int = -1


@pytest.fixture(scope="module")
def cases(
    soffice: str, templates_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[Case]:
    work = tmp_path_factory.mktemp("amrt-conformance")
    out: list[Case] = []
    for key in VERSIONS:
        tpl = templates.get(*key.split("-"))
        half = PER_VERSION // 2
        generated = [(d, True) for d in examples(declarations(tpl, True), half, f"{key} complete")]
        generated += [
            (d, False) for d in examples(declarations(tpl, False), PER_VERSION - half, key)
        ]
        for i, (decl, complete) in enumerate(generated):
            name = f"{key}-{'c' if complete else 'i'}{i:03d}"
            result = export_official(decl, templates_dir / AMRT_FILES[key], work / f"{name}.xlsx")
            out.append(Case(key, name, decl, complete, result.checker_remaining))
    files = [work / f"{c.name}.xlsx" for c in out]
    found = recalc.checker_remaining(soffice, work, files, sheet=recalc.AMRT_CHECKER_SHEET)
    for c, f in zip(out, files, strict=True):
        c.actual = found[f]
    return out


@pytest.mark.parametrize("key", VERSIONS)
def test_checker_d2_equals_checker_remaining(cases: list[Case], key: str) -> None:
    mine = [c for c in cases if c.key == key]
    assert mine
    wrong = [
        f"{c.name}: Checker!D2={c.actual}, app={c.expected}\n{dumps(c.decl)}"
        for c in mine
        if c.actual != c.expected
    ]
    assert not wrong, f"{len(wrong)} of {len(mine)} differ; first:\n" + wrong[0]


@pytest.mark.parametrize("key", VERSIONS)
def test_complete_declarations_give_zero(cases: list[Case], key: str) -> None:
    complete = [c for c in cases if c.key == key and c.complete]
    assert complete
    assert all(checker_remaining(c.decl) == 0 for c in complete)
    assert [c.name for c in complete if c.actual != 0] == []


def test_incomplete_declarations_exercise_the_checker(cases: list[Case]) -> None:
    counts = {c.actual for c in cases if not c.complete}
    assert len(counts) > 3, counts
