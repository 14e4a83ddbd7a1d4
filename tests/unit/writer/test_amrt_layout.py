"""The compatible layout of every AMRT version: named minerals, "Other" drop-downs from 1.3,
the Minerals Scope sheet, and the declaration read back the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from forms import templates
from forms.declaration import Smelter, new_declaration
from forms.workbook import reader
from forms.workbook.writer import export_layout


@pytest.mark.parametrize("tpl", templates.versions("AMRT"), ids=lambda t: t.key)
def test_layout_round_trip(tmp_path: Path, tpl: templates.TemplateDef) -> None:
    d = new_declaration(tpl)
    d.company.name = "Acme"
    d.minerals_in_scope = ["Zinc", "Gallium"]
    d.ensure_shape()
    d.answers["Zinc"]["1"].answer = "Yes"
    d.answers["Gallium"]["2"].answer = "100%"
    d.smelters = [Smelter(metal="Zinc", lookup_name="Some", name="Works", country="CHINA")]
    out = tmp_path / "layout.xlsx"
    export_layout(d, out)
    wb = load_workbook(out)
    assert "Minerals Scope" in wb.sheetnames
    choice = tpl.mineral_choice
    assert choice is not None
    ws = wb["Declaration"]
    expected = ["Zinc", "Gallium"] if choice.free_text else ["Zinc", choice.other_option]
    assert [ws[c].value for c in choice.cells[:2]] == expected
    back = reader.read_file(out)
    assert back.template.key == tpl.key
    assert back.declaration.answers == d.answers
    assert [f.code for f in back.findings] == ["FILE-COMPATIBLE-LAYOUT"]
