"""Forward compatibility proven by RMI's Checker (issue 14): a copy of the newest CMRT, EMRT, CRT
and AMRT workbook held here, re-stamped with a newer revision (only the stamp's text changed inside
the package), is verified as a known layout and passes the same generated cases as its base:
LibreOffice recalculates each export and `Checker!D2` equals `checker_remaining`.

The CRT copy re-stamped "2.21" is the one workbook that exercises a definition written from
public facts only (CRT 2.21, whose structure is 2.2's). The AMRT copy (1.3 re-stamped "1.32")
is recalculated in its own batch, since its Checker is another tab, with the AMRT suite's count
and seeds (test_amrt_checker.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from forms import templates
from forms.rules import checker_remaining
from tests.conformance import recalc
from tests.conformance.checker_cases import Case, assert_checker_agrees, exported, recalculated
from tests.conformance.test_amrt_checker import PER_VERSION as AMRT_PER_VERSION
from tests.conformance.test_export_checker import PER_VERSION
from tests.conftest import AMRT_FILES, TEMPLATE_FILES
from tests.restamp import restamp

pytestmark = [
    pytest.mark.conformance,
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.timeout(1800),
]

# base version held → (revision written into the copy, the layout it must verify as)
RESTAMPED = {
    "CMRT-6.5": ("6.7", "6.5"),
    "EMRT-2.1": ("2.12", "2.1"),
    "CRT-2.2": ("2.21", "2.21"),
}
KEYS = [f"{base.split('-')[0]}-{stamp}" for base, (stamp, _layout) in RESTAMPED.items()]
# The newest AMRT held (1.3), re-stamped newer than every known AMRT (1.31.1): layout of 1.3.
AMRT_RESTAMPED = ("AMRT-1.3", "1.32", "1.3")


@pytest.fixture(scope="module")
def cases(
    soffice: str, templates_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[Case]:
    work = tmp_path_factory.mktemp("restamped")
    out: list[Case] = []
    for base, (stamp, layout) in RESTAMPED.items():
        family, version = base.split("-")
        copy = restamp(templates_dir / TEMPLATE_FILES[base], version, stamp, work / f"{base}.x")
        # the base version's own cases (same seeds), drawn for the layout the copy verifies as
        tpl = templates.get(family, layout)
        out += exported(work, f"{family}-{stamp}", tpl, copy, PER_VERSION, base)
    return recalculated(soffice, work, out)


@pytest.mark.parametrize("key", KEYS)
def test_restamped_copy_agrees_with_the_checker(cases: list[Case], key: str) -> None:
    mine = [c for c in cases if c.key == key]
    assert len(mine) == PER_VERSION
    assert_checker_agrees(mine)
    complete = [c for c in mine if c.complete]
    assert all(checker_remaining(c.decl) == 0 and c.actual == 0 for c in complete)


@pytest.fixture(scope="module")
def amrt_cases(
    soffice: str, templates_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[Case]:
    work = tmp_path_factory.mktemp("restamped-amrt")
    base, stamp, layout = AMRT_RESTAMPED
    family, version = base.split("-")
    copy = restamp(templates_dir / AMRT_FILES[base], version, stamp, work / f"{base}.x")
    tpl = templates.get(family, layout)
    out = exported(work, f"{family}-{stamp}", tpl, copy, AMRT_PER_VERSION, base)
    return recalculated(soffice, work, out, sheet=recalc.AMRT_CHECKER_SHEET)


def test_restamped_amrt_copy_agrees_with_the_checker(amrt_cases: list[Case]) -> None:
    assert len(amrt_cases) == AMRT_PER_VERSION
    assert_checker_agrees(amrt_cases)
    complete = [c for c in amrt_cases if c.complete]
    assert complete
    assert all(checker_remaining(c.decl) == 0 and c.actual == 0 for c in complete)
