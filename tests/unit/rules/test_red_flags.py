"""Red flags: one example (or a few) per RF- rule, per family where the question numbers differ."""

from __future__ import annotations

from datetime import date

import pytest

from forms import templates
from forms.declaration import Answer, Declaration, Product, Smelter, new_declaration
from forms.rules import check
from forms.rules.finding import Finding
from forms.rules.red_flags import red_flags

TODAY = date(2026, 6, 1)


def _decl(key: str = "CMRT-6.5") -> Declaration:
    decl = new_declaration(templates.get(*key.split("-")))
    c = decl.company
    c.name, c.scope, c.contact_name, c.contact_phone = "Acme", "A. Company", "Jane", "+1 555"
    c.contact_email, c.authorizer_name, c.authorizer_email = (
        "jane@acme.example",
        "John",
        "john@acme.example",
    )
    c.effective_date = "2026-03-01"
    return decl


def _flags(decl: Declaration) -> list[Finding]:
    return red_flags(decl, today=TODAY)


def _codes(decl: Declaration) -> list[str]:
    return [f.code for f in _flags(decl)]


def _one(decl: Declaration, code: str) -> Finding:
    found = [f for f in _flags(decl) if f.code == code]
    assert len(found) == 1, found
    return found[0]


def _answer_all(decl: Declaration, number: str, value: str) -> None:
    for per in decl.answers.values():
        if number in per:
            per[number].answer = value


@pytest.mark.parametrize("tpl", templates.ALL, ids=lambda t: t.key)
def test_clean_declarations_have_no_flags(tpl: templates.TemplateDef) -> None:
    assert _codes(_decl(tpl.key)) == []


def test_every_flag_is_a_located_warning() -> None:
    decl = _decl()
    decl.company.authorizer_name = "Same as above"
    decl.answers["Tin"]["1"].answer = "maybe"
    decl.smelters = [Smelter(metal="Tin", lookup_name="Smelter not yet identified", name="X!")]
    found = _flags(decl)
    assert found
    for f in found:
        assert f.severity == "warning" and f.code.startswith("RF-")
        assert f.path and f.message and f.hint and f.sheet


# --- company block -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["same", "Same as above", "SAME.", "as above"])
def test_authorizer_same(value: str) -> None:
    decl = _decl()
    decl.company.authorizer_name = value
    f = _one(decl, "RF-AUTHORIZER-SAME")
    assert (f.path, f.cell) == ("company.authorizer_name", "D18")


def test_authorizer_named_samuel_is_fine() -> None:
    decl = _decl()
    decl.company.authorizer_name = "Samuel Same"
    assert _codes(decl) == []


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        ("2026-07-01", ["RF-DATE-FUTURE"]),
        ("2006-12-30", ["RF-DATE-TOO-EARLY"]),
        ("31-Aug-2012", ["RF-DATE-NOT-A-DATE"]),
        ("soon", ["RF-DATE-NOT-A-DATE"]),
        ("2026-05-01", []),
    ],
)
def test_effective_date(value: str, codes: list[str]) -> None:
    decl = _decl()
    decl.company.effective_date = value
    assert _codes(decl) == codes


def test_date_outside_an_old_templates_bounds() -> None:
    decl = _decl("CMRT-6.22")  # date validation ends 31-Mar-2026
    decl.company.effective_date = "2026-05-01"
    f = _one(decl, "RF-DATE-OUTSIDE-TEMPLATE")
    assert f.cell == "D22" and "31-Mar-2026" in f.message
    decl.company.effective_date = "2026-03-31"
    assert _codes(decl) == []


def test_date_cell_of_emrt_2() -> None:
    decl = _decl("EMRT-2.1")
    decl.company.effective_date = "2030-01-01"
    assert {f.cell for f in _flags(decl)} == {"D26"}


@pytest.mark.parametrize(
    "value", ["jane@acme", "jane@@acme.example", "jane@acme.example; bob@x", "jane bob@x.org"]
)
def test_email_with_at_but_invalid(value: str) -> None:
    decl = _decl()
    decl.company.contact_email = value
    assert _one(decl, "RF-EMAIL-INVALID").cell == "D16"


def test_email_without_at_is_the_checkers_business() -> None:
    decl = _decl()
    decl.company.contact_email = "n/a"
    assert "RF-EMAIL-INVALID" not in _codes(decl)
    assert "CHK-CONTACT-EMAIL" in [f.code for f in check(decl)]


