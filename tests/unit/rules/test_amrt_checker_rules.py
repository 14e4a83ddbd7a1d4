"""AMRT Checker parity, rule by rule: what the AMRT 1.2 and 1.3 Checker formulas count (their
LibreOffice-recalculated agreement is tests/conformance/test_amrt_checker.py)."""

from __future__ import annotations

import pytest

from forms import templates
from forms.declaration import Declaration, Smelter, new_declaration
from forms.rules.checker import checker_findings


def _complete(version: str, minerals: list[str]) -> Declaration:
    d = new_declaration(templates.get("AMRT", version))
    c = d.company
    c.name, c.scope = "Acme", "A. Company"
    c.contact_name, c.contact_email, c.contact_phone = "Jane", "jane@acme.example", "1"
    c.authorizer_name, c.authorizer_email = "Joe", "joe@acme.example"
    c.effective_date = "2025-01-31"
    d.minerals_in_scope = minerals
    d.ensure_shape()
    for per in d.answers.values():
        per["1"].answer = "No"
    return d


def codes(d: Declaration) -> list[str]:
    return [f.code for f in checker_findings(d)]


@pytest.mark.parametrize("version", ["1.2", "1.3", "1.31"])
def test_new_declaration_names_no_mineral(version: str) -> None:
    d = new_declaration(templates.get("AMRT", version))
    assert d.minerals_in_scope == []
    assert "CHK-MINERALS" in codes(d)
    assert codes(_complete(version, ["Zinc"])) == []


def test_question_2_is_never_counted() -> None:
    d = _complete("1.3", ["Zinc", "Silver"])
    assert all(per["2"].answer is None for per in d.answers.values())
    assert codes(d) == []


@pytest.mark.parametrize("q1", [None, "Yes", "stray"])
def test_smelters_are_wanted_unless_question_1_says_not_used(q1: str | None) -> None:
    d = _complete("1.3", ["Zinc", "Gallium"])
    d.answers["Gallium"]["1"].answer = q1
    expected = ["CHK-SMELTER-LIST"] if q1 is not None else ["CHK-Q1", "CHK-SMELTER-LIST"]
    assert codes(d) == expected
    assert checker_findings(d)[-1].path == "smelters[Gallium]"


@pytest.mark.parametrize("q1", ["No", "Unknown", "not declaring"])
def test_no_smelters_wanted_when_question_1_stops(q1: str) -> None:
    d = _complete("1.3", ["Zinc"])
    d.answers["Zinc"]["1"].answer = q1
    assert codes(d) == []


@pytest.mark.parametrize(
    ("version", "row", "counted"),
    [
        ("1.3", Smelter(metal="zinc", lookup_name="Some Smelter", country="CHINA"), True),
        ("1.3", Smelter(metal="Zinc", lookup_name="Some Smelter"), False),
        ("1.3", Smelter(metal="Zinc", name="Typed", country="CHINA"), False),
        ("1.2", Smelter(metal="Zinc", name="Typed", country="CHINA"), True),
        ("1.2", Smelter(metal="Zinc", lookup_name="Some Smelter", country="CHINA"), False),
    ],
)
def test_a_smelter_row_counts_with_its_name_and_country(
    version: str, row: Smelter, counted: bool
) -> None:
    d = _complete(version, ["Zinc"])
    d.answers["Zinc"]["1"].answer = "Yes"
    d.smelters = [row]
    assert codes(d) == ([] if counted else ["CHK-SMELTER-LIST"])


@pytest.mark.parametrize(("version", "counted"), [("1.2", False), ("1.3", True)])
def test_unlisted_rows_need_name_and_country_from_1_3(version: str, counted: bool) -> None:
    d = _complete(version, ["Zinc"])
    d.smelters = [Smelter(metal="Zinc", lookup_name="Smelter not listed", country="CHINA")]
    assert codes(d) == (["CHK-UNLISTED-SMELTER"] if counted else [])
