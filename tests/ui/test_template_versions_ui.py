"""The New declaration dialog defaults to the newest version in the library and says what an
older one lacks; adding a workbook whose structure differs shows what differs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.dialogs.new_declaration import NewDeclarationDialog
from tests.restamp import move_validation


@dataclass
class Entry:
    family: str
    version: str
    layout_version: str | None = None

    @property
    def label(self) -> str:
        if self.layout_version in (None, self.version):
            return f"{self.family} {self.version}"
        layout = f"{self.family} {self.layout_version}"
        return f"{self.family} {self.version} — layout of {layout}, verified"


def _dialog(qtbot, library: list[Entry]) -> NewDeclarationDialog:  # type: ignore[no-untyped-def]
    dialog = NewDeclarationDialog(library)
    qtbot.addWidget(dialog)
    return dialog


def test_newest_built_in_version_without_a_library(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [])
    assert dialog.chosen() == ("CMRT", "6.6.1")
    assert "lacks" not in dialog.note.text() and "older than" not in dialog.note.text()


def test_newest_version_in_the_library_and_what_an_older_one_lacks(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [Entry("CMRT", "6.4"), Entry("CMRT", "6.6")])
    assert dialog.chosen() == ("CMRT", "6.6")
    assert "official RMI CMRT 6.6." in dialog.note.text()
    dialog.version.setCurrentIndex(dialog.version.findData("6.22"))
    note = dialog.note.text()
    assert "CMRT 6.22 is older than CMRT 6.6.1" in note
    assert "on or before 31-Mar-2026" in note and "requester's product number" in note


def test_a_verified_newer_revision_serves_its_layout(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [Entry("CMRT", "6.7", "6.5")])
    assert dialog.chosen() == ("CMRT", "6.5")
    assert "CMRT 6.7 — layout of CMRT 6.5, verified" in dialog.note.text()


def test_adding_a_mismatching_workbook_shows_what_differs(  # type: ignore[no-untyped-def]
    window, templates_dir: Path, tmp_path: Path, message_boxes
) -> None:
    moved = move_validation(
        templates_dir / "RMI_CMRT_6.5.xlsx", "D32:E32", "D36:E36", tmp_path / "moved.xlsx"
    )
    assert window.add_template_file(moved) is None
    [(kind, title, text)] = message_boxes
    assert (kind, title) == ("warning", "Not the template it claims to be")
    assert text.startswith("moved.xlsx was not added")
    assert "• Declaration!D32: expected a drop-down of Yes / No, found no validation" in text
    assert window.store.templates() == []
