"""Checker parity: forms.rules.checker against an independent, table-driven statement of the
Checker's F ("necessary") and G ("complete") formulas, per template version.

The table below was transcribed from the `Checker` sheet of each official workbook (rows, F/G/H
formulas and the D2 sum range), not from the template definitions, so a wrong definition or a
wrong checker shows up as a count that differs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms import templates
from forms.declaration import Answer, Declaration, Product, Smelter, new_declaration
from forms.rules import checker_findings, checker_remaining

# --- the independent statement ------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    minerals: tuple[str, ...]
    questions: tuple[str, ...]
    q1_stop: frozenset[str]
    """Q1 answers (case-folded) for which the F formula of the Q2 rows gives 0."""
    q2_stop: frozenset[str] | None
    """Q2 answers for which the F formula of Q3+ rows gives 0; None: Q3+ follow Q2's F (CRT)."""
    letters: tuple[str, ...]
    """Company questions with one Checker row each (not per mineral)."""
    only_if_yes: bool = False
    """CMRT: Checker B reads Q2 only when Q1 = "Yes", Q3+ only when Q1 and Q2 = "Yes"."""
    url_letters: tuple[str, ...] = ()
    describe: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Letter → the answers the Checker's nested IF accepts; the last one wants the comment."""
    per_mineral_c: bool = False
    only_cobalt: tuple[str, ...] = ()
    crt_smelter: bool = False
    unlisted_row: bool = True
    mineral_row: bool = False


_CMRT = Spec(
    minerals=("Tantalum", "Tin", "Gold", "Tungsten"),
    questions=("1", "2", "3", "4", "5", "6", "7", "8"),
    q1_stop=frozenset({"no"}),
    q2_stop=frozenset({"no"}),
    letters=("A", "B", "C", "D", "E", "F", "G", "H"),
    only_if_yes=True,
    url_letters=("B",),
)
_CRT = Spec(
    minerals=("Cobalt",),
    questions=("1", "2", "3", "4", "5", "6"),
    q1_stop=frozenset({"no", "unknown"}),
    q2_stop=None,
    letters=("A", "B", "C", "D", "E", "F", "G", "H", "I"),
    url_letters=("A",),
    describe={"G": ("No", "Yes, CRT", "Yes, Using Other Format (Describe)")},
    crt_smelter=True,
    unlisted_row=False,  # row 61 lies outside H62 = SUM(H4:H57)
)
_NA = "not applicable for this declaration"
_EMRT_1_1 = Spec(
    minerals=("Cobalt", "Mica"),
    questions=("1", "2", "3", "4", "5", "6", "7"),
    q1_stop=frozenset({"no", "unknown", _NA}),
    q2_stop=frozenset({"no", "unknown", _NA}),
    letters=("A", "B", "D", "E", "F", "G"),
    url_letters=("A", "B"),
    describe={
        "E": (
            "No",
            "Yes, in conformance with IPC1755 (e.g. EMRT)",
            "Yes, Using Other Format (Describe)",
        )
    },
    per_mineral_c=True,
    only_cobalt=("4",),
    unlisted_row=False,  # row 65 lies outside H66 = SUM(H4:H62)
)
_EMRT_1_2 = Spec(**{**_EMRT_1_1.__dict__, "url_letters": ("B",), "unlisted_row": True})
_EMRT_2 = Spec(
    minerals=("Cobalt", "Copper", "Graphite", "Lithium", "Mica", "Nickel"),
    questions=("1", "2", "3", "4", "5", "6", "7"),
    q1_stop=frozenset({"no", "unknown", "not declaring"}),
    q2_stop=frozenset({"no", "unknown"}),
    letters=("A", "B", "D", "E", "F", "G"),
    url_letters=("B",),
    per_mineral_c=True,
    mineral_row=True,
)

SPECS: dict[str, Spec] = {
    **{f"CMRT-{v}": _CMRT for v in ("6.01", "6.1", "6.22", "6.31", "6.4", "6.5")},
    "CRT-2.2": _CRT,
    # Public facts (docs/template-sources.md): the Checker of 6.6/6.6.1, 2.11/2.11.1 and CRT 2.21
    # counts as that of 6.5, 2.1 and 2.2; a user's copy must verify against the same cells.
    "CMRT-6.6": _CMRT,
    "CMRT-6.6.1": _CMRT,
    "CRT-2.21": _CRT,
    "EMRT-2.11": _EMRT_2,
    "EMRT-2.11.1": _EMRT_2,
    "EMRT-1.1": _EMRT_1_1,
    "EMRT-1.11": _EMRT_1_1,
    "EMRT-1.2": _EMRT_1_2,
    "EMRT-1.3": _EMRT_1_2,
    "EMRT-2.0": _EMRT_2,
    "EMRT-2.1": _EMRT_2,
}
REQUIRED_COMPANY = ("name", "scope", "contact_name", "contact_phone", "authorizer_name")
SCOPE_A, SCOPE_B = "a. company", "b. product (or list of products)"


