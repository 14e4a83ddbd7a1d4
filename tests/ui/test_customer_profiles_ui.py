"""Customer profiles in the Customers and requests dialog: the Lenovo starting profile edited
and saved, and a request made from a profile ticks templates in the library list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.dialogs.requests_dialog import RequestsDialog
from forms.review.requests import RequestedTemplate


def test_edit_save_and_request_from_a_profile(qtbot, window, templates_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window.add_template_file(templates_dir / "RMI_CMRT_6.5.xlsx")
    dialog = RequestsDialog(window.store, window)
    qtbot.addWidget(dialog)
    labels = [dialog.template_picker.item(i).text() for i in range(dialog.template_picker.count())]
    assert labels[0] == "CMRT 6.5"
    assert any(t.startswith("EMRT 2.11.1 — Cobalt only  (built-in layout") for t in labels)

    dialog.customer_combo.setCurrentText("Lenovo")
    qtbot.mouseClick(dialog.preset_button, Qt.MouseButton.LeftButton)
    editor = dialog.profile_editor
    assert editor.accepts.text() == "CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21"
    assert "Not in your template library: CMRT ≥ 6.6" in dialog.message.text()

    editor.accepts.setText("CMRT ≥ 6.5; EMRT ≥ 2.11 (Cobalt)")
    editor.notes.setPlainText("Upload to the supplier portal.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = window.store.customer_profile("Lenovo")
    assert saved is not None and saved.notes == "Upload to the supplier portal."
    assert saved.starting_point == "Lenovo"

    dialog.customer_combo.setCurrentText("")
    assert editor.accepts.text() == ""
    dialog.customer_combo.setCurrentText("Lenovo")
    assert editor.accepts.text() == "CMRT ≥ 6.5; EMRT ≥ 2.11 (Cobalt)"
    qtbot.mouseClick(editor.request_button, Qt.MouseButton.LeftButton)
    assert dialog.template_picker.requested() == (
        RequestedTemplate("CMRT", "6.5"),
        RequestedTemplate("EMRT", "2.11.1", ("Cobalt",)),
    )
    assert dialog.add_request() is not None
    [stored] = window.store.requests()
    assert [t.label for t in stored.request.templates] == ["CMRT 6.5", "EMRT 2.11.1"]


def test_a_profile_that_is_not_understood_is_named(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = RequestsDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.customer_combo.setCurrentText("Dell")
    dialog.profile_editor.accepts.setText("CMRT ≥ 6.6; XRT 1.0")
    qtbot.mouseClick(dialog.profile_editor.save_button, Qt.MouseButton.LeftButton)
    assert "XRT 1.0" in dialog.message.text()
    assert window.store.customer_profile("Dell") is None