@pytest.mark.parametrize(
    "text", ["深圳市某公司", "ООО Ромашка", "บริษัท", "주식회사", "株式会社テスト"]
)
def test_company_text_not_in_english(text: str) -> None:
    decl = _decl()
    decl.company.name = text
    assert _one(decl, "RF-NOT-ENGLISH").path == "company.name"


def test_comments_not_in_english() -> None:
    decl = _decl()
    decl.answers["Gold"]["1"] = Answer("No", "无")
    decl.company_answers["A"] = Answer(None, "没有")
    paths = {f.path for f in _flags(decl) if f.code == "RF-NOT-ENGLISH"}
    assert paths == {"answers.Gold.1.comment", "company_answers.A.comment"}


def test_accents_are_english_enough() -> None:
    decl = _decl()
    decl.company.name = "Société Générale – Zürich"
    assert _codes(decl) == []


# --- answers outside the drop-downs and skipped questions --------------------------------------


def test_answer_not_an_option() -> None:
    decl = _decl()
    decl.answers["Tin"]["1"].answer = "Y"
    decl.answers["Gold"]["1"].answer = "yes"
    decl.company_answers["H"] = Answer("Yes", None)
    decl.company.scope = "Company"
    found = [f for f in _flags(decl) if f.code == "RF-ANSWER-NOT-AN-OPTION"]
    assert {f.path: f.cell for f in found} == {
        "company.scope": "D9",
        "answers.Tin.1.answer": "D27",
        "answers.Gold.1.answer": "D28",
        "company_answers.H.answer": "D89",
    }
    assert "letter case" in next(f.message for f in found if "Gold" in f.path)


def test_numeric_hundred_percent_is_written_as_text_in_json() -> None:
    decl = _decl("CMRT-6.22")
    decl.answers["Tin"]["1"].answer = "Yes"
    decl.answers["Tin"]["2"].answer = "Yes"
    decl.answers["Tin"]["6"].answer = "100%"
    assert "RF-ANSWER-NOT-AN-OPTION" not in _codes(decl)


def test_emrt_per_mineral_options() -> None:
    decl = _decl("EMRT-1.3")
    decl.answers["Mica"]["3"].answer = "DRC only"
    decl.company_answers_by_mineral["C"]["Cobalt"] = Answer(
        "Yes, when more processors are validated"
    )
    paths = {f.path for f in _flags(decl) if f.code == "RF-ANSWER-NOT-AN-OPTION"}
    assert paths == {"answers.Mica.3.answer", "company_answers_by_mineral.C.Cobalt.answer"}


@pytest.mark.parametrize(
    ("key", "flagged"), [("CMRT-6.31", True), ("CMRT-6.5", True), ("CMRT-6.22", False)]
)
def test_answer_to_a_skipped_question(key: str, flagged: bool) -> None:
    decl = _decl(key)
    decl.answers["Tin"]["1"].answer = "No"
    decl.answers["Tin"]["2"].answer = "No"
    decl.answers["Tin"]["5"].answer = "Yes"
    found = [f.path for f in _flags(decl) if f.code == "RF-ANSWER-NOT-ASKED"]
    assert found == (["answers.Tin.2.answer", "answers.Tin.5.answer"] if flagged else [])


# --- per-mineral logic, question numbers per family ----------------------------------------------

# key → (high-risk questions, sourcing claim, survey, identified, reported, recycled, mineral)
NUMBERS = {
    "CMRT-6.5": (("3", "4"), "3", "6", "7", "8", "5", "Tin"),
    "CRT-2.2": (("2",), "2", "4", "5", "6", "3", "Cobalt"),
    "EMRT-1.3": (("3",), "3", "5", "6", "7", "4", "Cobalt"),
    "EMRT-2.1": (("3",), "3", "5", "6", "7", "4", "Nickel"),
}


def _in_use(key: str) -> Declaration:
    decl = _decl(key)
    m = NUMBERS[key][-1]
    decl.answers[m]["1"].answer = "Yes"
    if "2" in decl.answers[m] and key != "CRT-2.2":
        decl.answers[m]["2"].answer = "Yes"
    decl.smelters = [
        Smelter(metal=m, lookup_name="Alpha", smelter_id="CID000001", recycled_scrap="No")
    ]
    return decl


