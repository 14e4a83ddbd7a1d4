"""`mrtdesk check --input DECL.json`: exit codes, text and JSON output, readable errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from forms.rules.messages import MESSAGES, english

DATA = Path(__file__).resolve().parents[2] / "data"
CASES = [("cmrt-6.5", 3), ("crt-2.2", 2), ("emrt-2.1", 3)]


@pytest.mark.parametrize(("name", "_"), CASES)
def test_complete_declaration_exits_0(
    name: str, _: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--input", str(DATA / f"{name}-complete.json"), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["checker_remaining"] == 0 and doc["errors"] == 0


@pytest.mark.parametrize(("name", "remaining"), CASES)
def test_incomplete_declaration_exits_1(
    name: str, remaining: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--input", str(DATA / f"{name}-incomplete.json"), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["checker_remaining"] == remaining == doc["errors"]
    for f in doc["findings"]:
        keys = {"code", "id", "severity", "path", "message", "hint", "sheet", "cell", "params"}
        assert set(f) == keys
        # The message stays English; the id and params say how the app words it.
        assert f["id"] in MESSAGES and english(f["id"], f["params"])[0] == f["message"]


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--input", str(DATA / "cmrt-6.5-incomplete.json")]) == 1
    out = capsys.readouterr().out
    assert "ERROR   CHK-CONTACT-EMAIL [Declaration!D16]" in out
    assert "WARNING RF-SMELTER-NOT-IDENTIFIED [Smelter List!C6]" in out
    assert "the template's Checker would show 3" in out


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("broken-syntax.json", "not valid JSON (line 4"),
        ("broken-types.json", "company.name: expected a string or null"),
        ("missing.json", "cannot read"),
    ],
)
def test_unusable_input_exits_2(
    name: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--input", str(DATA / name)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in captured.err
    assert "Traceback" not in captured.err


def test_unknown_template_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = json.loads((DATA / "crt-2.2-complete.json").read_text(encoding="utf-8"))
    doc["template"]["version"] = "3.0"
    path = tmp_path / "crt-3.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["check", "--input", str(path)]) == 2
    assert "CRT 3.0 is not a supported template" in capsys.readouterr().err


def test_answers_outside_the_options_are_warnings_not_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads((DATA / "crt-2.2-complete.json").read_text(encoding="utf-8"))
    doc["answers"]["Cobalt"]["6"]["answer"] = "Mostly"
    path = tmp_path / "messy.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["check", "--input", str(path), "--json"]) == 0
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert codes == ["RF-ANSWER-NOT-AN-OPTION"]


def test_needs_exactly_one_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert "give a workbook FILE or --input" in capsys.readouterr().err
