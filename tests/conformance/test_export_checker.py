"""Exports proven by RMI's own Checker: hypothesis-generated declarations are written into the
official templates, LibreOffice recalculates them (all in one batch), and `Checker!D2` must
equal `checker_remaining`; complete declarations must give 0."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forms import templates
from forms.rules import checker_remaining
from tests.conformance.checker_cases import Case, assert_checker_agrees, exported, recalculated
from tests.conftest import TEMPLATE_FILES

# One LibreOffice batch for all versions: generous under a loaded machine.
pytestmark = [
    pytest.mark.conformance,
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.timeout(1800),
]

VERSIONS = (
    "CMRT-6.5",
    "CMRT-6.4",
    "CMRT-6.31",
    "CMRT-6.22",
    "CRT-2.2",
    "EMRT-1.3",
    "EMRT-2.0",
    "EMRT-2.1",
)
# Per version: complete and incomplete declarations (override with MRTDESK_CONFORMANCE_CASES).
PER_VERSION = int(os.environ.get("MRTDESK_CONFORMANCE_CASES", "25"))


@pytest.fixture(scope="module")
def cases(
    soffice: str, templates_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[Case]:
    work = tmp_path_factory.mktemp("conformance")
    out: list[Case] = []
    for key in VERSIONS:
        tpl = templates.get(*key.split("-"))
        out += exported(work, key, tpl, templates_dir / TEMPLATE_FILES[key], PER_VERSION, key)
    return recalculated(soffice, work, out)


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
    assert len(counts) > 5, counts
