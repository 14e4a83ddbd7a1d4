"""`templates add` and `export --template FILE` verify the workbook first: a mismatch exits 2
naming the first differences and writes nothing; a verified newer revision is used normally."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from tests.restamp import move_validation, restamp

DECLARATION = Path(__file__).resolve().parents[2] / "data" / "cmrt-6.5-complete.json"


def _moved(tmp_path: Path, templates_dir: Path) -> Path:
    source = templates_dir / "RMI_CMRT_6.5.xlsx"
    return move_validation(source, "D32:E32", "D36:E36", tmp_path / "moved.xlsx")


def test_templates_add_refuses_a_mismatch(
    tmp_path: Path, templates_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = _moved(tmp_path, templates_dir)
    assert main(["--data-dir", str(tmp_path / "data"), "templates", "add", str(moved)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mrtdesk templates add: moved.xlsx: it says it is CMRT 6.5")
    assert "Declaration!D32: expected a drop-down of Yes / No, found no validation" in err
    assert not (tmp_path / "data" / "templates").exists()


def test_export_into_a_mismatch_exits_2_and_writes_nothing(
    tmp_path: Path, templates_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = _moved(tmp_path, templates_dir)
    out = tmp_path / "out.xlsx"
    args = ["export", "--input", str(DECLARATION), "--template", str(moved), "--output", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "moved.xlsx is not a usable official template: it says it is CMRT 6.5" in err
    assert "Declaration!D32" in err and not out.exists()


def test_templates_add_names_the_verified_layout(
    tmp_path: Path, templates_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = restamp(templates_dir / "RMI_CMRT_6.5.xlsx", "6.5", "6.7", tmp_path / "67.xlsx")
    assert main(["--data-dir", str(tmp_path / "data"), "templates", "add", str(newer)]) == 0
    assert capsys.readouterr().out.startswith(
        "Added CMRT 6.7 — layout of CMRT 6.5, verified (2025-04-25)"
    )


def test_export_into_a_verified_newer_revision(
    tmp_path: Path, templates_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = restamp(templates_dir / "RMI_CMRT_6.5.xlsx", "6.5", "6.7", tmp_path / "67.xlsx")
    out = tmp_path / "out.xlsx"
    args = ["export", "--input", str(DECLARATION), "--template", str(newer), "--output", str(out)]
    assert main(args) == 0, capsys.readouterr().err
    assert "official template" in capsys.readouterr().out
    assert main(["inspect", str(out)]) == 0
    assert "revision 6.7" in capsys.readouterr().out


def test_templates_versions_lists_the_newest_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "versions", "emrt"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("EMRT 2.11.1") and lines[0].endswith("newest (the default)")
    old = next(line for line in lines if line.startswith("EMRT 2.1 "))
    assert "on or before 31-Mar-2026 (EMRT 2.11.1 has no end date)" in old
    assert main(["templates", "versions", "XRT"]) == 2