def _f(value: str | None) -> str:
    """A cell as a Checker formula compares it: blank is "", text compares case-insensitively."""
    return (value or "").casefold()


def expected_remaining(decl: Declaration, spec: Spec) -> int:
    """What `Checker!D2` shows, computed the way the F/G/H formulas compute it."""
    c = decl.company
    n = sum(getattr(c, k) is None for k in REQUIRED_COMPANY)
    n += c.effective_date is None
    n += sum("@" not in (getattr(c, k) or "") for k in ("contact_email", "authorizer_email"))
    n += _f(c.scope) not in ("", SCOPE_A, SCOPE_B) and c.scope_description is None
    if spec.mineral_row:
        n += not decl.minerals_in_scope
    rows = sorted(decl.minerals_in_scope) if spec.mineral_row else list(spec.minerals)
    deep_any = False
    for m in rows:
        a = {q: decl.answer(m, q) for q in spec.questions}
        q1 = _f(a["1"])
        n += q1 == ""
        need_q2 = q1 not in spec.q1_stop
        seen_q2 = _f(a["2"]) if not spec.only_if_yes or q1 == "yes" else ""
        n += need_q2 and seen_q2 == ""
        deep = need_q2 if spec.q2_stop is None else need_q2 and seen_q2 not in spec.q2_stop
        deep_any = deep_any or deep
        read_rest = not spec.only_if_yes or (q1 == "yes" and seen_q2 == "yes")
        for q in spec.questions[2:]:
            if q in spec.only_cobalt and m != "Cobalt":
                continue
            n += deep and (not read_rest or a[q] is None)
        if spec.per_mineral_c:
            n += deep and decl.company_answer("C", m).answer is None
        has_metal = any(_f(s.metal) == m.casefold() for s in decl.smelters)
        if spec.crt_smelter:
            n += q1 == "" and _f(a["2"]) == "yes" and not has_metal
        else:
            n += deep and not any(
                _f(s.metal) == m.casefold() and s.lookup_name is not None for s in decl.smelters
            )
    if deep_any:
        for letter in spec.letters:
            ans = decl.company_answer(letter)
            if letter in spec.describe:
                accepted = [o.casefold() for o in spec.describe[letter]]
                if _f(ans.answer) == accepted[-1]:
                    n += ans.comment is None
                else:
                    n += _f(ans.answer) not in accepted[:-1]
            else:
                n += ans.answer is None
            if letter in spec.url_letters and _f(ans.answer) == "yes":
                n += len(ans.comment or "") <= 1
    n += _f(c.scope) == SCOPE_B and (not decl.products or decl.products[0].number is None)
    if spec.unlisted_row:
        n += any(
            _f(s.lookup_name) == "smelter not listed" and (s.name is None or s.country is None)
            for s in decl.smelters
        )
    return n


# --- generated declarations -----------------------------------------------------------------

KEYS = sorted(SPECS)
ANSWERS = (
    None,
    None,
    "Yes",
    "No",
    "Unknown",
    "yes",
    "NO",
    "Not declaring",
    "Not applicable for this declaration",
    "100%",
    "Yes, CRT",
    "Yes, Using Other Format (Describe)",
    "Yes, in conformance with IPC1755 (e.g. EMRT)",
    "Yes, in conformance with IPC1755 (e.g., CMRT)",
    "Yes, using other format (describe)",
    "junk",
)
TEXTS = (None, None, "x", "Acme", "jane@acme.example", "no-at-sign", "2026-01-31")
COMMENTS = (None, None, "x", "www.acme.example/policy")
SCOPES = (
    None,
    "A. Company",
    "B. Product (or List of Products)",
    "C. User defined [Specify in 'Description of scope']",
    "b. product (or list of products)",
    "Other",
)
LOOKUPS = (None, "Smelter not listed", "SMELTER NOT LISTED", "Smelter not yet identified", "Alpha")


