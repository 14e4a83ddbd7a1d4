"""The guided pages of this year's versions come from their definitions: a CMRT 6.6 declaration
asks for the requester's product number and name; EMRT 2.11 and CRT 2.21 open their pages."""

from __future__ import annotations

import pytest

from tests.ui.ui_driver import new_declaration


@pytest.mark.parametrize(
    ("family", "version"), [("CMRT", "6.6"), ("EMRT", "2.11.1"), ("CRT", "2.21")]
)
def test_new_version_pages(qtbot, window, family: str, version: str) -> None:  # type: ignore[no-untyped-def]
    editor = new_declaration(qtbot, window, "Lenovo", family, version)
    decl = editor.session.decl
    assert (decl.family, decl.version) == (family, version)
    keys = [p.key for p in editor.pages]
    assert "company" in keys and len(keys) >= 5
    scope = next(p for p in editor.pages if hasattr(p, "products_model"))
    columns = [c.key for c in scope.products_model.columns]
    if family == "CRT":
        assert "requester_number" not in columns
    else:
        assert columns[:4] == ["number", "name", "requester_number", "requester_name"]
