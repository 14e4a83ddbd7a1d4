"""AMRT exports proven by RMI's own Checker: generated declarations on AMRT 1.2 and 1.3 are
written into the official workbooks, LibreOffice recalculates them in one batch, and
`Checker!D2` must equal `checker_remaining`; complete declarations must give 0."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forms import templates
from forms.rules import checker_remaining
from tests.conformance import recalc
from tests.conformance.checker_cases import Case, assert_checker_agrees, exported, recalculated
from tests.conftest import AMRT_FILES

pytestmark = [
    pytest.mark.conformance,
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.timeout(900),
]

VERSIONS = tuple(AMRT_FILES)
PER_VERSION = int(os.environ.get("MRTDESK_AMRT_CONFORMANCE_CASES", "14"))


@pytest.fixture(scope="module")
def cases(
    soffice: str, templates_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[Case]:
    work = tmp_path_factory.mktemp("amrt-conformance")
    out: list[Case] = []
    for key in VERSIONS:
        tpl = templates.get(*key.split("-"))
        out += exported(work, key, tpl, templates_dir / AMRT_FILES[key], PER_VERSION, key)
    return recalculated(soffice, work, out, sheet=recalc.AMRT_CHECKER_SHEET)


@pytest.mark.parametrize("key", VERSIONS)
def test_checker_d2_equals_checker_remaining(cases: list[Case], key: str) -> None:
    mine = [c for c in cases if c.key == key]
    assert mine
    assert_checker_agrees(mine)


@pytest.mark.parametrize("key", VERSIONS)
def test_complete_declarations_give_zero(cases: list[Case], key: str) -> None:
    complete = [c for c in cases if c.key == key and c.complete]
    assert complete
    assert all(checker_remaining(c.decl) == 0 for c in complete)
    assert [c.name for c in complete if c.actual != 0] == []


def test_incomplete_declarations_exercise_the_checker(cases: list[Case]) -> None:
    counts = {c.actual for c in cases if not c.complete}
    assert len(counts) > 3, counts
