"""RMI's Checker on the workbooks added this round (issue 14): EMRT 1.11 (until now compared
with RMI's cell map only) and the Chinese-display CMRT 6.4 (same version as the English file,
other display language). Generated declarations are exported into each, LibreOffice
recalculates them in one batch, and `Checker!D2` must equal `checker_remaining`; complete
declarations must give 0. The CMRT 6.4 display copy gets the same seeds as the English file's
cases in test_export_checker.py, so the two languages are held to the same declarations."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forms import templates
from forms.rules import checker_remaining
from tests.conformance.checker_cases import Case, assert_checker_agrees, exported, recalculated
from tests.conftest import DISPLAY_VARIANTS, TEMPLATE_FILES

pytestmark = [
    pytest.mark.conformance,
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.timeout(900),
]

# case key → (template version, workbook in ../shared/rmi-templates)
WORKBOOKS = {
    "EMRT-1.11": ("EMRT-1.11", TEMPLATE_FILES["EMRT-1.11"]),
    "CMRT-6.4-zh": ("CMRT-6.4", DISPLAY_VARIANTS["CMRT-6.4"]),
}
# Per workbook (a modest count: CI time); override with MRTDESK_ADDED_CONFORMANCE_CASES.
PER_WORKBOOK = int(os.environ.get("MRTDESK_ADDED_CONFORMANCE_CASES", "12"))


@pytest.fixture(scope="module")
def cases(
    soffice: str, templates_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[Case]:
    work = tmp_path_factory.mktemp("added-workbooks")
    out: list[Case] = []
    for key, (version, filename) in WORKBOOKS.items():
        tpl = templates.get(*version.split("-"))
        # seeded by the version (as test_export_checker.py), not by the display language
        out += exported(work, key, tpl, templates_dir / filename, PER_WORKBOOK, version)
    return recalculated(soffice, work, out)


@pytest.mark.parametrize("key", WORKBOOKS)
def test_checker_d2_equals_checker_remaining(cases: list[Case], key: str) -> None:
    mine = [c for c in cases if c.key == key]
    assert len(mine) == PER_WORKBOOK
    assert_checker_agrees(mine)


@pytest.mark.parametrize("key", WORKBOOKS)
def test_complete_declarations_give_zero(cases: list[Case], key: str) -> None:
    complete = [c for c in cases if c.key == key and c.complete]
    assert complete
    assert all(checker_remaining(c.decl) == 0 for c in complete)
    assert [c.name for c in complete if c.actual != 0] == []


@pytest.mark.parametrize("key", WORKBOOKS)
def test_incomplete_declarations_exercise_the_checker(cases: list[Case], key: str) -> None:
    counts = {c.actual for c in cases if c.key == key and not c.complete}
    assert len(counts) > 1, counts
