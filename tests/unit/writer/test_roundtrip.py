"""Round trip: a declaration exported (official template or compatible layout) and read back
by the reader gives the same declaration JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from forms import templates
from forms.declaration import to_json
from forms.workbook.placement import as_written
from forms.workbook.writer import export_layout, export_official
from tests.conformance.strategies import declarations, examples
from tests.conftest import TEMPLATE_FILES

reader = pytest.importorskip("forms.workbook.reader")

pytestmark = pytest.mark.shared

VERSIONS = [
    "CMRT-6.5",
    "CMRT-6.4",
    "CMRT-6.31",
    "CMRT-6.22",
    "CRT-2.2",
    "EMRT-1.3",
    "EMRT-2.0",
    "EMRT-2.1",
]


def differences(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Keys whose values differ; rows left entirely empty are not part of a read workbook."""
    for key in ("smelters", "mines", "products"):
        a[key] = [row for row in a[key] if any(v is not None for v in row.values())]
    return {k: (a[k], b.get(k)) for k in a if a[k] != b.get(k)}


@pytest.mark.parametrize("key", VERSIONS)
def test_official_export_reads_back_the_same(templates_dir: Path, tmp_path: Path, key: str) -> None:
    tpl = templates.get(*key.split("-"))
    cases = examples(declarations(tpl, True), 2, key) + examples(declarations(tpl, False), 3, key)
    for i, decl in enumerate(cases):
        out = export_official(decl, templates_dir / TEMPLATE_FILES[key], tmp_path / f"{i}.xlsx")
        back = reader.read_file(out.path)
        assert back.template.key == key
        assert "FILE-COMPATIBLE-LAYOUT" not in {f.code for f in back.findings}
        assert differences(to_json(as_written(decl)), to_json(back.declaration)) == {}


@pytest.mark.parametrize("key", ["CMRT-6.5", "CMRT-6.22", "CRT-2.2", "EMRT-1.3", "EMRT-2.1"])
def test_compatible_layout_reads_back_the_same(tmp_path: Path, key: str) -> None:
    tpl = templates.get(*key.split("-"))
    for i, decl in enumerate(examples(declarations(tpl, False), 3, key)):
        out = export_layout(decl, tmp_path / f"{i}.xlsx")
        assert not out.official
        back = reader.read_file(out.path)
        assert back.template.key == key
        assert differences(to_json(as_written(decl)), to_json(back.declaration)) == {}
        codes = [f.code for f in back.findings]
        assert codes.count("FILE-COMPATIBLE-LAYOUT") == 1
        assert "FILE-MODIFIED-TEMPLATE" not in codes