@pytest.mark.parametrize("key", NUMBERS)
def test_high_risk_yes(key: str) -> None:
    high, *_, m = NUMBERS[key]
    decl = _in_use(key)
    for n in high:
        decl.answers[m][n].answer = "Yes"
    found = [f.path for f in _flags(decl) if f.code == "RF-HIGH-RISK-SOURCING"]
    assert found == [f"answers.{m}.{n}.answer" for n in high]


@pytest.mark.parametrize(
    ("key", "value"), [("CRT-2.2", "DRC or adjoining countries only"), ("EMRT-1.3", "DRC only")]
)
def test_region_only_answers_are_high_risk_too(key: str, value: str) -> None:
    high, *_, m = NUMBERS[key]
    decl = _in_use(key)
    decl.answers[m][high[0]].answer = value
    assert "RF-HIGH-RISK-SOURCING" in _codes(decl)


@pytest.mark.parametrize("key", NUMBERS)
def test_no_risk_claim_without_full_coverage(key: str) -> None:
    _, claim, survey, identified, *_, m = NUMBERS[key]
    decl = _in_use(key)
    decl.answers[m][claim].answer = "No"
    decl.answers[m][survey].answer = "100%"
    decl.answers[m][identified].answer = "Yes"
    assert "RF-NO-RISK-WITHOUT-COVERAGE" not in _codes(decl)
    decl.answers[m][identified].answer = "No"
    assert _one(decl, "RF-NO-RISK-WITHOUT-COVERAGE").path == f"answers.{m}.{claim}.answer"
    decl.answers[m][identified].answer = "Yes"
    decl.answers[m][survey].answer = "Greater than 90%"
    assert "RF-NO-RISK-WITHOUT-COVERAGE" in _codes(decl)


@pytest.mark.parametrize("key", NUMBERS)
def test_identified_all_without_full_survey(key: str) -> None:
    _, _, survey, identified, *_, m = NUMBERS[key]
    decl = _in_use(key)
    decl.answers[m][identified].answer = "Yes"
    decl.answers[m][survey].answer = "Greater than 75%"
    assert _one(decl, "RF-IDENTIFIED-WITHOUT-COVERAGE").path == f"answers.{m}.{identified}.answer"


@pytest.mark.parametrize("key", NUMBERS)
@pytest.mark.parametrize("value", ["50% or less", "None"])
def test_low_survey_response(key: str, value: str) -> None:
    _, _, survey, *_, m = NUMBERS[key]
    decl = _in_use(key)
    decl.answers[m][survey].answer = value
    assert _one(decl, "RF-LOW-SURVEY-RESPONSE").path == f"answers.{m}.{survey}.answer"


def test_did_not_survey_is_low_in_emrt_2() -> None:
    decl = _in_use("EMRT-2.1")
    decl.answers["Nickel"]["5"].answer = "Did not survey"
    assert "RF-LOW-SURVEY-RESPONSE" in _codes(decl)


@pytest.mark.parametrize("key", NUMBERS)
def test_not_all_reported(key: str) -> None:
    *_, reported, _, m = NUMBERS[key]
    decl = _in_use(key)
    decl.answers[m][reported].answer = "No"
    assert _one(decl, "RF-NOT-ALL-REPORTED").path == f"answers.{m}.{reported}.answer"


@pytest.mark.parametrize("key", NUMBERS)
def test_recycled_claim_against_primary_smelter(key: str) -> None:
    *_, recycled, m = NUMBERS[key]
    decl = _in_use(key)
    decl.answers[m][recycled].answer = "Yes"
    f = _one(decl, "RF-RECYCLED-CONTRADICTION")
    assert (f.path, f.sheet, f.cell) == ("smelters[0].recycled_scrap", "Smelter List", "P5")
    decl.smelters[0].recycled_scrap = "Yes"
    assert "RF-RECYCLED-CONTRADICTION" not in _codes(decl)


def test_emrt_2_answer_rows_follow_the_selected_minerals() -> None:
    decl = _decl("EMRT-2.1")
    decl.minerals_in_scope = ["Mica", "Nickel"]
    decl.ensure_shape()
    decl.answers["Nickel"]["7"].answer = "No"
    assert _one(decl, "RF-NOT-ALL-REPORTED").cell == "D103"


# --- smelters against the answers --------------------------------------------------------------


