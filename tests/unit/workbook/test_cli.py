"""`mrtdesk inspect`, `templates add/list` and `check FILE` end to end through `main`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main

FILLED = "fixtures/filled/CMRT_6.4_JX_Advanced_Metals.xlsx"


def test_inspect_json_is_the_declaration_json(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inspect", str(shared_dir / FILLED), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "mrt-declaration/1"
    assert doc["template"] == {"family": "CMRT", "version": "6.4"}
    assert doc["company"]["name"] and len(doc["smelters"]) == 27


def test_inspect_human(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(shared_dir / FILLED)]) == 0
    out = capsys.readouterr().out
    assert "revision 6.4" in out and "Smelters: 27" in out


@pytest.mark.parametrize("command", ["inspect", "check"])
@pytest.mark.parametrize(
    "name", ["fixtures/bad/jpeg_renamed.xls", "fixtures/legacy/CMRT_3.01_green.xlsx"]
)
def test_unreadable_exits_2_with_one_line(
    shared_dir: Path, capsys: pytest.CaptureFixture[str], command: str, name: str
) -> None:
    assert main([command, str(shared_dir / name)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"mrtdesk {command}: ")
    assert "Traceback" not in captured.err


def test_check_reads_a_workbook(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(shared_dir / FILLED), "--json"]) in (0, 1)
    doc = json.loads(capsys.readouterr().out)
    assert doc["checker_remaining"] == 0


def test_check_shows_file_level_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.workbook.test_hostile import SST, make_xlsx

    sst = SST.replace("Revision 6.5\nApril 25, 2025", "Revision 6.7\nApril 30, 2027")
    path = make_xlsx(tmp_path / "new.xlsx", parts={"xl/sharedStrings.xml": sst})
    main(["check", str(path), "--json"])
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "FILE-NEWER-VERSION" in codes


def test_templates_add_and_list(
    tmp_path: Path, templates_dir: Path, shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path)]
    assert main([*data, "templates", "list"]) == 0
    assert "empty" in capsys.readouterr().out
    assert main([*data, "templates", "add", str(templates_dir / "RMI_CRT_2.2_zh.xlsx")]) == 0
    assert "CRT 2.2" in capsys.readouterr().out
    assert main([*data, "templates", "add", str(shared_dir / FILLED)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "filled declaration" in err[0]
    assert main([*data, "templates", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["Family", "Version", "Released", "Smelters", "Languages"]
    assert out[1].split()[:4] == ["CRT", "2.2", "2020-10-28", "90"]
    assert "English" in out[1]
