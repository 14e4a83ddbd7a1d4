"""Opening a received AMRT: it is imported and opens in the editor with its named minerals,
answers and Minerals Scope reasons; a blank AMRT is offered to the template library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import desktop.main_window as main_window_module
import desktop.opening as opening_module
from forms import templates
from forms.declaration import Smelter, new_declaration
from forms.workbook.writer import export_official

pytestmark = pytest.mark.shared


def test_opening_a_received_amrt_imports_it(  # type: ignore[no-untyped-def]
    qtbot, window, templates_dir, tmp_path, monkeypatch
):
    d = new_declaration(templates.get("AMRT", "1.3"))
    d.company.name = "Sub-supplier Ltd"
    d.minerals_in_scope = ["Zinc", "Gallium"]
    d.ensure_shape()
    d.answers["Zinc"]["1"].answer = "Yes"
    d.mineral_reasons["Gallium"].answer = "LED chips"
    d.smelters = [Smelter(metal="Zinc", lookup_name="Some Smelter", country="CHINA")]
    received = tmp_path / "received.xlsx"
    export_official(d, templates_dir / "RMI_AMRT_1.3_zh.xlsx", received)
    monkeypatch.setattr(main_window_module, "ask_open_path", lambda *_a: str(received))
    qtbot.mouseClick(window.home.open_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert editor is not None
    got = editor.session.decl
    assert (got.family, got.version, got.company.name) == ("AMRT", "1.3", "Sub-supplier Ltd")
    assert sorted(got.minerals_in_scope) == ["Gallium", "Zinc"]
    assert got.answer("Zinc", "1") == "Yes"
    assert got.mineral_reasons["Gallium"].answer == "LED chips"
    assert editor.page("scope").amrt_minerals.boxes["Zinc"].isChecked()  # type: ignore[attr-defined]


def test_a_blank_amrt_is_offered_to_the_library(  # type: ignore[no-untyped-def]
    qtbot, window, templates_dir, monkeypatch
):
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(opening_module.QMessageBox, "question", lambda *_a, **_k: yes)
    outcome = opening_module.open_paths(
        window.opening_host(), [templates_dir / "RMI_AMRT_1.2_zh.xlsx"]
    )
    assert outcome.templates == ["AMRT 1.2"]