def test_no_smelters_when_the_checker_does_not_count_them() -> None:
    decl = _decl("CRT-2.2")
    decl.answers["Cobalt"]["1"].answer = "Yes"  # CRT's Checker counts the row only for a blank Q1
    f = _one(decl, "RF-NO-SMELTERS")
    assert (f.path, f.sheet, f.cell) == ("smelters[Cobalt]", "Smelter List", "B5")


def test_no_smelters_is_not_repeated_when_the_checker_counts_it() -> None:
    decl = _decl()
    decl.answers["Tin"]["1"].answer = "Yes"
    decl.answers["Tin"]["2"].answer = "Yes"
    assert "RF-NO-SMELTERS" not in [f.code for f in check(decl)]
    assert "CHK-SMELTER-LIST" in [f.code for f in check(decl)]


@pytest.mark.parametrize(
    ("key", "mineral", "number"),
    [
        ("CMRT-6.5", "Gold", "1"),
        ("CMRT-6.5", "Gold", "2"),
        ("CRT-2.2", "Cobalt", "1"),
        ("EMRT-2.1", "Mica", "1"),
    ],
)
def test_smelters_for_a_metal_declared_not_used(key: str, mineral: str, number: str) -> None:
    decl = _decl(key)
    decl.answers[mineral]["1"].answer = "Yes"
    decl.answers[mineral][number].answer = "No" if key != "EMRT-2.1" else "Not declaring"
    decl.smelters = [Smelter(metal=mineral.upper(), lookup_name="Alpha")] * 2
    f = _one(decl, "RF-SMELTERS-FOR-UNUSED-METAL")
    assert f.path == "smelters[0].metal" and "2 " in f.message


def test_smelters_for_a_metal_not_in_scope() -> None:
    decl = _decl("EMRT-2.1")
    decl.minerals_in_scope = ["Cobalt"]
    decl.ensure_shape()
    decl.smelters = [
        Smelter(metal="Cobalt", lookup_name="A"),
        Smelter(metal="Copper", lookup_name="B"),
        Smelter(metal="Tin", lookup_name="C"),
    ]
    paths = [f.path for f in _flags(decl) if f.code == "RF-SMELTER-METAL-NOT-IN-SCOPE"]
    assert paths == ["smelters[1].metal", "smelters[2].metal"]


# --- company-level questions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "letters"),
    [
        ("CMRT-6.5", "ACDFG"),
        ("CRT-2.2", "ABCDEFHI"),
        ("EMRT-1.3", "ADFG"),
        ("EMRT-2.1", "ADFG"),
    ],
)
def test_weak_company_answers(key: str, letters: str) -> None:
    decl = _decl(key)
    for q in decl.template.company_questions:
        if not q.per_mineral:
            decl.company_answers[q.letter] = Answer("No")
    found = sorted(f.path.split(".")[1] for f in _flags(decl) if f.code.startswith("RF-NO-"))
    assert found == sorted(letters)


def test_emrt_c_no_per_mineral() -> None:
    decl = _decl("EMRT-2.1")
    decl.company_answers_by_mineral["C"]["Lithium"] = Answer("No")
    f = _one(decl, "RF-NO-AUDITED-SMELTERS")
    assert (f.path, f.cell) == ("company_answers_by_mineral.C.Lithium.answer", "D123")


@pytest.mark.parametrize(
    ("key", "letter", "cell"),
    [("CMRT-6.5", "B", "G77"), ("CRT-2.2", "A", "G63"), ("EMRT-2.1", "B", "G117")],
)
def test_policy_url_that_is_not_a_url(key: str, letter: str, cell: str) -> None:
    decl = _decl(key)
    decl.company_answers[letter] = Answer("Yes", "see our website")
    f = _one(decl, "RF-POLICY-URL-NOT-A-URL")
    assert (f.path, f.cell) == (f"company_answers.{letter}.comment", cell)
    for url in (
        "www.acme.example/policy",
        "https://acme.example/p.pdf",
        "acme.example",
        "Policy: www.a.com",
    ):
        decl.company_answers[letter] = Answer("Yes", url)
        assert "RF-POLICY-URL-NOT-A-URL" not in _codes(decl), url


