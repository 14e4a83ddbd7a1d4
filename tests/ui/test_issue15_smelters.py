"""The Smelters page over real suppliers' rows (issue 15, points 3, 4, 6, 12 and 13): pasted
names matched like a search, CID picks with RMI's standard name, a pasted ID that disagrees,
one row numbering (the workbook's) and section ticks that heed red flags."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from smelter_fixtures import smelters_page, stored

from desktop.editor.editor import SECTION_STATE_ROLE
from desktop.models.smelter_models import FLAGS_ROLE
from forms.templates.common import NOT_LISTED


def test_pasted_rows_without_a_cid_are_matched_or_set_not_listed(qtbot, window, templates_dir):
    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    dialog = page.table.paste_text(
        "Metal\tSmelter Name\tSmelter Country\n"
        "Tin\tAlpha Metals\tUNITED STATES OF AMERICA\n"
        "Tungsten\tNowhere Tungsten Works\tCHINA\n"
    )
    assert dialog is not None
    dialog.accept()
    rows = stored(window, editor).smelters
    assert [(s.lookup_name, s.smelter_id) for s in rows] == [
        ("Alpha Metals", "CID000292"), (NOT_LISTED, None),
    ]  # fmt: skip
    assert (rows[1].name, rows[1].country) == ("Nowhere Tungsten Works", "CHINA")
    model = page.smelter_model
    assert model.index(1, model.column_of("name")).data(FLAGS_ROLE) == ["not_listed"]
    editor.recheck()
    assert not [f for f in editor.findings if f.path == "smelters[Tungsten]"]


def test_a_cid_search_inserts_the_standard_name(qtbot, window, templates_dir):
    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    page.search.edit.setText("CID001898")
    page.search.search()
    page.search.pick_current()
    (row,) = stored(window, editor).smelters
    assert (row.lookup_name, row.smelter_id) == ("Thaisarco", "CID001898")


def test_an_id_over_the_formula_is_flagged_and_rows_use_workbook_numbers(
    qtbot, window, templates_dir: Path
):
    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    from forms.declaration import Smelter

    page.model.append_rows(
        [
            Smelter(metal="Tin", lookup_name="Alpha Metals", smelter_id="CID000292"),
            Smelter(metal="Tin", lookup_name="Alpha Metals", smelter_id="12345"),
            Smelter(metal="Tin", lookup_name="Alpha Metals", smelter_id="CID000292"),
        ],
        "rows",
    )
    model = page.smelter_model
    assert model.headerData(0, Qt.Orientation.Vertical) == "5"  # Smelter List row 5
    cid = model.index(1, model.column_of("smelter_id"))
    assert cid.data(FLAGS_ROLE) == ["id_mismatch"]
    assert "CID000292" in cid.data(Qt.ItemDataRole.ToolTipRole)
    duplicate = model.index(2, model.column_of("lookup_name")).data(Qt.ItemDataRole.ToolTipRole)
    assert "row 5" in duplicate  # the workbook row the findings panel cites too
    editor.recheck()
    finding = next(f for f in editor.findings if f.code == "RF-SMELTER-DUPLICATE")
    assert "row 7 repeats row 5" in finding.message
    model.setData(model.index(0, model.column_of("contact_name")), "Jane")
    assert editor.session.undo_stack.undoText() == "Edit “Smelter Contact Name” in row 5"


def test_a_section_with_red_flags_gets_no_tick(qtbot, window, templates_dir: Path):
    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    from forms.declaration import Smelter

    row = [p.key for p in editor.pages].index("smelters")
    editor.recheck()
    assert editor.sections.item(row).data(SECTION_STATE_ROLE) != "flags"
    page.model.append_rows([Smelter(metal="Tin", lookup_name="Smelter not yet identified")], "x")
    editor.recheck()
    errors = editor.section_errors("smelters")
    assert editor.sections.item(row).data(SECTION_STATE_ROLE) == ("errors" if errors else "flags")


def test_the_review_page_counts_what_the_email_summary_counts(qtbot, window, templates_dir):  # type: ignore[no-untyped-def]
    from forms.declaration import Answer, Smelter
    from forms.review.mail import summary_text

    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    decl = editor.session.decl
    for mineral in decl.minerals_in_scope:
        decl.answers[mineral]["1"] = Answer("Yes")
    decl.answers["Tantalum"]["1"] = Answer("No")
    page.model.append_rows(
        [
            Smelter(metal="Tin", lookup_name="Thaisarco", smelter_id="CID001898", mine_names="A"),
            Smelter(metal="Tin", lookup_name="Thaisarco", smelter_id="CID001898", mine_names="B"),
        ],
        "rows",
    )
    review = editor.review_page()
    review.refresh()
    assert review.smelters.text() == "Tin: 1, Gold: 0, Tungsten: 0"  # no Tantalum: Q1 is "No"
    assert "Tin smelters: 1" in summary_text([decl])
