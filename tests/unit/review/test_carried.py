"""Items to confirm after "start from previous" as findings (issue 15, point 11)."""

from __future__ import annotations

from forms.review.carried import CONFIRM_CODE, confirm_findings
from forms.rules.finding import errors, to_confirm, warnings


def test_items_to_confirm_are_neither_errors_nor_red_flags() -> None:
    found = confirm_findings(
        [("company.effective_date", "confirm the effective date"), ("answers.Tin.6.answer", "x")]
    )
    assert [f.path for f in found] == ["company.effective_date", "answers.Tin.6.answer"]
    assert {f.code for f in found} == {CONFIRM_CODE} and {f.severity for f in found} == {"confirm"}
    assert "confirm the effective date" in found[0].message
    assert errors(found) == [] and warnings(found) == [] and to_confirm(found) == found
