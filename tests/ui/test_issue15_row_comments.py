"""Review comments on list rows follow the row (issue 15, point 2): remove the commented row and
the comment does not move to the next smelter; it is shown as resolved by the removal."""

from __future__ import annotations

from pathlib import Path

from smelter_fixtures import smelters_page

from desktop.widgets.findings_panel import PATH_ROLE
from forms.declaration import Smelter


def test_removing_a_commented_row_resolves_its_comment(qtbot, window, templates_dir: Path):  # type: ignore[no-untyped-def]
    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    names = ["Asahi", "Heraeus", "Metalor", "Nihon", "PAMP", "Perth Mint"]
    page.model.append_rows([Smelter(metal="Gold", lookup_name=n) for n in names], "rows")
    comments = window.review.comments
    store, decl_id = window.store, editor.session.decl_id
    store.add_review_comment(decl_id, "smelters[4]", "PAMP is not our smelter: remove it")
    comments.reload()
    [item] = comments.items()
    assert item.text(0).startswith("Smelter row 9:")  # the workbook's row, as in the table
    page.model.remove_rows([4])
    assert [s.lookup_name for s in editor.session.decl.smelters][4] == "Perth Mint"
    texts = [i.text(0) for i in comments.items()]
    assert texts == ["Smelter row 9 (row removed — resolved): PAMP is not our smelter: remove it"]
    assert all(i.data(0, PATH_ROLE) is None for i in comments.items())
    label = comments.row_labels.get("smelters")
    assert label is None or not label.isVisibleTo(page)  # no open comment names Perth Mint
