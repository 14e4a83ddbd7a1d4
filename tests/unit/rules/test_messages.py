"""The finding catalogue: every rule finding is worded from it, params fill every placeholder,
and a finding whose id is not catalogued keeps the English it was given."""

from __future__ import annotations

import re
from datetime import date

import pytest

from forms.rules.checker import checker_findings
from forms.rules.finding import Finding
from forms.rules.messages import MESSAGES, english
from forms.rules.red_flags import red_flags
from forms.templates import ALL
from tests.conformance.strategies import declarations, examples


@pytest.mark.parametrize("tpl", ALL, ids=lambda t: t.key)
def test_every_rule_finding_is_catalogued_and_fully_filled(tpl) -> None:  # type: ignore[no-untyped-def]
    for decl in examples(declarations(tpl, complete=False), 15, f"messages-{tpl.key}"):
        checker = checker_findings(decl)
        for f in [*checker, *red_flags(decl, checker, date(2026, 6, 1))]:
            assert f.id in MESSAGES, f.code
            assert (f.message, f.hint) == english(f.id, f.params)
            assert not re.search(r"\{\w+\}", f.message + f.hint), f.id


def test_a_finding_not_catalogued_keeps_its_own_english() -> None:
    f = Finding("FILE-NEW", "warning", "template", "Something new.", "Do this.")
    assert f.id == "FILE-NEW" and f.id not in MESSAGES
    assert f.to_json()["message"] == "Something new." and f.to_json()["params"] == {}


def test_of_words_a_finding_from_the_catalogue() -> None:
    f = Finding.of("CHK-Q/missing", "error", "answers.Tin.3.answer", code="CHK-Q3",
                   number="3", mineral="Tin", question="Q?")  # fmt: skip
    assert (f.code, f.id) == ("CHK-Q3", "CHK-Q/missing")
    assert f.message == "Question 3 for Tin is not answered." and f.hint == "Answer question 3: Q?"
    assert f.to_json()["id"] == "CHK-Q/missing"


def test_the_reader_findings_keep_their_english() -> None:
    newer = Finding.of(
        "FILE-NEWER-VERSION", "warning", "template", template="CMRT 6.6", newest="CMRT 6.5",
        layout="6.5",
    )  # fmt: skip
    assert newer.code == "FILE-NEWER-VERSION" and newer.message == (
        "The file is CMRT 6.6, newer than the newest template MRT Desk knows (CMRT 6.5); it "
        "was read with the 6.5 layout."
    )
    raw = Finding.of("FILE-RAW-VALUE", "warning", "company.effective_date",
                     field="Effective Date", value=repr("soon"))  # fmt: skip
    assert (
        raw.message == "Effective Date holds 'soon', which is not a date; it was kept as written."
    )
    extra = Finding.of("FILE-MODIFIED-TEMPLATE/extra", "warning", "template",
                       template="CMRT 6.5", sheets="Notes")  # fmt: skip
    assert extra.code == "FILE-MODIFIED-TEMPLATE"
    assert extra.message == "The workbook has sheets the official CMRT 6.5 does not: Notes."
