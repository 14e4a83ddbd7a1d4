"""Start from previous (issue 15, point 11): what must be confirmed again is a finding of
severity "confirm" (not an error: the Checker count stays RMI's) until changed or confirmed
unchanged; the section it is in gets no tick meanwhile."""

from __future__ import annotations

import pytest

from desktop.editor.editor import SECTION_STATE_ROLE
from forms.review.carried import CONFIRM_CODE
from forms.rules import check

FILLED = "fixtures/filled/CMRT_6.4_JX_Advanced_Metals.xlsx"


@pytest.mark.shared
def test_items_to_confirm_are_findings_until_confirmed_unchanged(qtbot, window, shared_dir):  # type: ignore[no-untyped-def]
    old_id = window.store.import_workbook(shared_dir / FILLED)
    new_id, items = window.store.start_from_previous(old_id, "CMRT", "6.5", period="2026")
    editor = window.open_declaration(new_id)
    to_confirm = [f for f in editor.findings if f.severity == "confirm"]
    assert [f.path for f in to_confirm] == [i.path for i in items]
    assert all(f.code == CONFIRM_CODE for f in to_confirm)
    errors = [f for f in editor.findings if f.severity == "error"]
    assert errors == [f for f in check(editor.session.decl) if f.severity == "error"]
    panel = editor.findings_panel
    assert panel.to_confirm.childCount() == len(items) and not panel.to_confirm.isHidden()
    review = editor.review_page()
    assert "still to confirm" in review.completeness.text()
    company = [p.key for p in editor.pages].index("company")
    assert editor.sections.item(company).data(SECTION_STATE_ROLE) in ("errors", "flags")

    banner = editor.confirm_banner
    banner.confirm_buttons["company.effective_date"].click()
    assert "company.effective_date" not in dict(window.store.confirm_items(new_id))
    assert "company.effective_date" not in banner.buttons
    assert "company.effective_date" not in {f.path for f in editor.findings}
    history = [c for c in window.store.history(new_id) if c.field == "confirmed"]
    assert [(c.old, c.new) for c in history] == [("company.effective_date", "unchanged")]
