"""`mrtdesk check` and `inspect` on every AMRT workbook in ../shared: the right family and
version, and the Checker count RMI's own Checker cached in the file."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli.main import main
from forms import templates
from forms.declaration import new_declaration, to_json

pytestmark = pytest.mark.shared


def _amrt_files(shared_dir: Path) -> list[Path]:
    files = sorted(shared_dir.rglob("*AMRT*.xlsx"))
    assert files, "no AMRT workbook in ../shared"
    return files


def _cached_checker(path: Path) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(path, data_only=True, read_only=True)
    return int(wb["Checker"]["D2"].value)


def test_check_and_inspect_read_every_amrt_workbook(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in _amrt_files(shared_dir):
        version = re.search(r"AMRT_(\d+(?:\.\d+)+)", path.name)
        assert version, path.name
        main(["inspect", "--json", str(path)])
        doc = json.loads(capsys.readouterr().out)
        assert doc["template"] == {"family": "AMRT", "version": version[1]}, path.name
        main(["check", "--json", str(path)])
        found = json.loads(capsys.readouterr().out)
        assert found["checker_remaining"] == _cached_checker(path), path.name


def test_check_takes_an_amrt_declaration_naming_other_minerals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = new_declaration(templates.get("AMRT", "1.31.1"))
    d.minerals_in_scope = ["Gallium", "Cadmium"]
    d.ensure_shape()
    path = tmp_path / "amrt.json"
    path.write_text(json.dumps(to_json(d)), encoding="utf-8")
    assert main(["check", "--json", "--input", str(path)]) == 1
    doc = json.loads(capsys.readouterr().out)
    q1 = [f["path"] for f in doc["findings"] if f["code"] == "CHK-Q1"]
    assert q1 == ["answers.Cadmium.1.answer", "answers.Gallium.1.answer"]


def test_export_into_the_librarys_amrt(
    tmp_path: Path, templates_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert (
        main(["--data-dir", data, "templates", "add", str(templates_dir / "RMI_AMRT_1.3_zh.xlsx")])
        == 0
    )
    d = new_declaration(templates.get("AMRT", "1.3"))
    d.minerals_in_scope = ["Zinc"]
    d.ensure_shape()
    path = tmp_path / "amrt.json"
    path.write_text(json.dumps(to_json(d)), encoding="utf-8")
    out = tmp_path / "out.xlsx"
    args = ["--data-dir", data, "export", "--input", str(path), "--template", "AMRT-1.3"]
    assert main([*args, "--output", str(out)]) == 0
    assert "(official template)" in capsys.readouterr().out
    main(["inspect", "--json", str(out)])
    doc = json.loads(capsys.readouterr().out)
    assert doc["template"] == {"family": "AMRT", "version": "1.3"}
    assert doc["minerals_in_scope"] == ["Zinc"]