@pytest.mark.parametrize(
    ("key", "letter", "flagged"),
    [
        ("CMRT-6.5", "E", True),
        ("EMRT-2.1", "E", True),
        ("CRT-2.2", "G", False),
        ("EMRT-1.3", "E", False),
    ],
)
def test_other_survey_format_without_description(key: str, letter: str, flagged: bool) -> None:
    decl = _decl(key)
    other = next(o for o in decl.template.company_question(letter).options if "other" in o.lower())
    decl.company_answers[letter] = Answer(other)
    assert ("RF-SURVEY-FORMAT-UNDESCRIBED" in _codes(decl)) is flagged
    decl.company_answers[letter] = Answer(other, "Our own questionnaire")
    assert "RF-SURVEY-FORMAT-UNDESCRIBED" not in _codes(decl)


# --- smelter rows ------------------------------------------------------------------------------


def test_smelter_row_flags() -> None:
    decl = _decl()
    decl.smelters = [
        Smelter(metal="Tin", lookup_name="Smelter not listed", name="Works!", country="BOLIVIA!"),
        Smelter(metal="Tin", lookup_name="Alpha", smelter_id="CID000002", id_input="CID000009"),
        Smelter(
            metal="Gold",
            lookup_name="Smelter not listed",
            name="G",
            country="PERU",
            id_source="Enter smelter details",
        ),
        Smelter(metal="Gold", lookup_name="Smelter not yet identified"),
        Smelter(metal="Tin", lookup_name="Alpha", smelter_id="cid000002 "),
        Smelter(metal="gold", lookup_name="Smelter Not Listed", name="g", country="Peru"),
        Smelter(metal="Tin", lookup_name="Alpha", smelter_id="CID000003", id_input="cid000003"),
        Smelter(metal="Gold", lookup_name="Alpha", smelter_id="CID000002"),
    ]
    found = [(f.code, f.path, f.cell) for f in _flags(decl) if f.code.startswith("RF-SMELTER")]
    assert found == [
        ("RF-SMELTER-EXCLAMATION", "smelters[0].name", "D5"),
        ("RF-SMELTER-EXCLAMATION", "smelters[0].country", "E5"),
        ("RF-SMELTER-ID-MISMATCH", "smelters[1].id_input", "A6"),
        ("RF-SMELTER-ENTER-DETAILS", "smelters[2].id_source", "G7"),
        ("RF-SMELTER-NOT-IDENTIFIED", "smelters[3].lookup_name", "C8"),
        ("RF-SMELTER-DUPLICATE", "smelters[4].metal", "B9"),
        ("RF-SMELTER-DUPLICATE", "smelters[5].metal", "B10"),
    ]


def test_smelter_recycled_column_outside_options() -> None:
    decl = _decl()
    decl.smelters = [Smelter(metal="Tin", lookup_name="Alpha", recycled_scrap="Partly")]
    assert _one(decl, "RF-ANSWER-NOT-AN-OPTION").cell == "P5"


def test_list_text_flags() -> None:
    decl = _decl("EMRT-2.1")
    decl.smelters = [
        Smelter(metal="Cobalt", lookup_name="A", comments="钴"),
        Smelter(metal="Cobalt", lookup_name="B", next_steps="审核", contact_email="a@b"),
    ]
    decl.products = [Product(number="1", name="电缆")]
    found = [(f.code, f.path, f.sheet) for f in _flags(decl)]
    assert ("RF-NOT-ENGLISH", "smelters[0].comments", "Smelter List") in found
    assert ("RF-NOT-ENGLISH", "products[0].name", "Product List") in found
    assert ("RF-EMAIL-INVALID", "smelters[1].contact_email", "Smelter List") in found
    assert "2 value(s)" in next(f.message for f in _flags(decl) if f.path == "smelters[0].comments")


def test_check_puts_errors_first() -> None:
    decl = _decl()
    decl.company.authorizer_name = "same"
    decl.company.name = None
    sev = [f.severity for f in check(decl)]
    assert sev == sorted(sev)  # "error" < "warning"
    assert "warning" in sev and "error" in sev


def test_five_hundred_smelters_do_not_flood() -> None:
    decl = _decl()
    for m in decl.minerals_in_scope:
        decl.answers[m]["1"].answer = "Yes"
        decl.answers[m]["2"].answer = "Yes"
    decl.smelters = [
        Smelter(metal="Tin", lookup_name="A", smelter_id=f"CID{i:06}", comments="中文")
        for i in range(500)
    ]
    assert _codes(decl).count("RF-NOT-ENGLISH") == 1
