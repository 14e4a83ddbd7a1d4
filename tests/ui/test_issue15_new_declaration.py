"""The New declaration dialog asks which minerals an EMRT 2.x declares (issue 15, point 10),
prefilled from the customer's request when there is one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from forms.review import Customer, Request, RequestedTemplate


def _dialog(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    dialog = window.new_dialog
    assert dialog is not None
    return dialog


def test_emrt_asks_which_minerals_and_starts_with_only_those(qtbot, window):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, window)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.family.setCurrentIndex(dialog.family.findData("CMRT"))
    assert not dialog.minerals_box.isVisibleTo(dialog) and ok.isEnabled()
    dialog.family.setCurrentIndex(dialog.family.findData("EMRT"))
    dialog.version.setCurrentIndex(dialog.version.findData("2.1"))
    assert dialog.minerals_box.isVisibleTo(dialog)
    assert not any(b.isChecked() for b in dialog.mineral_checks.values())
    assert not ok.isEnabled()  # asked, not assumed
    dialog.mineral_checks["Cobalt"].setChecked(True)
    dialog.mineral_checks["Mica"].setChecked(True)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    decl = window.editor.session.decl
    assert decl.minerals_in_scope == ["Cobalt", "Mica"]
    assert set(decl.answers) == {"Cobalt", "Mica"}


def test_the_minerals_come_from_the_customers_request(qtbot, window):  # type: ignore[no-untyped-def]
    hp = Customer("HP Inc.", "supplier@hp.example")
    window.store.add_request(
        Request(hp, (RequestedTemplate("EMRT", "2.1", ("Cobalt",)),), date(2026, 12, 31), "2026")
    )
    dialog = _dialog(qtbot, window)
    dialog.family.setCurrentIndex(dialog.family.findData("EMRT"))
    dialog.version.setCurrentIndex(dialog.version.findData("2.1"))
    qtbot.keyClicks(dialog.customer, "hp inc.")
    dialog.customer.editingFinished.emit()
    assert [m for m, b in dialog.mineral_checks.items() if b.isChecked()] == ["Cobalt"]


def test_an_amrt_is_not_asked_here_and_starts_with_no_minerals(qtbot, window):  # type: ignore[no-untyped-def]
    """The AMRT's minerals (any name, up to ten) are named on its Scope page, not ticked here."""
    dialog = _dialog(qtbot, window)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.family.setCurrentIndex(dialog.family.findData("AMRT"))
    dialog.version.setCurrentIndex(dialog.version.findData("1.3"))
    assert not dialog.minerals_box.isVisibleTo(dialog) and ok.isEnabled()
    assert dialog.minerals() is None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    decl = window.editor.session.decl
    assert (decl.family, decl.version, decl.minerals_in_scope) == ("AMRT", "1.3", [])
