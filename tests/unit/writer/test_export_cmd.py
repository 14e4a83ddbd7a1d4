"""`mrtdesk export`: official template, compatible layout, library look-up and unusable input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.cli.main import main
from forms import templates
from forms.declaration import new_declaration, to_json
from tests.conftest import TEMPLATE_FILES


def write_decl(tmp_path: Path, key: str = "CMRT-6.5") -> Path:
    d = new_declaration(templates.get(*key.split("-")))
    d.company.name = "Acme"
    path = tmp_path / "decl.json"
    path.write_text(json.dumps(to_json(d)), encoding="utf-8")
    return path


@pytest.mark.shared
def test_exports_into_the_official_template(
    tmp_path: Path, templates_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.xlsx"
    template = templates_dir / TEMPLATE_FILES["CMRT-6.5"]
    code = main(
        [
            "export",
            "--input",
            str(write_decl(tmp_path)),
            "--template",
            str(template),
            "--output",
            str(out),
        ]
    )
    assert code == 0
    assert "Checker will show 51" in capsys.readouterr().out
    assert zipfile.ZipFile(out).testzip() is None


@pytest.mark.shared
def test_a_template_of_another_version_is_refused(
    tmp_path: Path, templates_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = templates_dir / TEMPLATE_FILES["CMRT-6.4"]
    code = main(
        [
            "export",
            "--input",
            str(write_decl(tmp_path)),
            "--template",
            str(template),
            "--output",
            str(tmp_path / "out.xlsx"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "CMRT 6.4" in err
    assert not (tmp_path / "out.xlsx").exists()


def test_without_template_the_compatible_layout_is_written_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.xlsx"
    assert main(["export", "--input", str(write_decl(tmp_path)), "--output", str(out)]) == 0
    assert "NOT the official RMI template" in capsys.readouterr().err
    assert out.exists()


def test_unusable_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"template": {"family": "CMRT", "version": "6.5"}, "company": {"scope": "Z"}}')
    code = main(["export", "--input", str(bad), "--output", str(tmp_path / "o.xlsx")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "company.scope" in err
    assert not (tmp_path / "o.xlsx").exists()


def test_a_missing_library_template_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--data-dir",
            str(tmp_path / "data"),
            "export",
            "--input",
            str(write_decl(tmp_path)),
            "--template",
            "CMRT-6.5",
            "--output",
            str(tmp_path / "o.xlsx"),
        ]
    )
    assert code == 2
    assert "CMRT 6.5" in capsys.readouterr().err


@pytest.mark.shared
def test_family_version_picks_the_template_from_the_library(
    tmp_path: Path, templates_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = pytest.importorskip("forms.workbook.library")
    data = tmp_path / "data"
    library.TemplateLibrary(data).add(templates_dir / TEMPLATE_FILES["CMRT-6.5"])
    out = tmp_path / "o.xlsx"
    code = main(
        [
            "--data-dir",
            str(data),
            "export",
            "--input",
            str(write_decl(tmp_path)),
            "--template",
            "CMRT-6.5",
            "--output",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert "official template" in capsys.readouterr().out