@st.composite
def declarations(draw: st.DrawFn, key: str) -> Declaration:
    tpl = templates.get(*key.split("-"))
    decl = new_declaration(tpl)
    if tpl.dynamic_minerals:
        decl.minerals_in_scope = sorted(draw(st.sets(st.sampled_from(tpl.minerals))))
        decl.ensure_shape()
    for k in decl.company.__dataclass_fields__:
        pool = SCOPES if k == "scope" else TEXTS
        setattr(decl.company, k, draw(st.sampled_from(pool)))
    for per in decl.answers.values():
        for ans in per.values():
            ans.answer, ans.comment = (
                draw(st.sampled_from(ANSWERS)),
                draw(st.sampled_from(COMMENTS)),
            )
    for ans in decl.company_answers.values():
        ans.answer, ans.comment = draw(st.sampled_from(ANSWERS)), draw(st.sampled_from(COMMENTS))
    for per in decl.company_answers_by_mineral.values():
        for m in per:
            per[m] = Answer(draw(st.sampled_from(ANSWERS)), None)
    metals = (*tpl.minerals, None, "Tin", "cobalt")
    smelter = st.builds(
        Smelter,
        metal=st.sampled_from(metals),
        lookup_name=st.sampled_from(LOOKUPS),
        name=st.sampled_from((None, "Works")),
        country=st.sampled_from((None, "BOLIVIA")),
    )
    decl.smelters = draw(st.lists(smelter, max_size=4))
    decl.products = draw(
        st.lists(st.builds(Product, number=st.sampled_from((None, "P-1"))), max_size=2)
    )
    return decl


@pytest.mark.parametrize("key", KEYS)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_checker_count_matches_the_formulas(key: str, data: st.DataObject) -> None:
    decl = data.draw(declarations(key))
    assert checker_remaining(decl) == expected_remaining(decl, SPECS[key])


def test_every_template_version_has_a_statement() -> None:
    from tests.unit.rules.test_amrt_checker_parity import AMRT_SPECS  # the AMRT's own table

    assert sorted(t.key for t in templates.ALL) == sorted([*KEYS, *AMRT_SPECS])


# --- examples: blank templates and each version's gating -------------------------------------

BLANK = {"CMRT": 52, "CRT": 23, "EMRT-1": 31, "EMRT-2": 68}


def _blank_key(key: str) -> str:
    family, version = key.split("-")
    return family if family != "EMRT" else f"EMRT-{version[0]}"


def _decl(key: str) -> Declaration:
    return new_declaration(templates.get(*key.split("-")))


def _set_all(decl: Declaration, number: str, value: str) -> None:
    for per in decl.answers.values():
        per[number].answer = value


@pytest.mark.parametrize("key", KEYS)
def test_blank_template_count(key: str) -> None:
    assert checker_remaining(_decl(key)) == BLANK[_blank_key(key)]


@pytest.mark.parametrize("key", KEYS)
def test_q1_no_for_every_mineral_leaves_only_the_company_block(key: str) -> None:
    decl = _decl(key)
    _set_all(decl, "1", "No")
    assert checker_remaining(decl) == 8


@pytest.mark.parametrize("key", KEYS)
def test_q1_yes_makes_q2_required(key: str) -> None:
    decl = _decl(key)
    _set_all(decl, "1", "Yes")
    codes = [f.code for f in checker_findings(decl)]
    assert codes.count("CHK-Q2") == len(decl.minerals_in_scope)
    assert "CHK-Q1" not in codes


@pytest.mark.parametrize("key", [k for k in KEYS if not k.startswith("CRT")])
def test_q2_no_stops_the_rest(key: str) -> None:
    decl = _decl(key)
    _set_all(decl, "1", "Yes")
    _set_all(decl, "2", "No")
    assert checker_remaining(decl) == 8


@pytest.mark.parametrize("key", [k for k in KEYS if k.startswith("CMRT")])
def test_cmrt_reads_q2_only_after_q1_yes(key: str) -> None:
    decl = _decl(key)
    for m in ("Tin", "Gold", "Tungsten"):
        decl.answers[m]["1"].answer = "No"
    decl.answers["Tantalum"]["2"].answer = "No"  # Q1 blank: the Checker sees Q2 as blank
    # company 8 + Q1 + Q2 + Q3–Q8 + A–H + Tantalum smelters (LibreOffice shows 25 as well)
    assert checker_remaining(decl) == 8 + 1 + 1 + 6 + 8 + 1


