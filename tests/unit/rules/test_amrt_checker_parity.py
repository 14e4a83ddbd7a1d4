"""AMRT Checker parity against an independent statement of the AMRT Checker's formulas.

Transcribed from the `Checker` sheets of RMI_AMRT_1.2_zh.xlsx (D2 = H50 = SUM(H4:H26)+SUM(H38:H49))
and RMI_AMRT_1.3_zh.xlsx (D2 = H52 = SUM(H4:H27)+SUM(H39:H51)), not from the definitions:
rows 4–15 company (F14/F13 phone rows not necessary), row 7 "a mineral is named"
(`Declaration!B31<>""`), Q1 rows `F = mineral label <> ""`, `G = answer blank`; the Q2 rows lie
outside the sum; Product List row; per mineral `F = NOT(Q1 in No/Unknown/Not declaring)` and
`G = COUNTIF(Smelter List counter, mineral&"+") < 1`, the counter being `metal&"+"` unless the
Missing Entry Check columns (1.2: B, C; 1.3: C, E) are blank; 1.3's "Smelter not listed" row.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms import templates
from forms.declaration import Declaration, Product, Smelter, new_declaration
from forms.rules import checker_remaining


@dataclass(frozen=True)
class AmrtSpec:
    entry_check: tuple[str, str]
    """The Smelter List fields whose blank cells keep a row out of the smelter counter."""
    unlisted_row: bool


_1_2 = AmrtSpec(entry_check=("name", "country"), unlisted_row=False)
_1_3 = AmrtSpec(entry_check=("lookup_name", "country"), unlisted_row=True)
# 1.21 assumed as 1.2, 1.31 and 1.31.1 as 1.3 (docs/templates/amrt.md).
AMRT_SPECS = {"AMRT-1.2": _1_2, "AMRT-1.21": _1_2, "AMRT-1.3": _1_3, "AMRT-1.31": _1_3,
              "AMRT-1.31.1": _1_3}  # fmt: skip
REQUIRED = ("name", "scope", "contact_name", "contact_phone", "authorizer_name", "effective_date")
STOPS = ("no", "unknown", "not declaring")


def _f(value: str | None) -> str:
    return (value or "").casefold()


def expected_remaining(decl: Declaration, spec: AmrtSpec) -> int:
    c = decl.company
    n = sum(getattr(c, k) is None for k in REQUIRED)
    n += sum("@" not in (getattr(c, k) or "") for k in ("contact_email", "authorizer_email"))
    scope = _f(c.scope)
    n += scope not in ("", "a. company", "b. product (or list of products)") and (
        c.scope_description is None
    )
    n += not decl.minerals_in_scope
    for m in decl.minerals_in_scope:
        q1 = _f(decl.answer(m, "1"))
        n += q1 == ""
        counted = [
            s
            for s in decl.smelters
            if _f(s.metal) == m.casefold() and all(getattr(s, k) for k in spec.entry_check)
        ]
        n += q1 not in STOPS and not counted
    n += scope == "b. product (or list of products)" and (
        not decl.products or decl.products[0].number is None
    )
    if spec.unlisted_row:
        n += any(
            _f(s.lookup_name) == "smelter not listed" and (s.name is None or s.country is None)
            for s in decl.smelters
        )
    return n


ANSWERS = (None, None, "Yes", "No", "Unknown", "Not declaring", "yes", "NOT DECLARING", "junk")
TEXTS = (None, "Acme", "jane@acme.example", "no-at-sign", "2026-01-31")
SCOPES = (None, "A. Company", "B. Product (or List of Products)", "C. User defined", "x")
LOOKUPS = (None, "Smelter not listed", "SMELTER NOT LISTED", "Smelter not yet identified", "Co")
OTHERS = ("Gallium", "Bismuth", "Tungsten Carbide")


@st.composite
def declarations(draw: st.DrawFn, key: str) -> Declaration:
    tpl = templates.get(*key.split("-"))
    decl = new_declaration(tpl)
    pool = sorted({*tpl.minerals, *OTHERS})
    decl.minerals_in_scope = draw(st.lists(st.sampled_from(pool), max_size=10, unique=True))
    decl.ensure_shape()
    for k in decl.company.__dataclass_fields__:
        setattr(decl.company, k, draw(st.sampled_from(SCOPES if k == "scope" else TEXTS)))
    for per in decl.answers.values():
        for ans in per.values():
            ans.answer = draw(st.sampled_from(ANSWERS))
    metals = st.sampled_from((*decl.minerals_in_scope, None, "zinc", "Tin"))
    smelter = st.builds(
        Smelter,
        metal=metals,
        lookup_name=st.sampled_from(LOOKUPS),
        name=st.sampled_from((None, "Works")),
        country=st.sampled_from((None, "CHINA")),
    )
    decl.smelters = draw(st.lists(smelter, max_size=4))
    decl.products = draw(
        st.lists(st.builds(Product, number=st.sampled_from((None, "P-1"))), max_size=2)
    )
    return decl


@pytest.mark.parametrize("key", sorted(AMRT_SPECS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_checker_count_matches_the_formulas(key: str, data: st.DataObject) -> None:
    decl = data.draw(declarations(key))
    assert checker_remaining(decl) == expected_remaining(decl, AMRT_SPECS[key])


def test_every_amrt_version_has_a_statement() -> None:
    assert sorted(t.key for t in templates.versions("AMRT")) == sorted(AMRT_SPECS)