def test_crt_counts_cobalt_smelters_only_when_q1_is_blank() -> None:
    decl = _decl("CRT-2.2")
    decl.answers["Cobalt"]["1"].answer = "Yes"
    assert "CHK-SMELTER-LIST" not in [f.code for f in checker_findings(decl)]
    decl.answers["Cobalt"]["1"].answer = None
    decl.answers["Cobalt"]["2"].answer = "Yes"
    assert "CHK-SMELTER-LIST" in [f.code for f in checker_findings(decl)]
    decl.smelters = [Smelter(metal="Cobalt")]
    assert "CHK-SMELTER-LIST" not in [f.code for f in checker_findings(decl)]


@pytest.mark.parametrize(
    ("key", "counted"),
    [
        ("CRT-2.2", False),
        ("EMRT-1.1", False),
        ("EMRT-1.2", True),
        ("CMRT-6.5", True),
        ("EMRT-2.1", True),
    ],
)
def test_unlisted_smelter_row(key: str, counted: bool) -> None:
    decl = _decl(key)
    decl.smelters = [Smelter(metal=decl.minerals_in_scope[0], lookup_name="Smelter not listed")]
    assert ("CHK-UNLISTED-SMELTER" in [f.code for f in checker_findings(decl)]) is counted


@pytest.mark.parametrize(
    ("key", "letter"),
    [
        ("CMRT-6.5", "B"),
        ("CRT-2.2", "A"),
        ("EMRT-1.1", "A"),
        ("EMRT-1.1", "B"),
        ("EMRT-1.3", "B"),
        ("EMRT-2.1", "B"),
    ],
)
def test_url_wanted_after_yes(key: str, letter: str) -> None:
    decl = _decl(key)
    _set_all(decl, "1", "Yes")
    decl.company_answers[letter] = Answer("yes", "x")
    assert f"CHK-{letter}-URL" in [f.code for f in checker_findings(decl)]
    decl.company_answers[letter] = Answer("Yes", "www.acme.example")
    assert f"CHK-{letter}-URL" not in [f.code for f in checker_findings(decl)]


def test_emrt_1_2_no_longer_wants_a_url_for_a() -> None:
    decl = _decl("EMRT-1.2")
    _set_all(decl, "1", "Yes")
    decl.company_answers["A"] = Answer("Yes", None)
    assert "CHK-A-URL" not in [f.code for f in checker_findings(decl)]


@pytest.mark.parametrize(
    ("key", "letter", "other"),
    [
        ("CRT-2.2", "G", "Yes, Using Other Format (Describe)"),
        ("EMRT-1.3", "E", "Yes, Using Other Format (Describe)"),
    ],
)
def test_other_format_needs_a_description(key: str, letter: str, other: str) -> None:
    decl = _decl(key)
    _set_all(decl, "1", "Yes")
    decl.company_answers[letter] = Answer(other.upper(), None)
    assert f"CHK-{letter}-DESCRIBE" in [f.code for f in checker_findings(decl)]
    decl.company_answers[letter] = Answer("Something else", "described")
    assert f"CHK-{letter}" in [f.code for f in checker_findings(decl)]


def test_cmrt_other_format_without_description_is_not_counted() -> None:
    decl = _decl("CMRT-6.5")
    _set_all(decl, "1", "Yes")
    decl.company_answers["E"] = Answer("Yes, using other format (describe)", None)
    assert not [f for f in checker_findings(decl) if f.path.startswith("company_answers.E")]


def test_emrt_2_without_minerals() -> None:
    decl = _decl("EMRT-2.1")
    decl.minerals_in_scope = []
    decl.ensure_shape()
    assert [f.code for f in checker_findings(decl)].count("CHK-MINERALS") == 1
    assert checker_remaining(decl) == 9


def test_product_scope_wants_a_product() -> None:
    decl = _decl("CMRT-6.5")
    decl.company.scope = "B. Product (or List of Products)"
    assert "CHK-PRODUCT-LIST" in [f.code for f in checker_findings(decl)]
    decl.products = [Product(number="P-1")]
    assert "CHK-PRODUCT-LIST" not in [f.code for f in checker_findings(decl)]


def test_findings_carry_cells() -> None:
    for tpl in templates.ALL:
        for f in checker_findings(new_declaration(tpl)):
            assert f.severity == "error" and f.code.startswith("CHK-")
            assert f.sheet and f.cell and f.path and f.message
