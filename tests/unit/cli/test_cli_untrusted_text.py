"""Text from received workbooks reaches the terminal spelled out: no command prints an escape
sequence, NUL, C1 control, direction override or lone surrogate raw, and a console that cannot
encode a character (cp1252) shows it as `\\uXXXX` instead of crashing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_text import CONTROL_NAME, JX, hostile_workbook, unescaped

from desktop.cli.main import main

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def hostile(shared_dir: Path, tmp_path: Path) -> Path:
    return hostile_workbook(shared_dir / "fixtures" / "filled" / JX, tmp_path / "hostile.xlsx")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_inspect_spells_out_control_characters(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["inspect", str(hostile)], capsys)
    assert code == 0
    assert unescaped(out + err) == []
    assert "Evil" in out and "\\u001b" in out


def test_inspect_json_stays_valid_json(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["inspect", "--json", str(hostile)], capsys)
    assert code == 0
    assert unescaped(out) == []
    assert "Evil" in json.loads(out)["company"]["name"]


def test_check_list_and_rollup_spell_out_control_characters(
    hostile: Path, tmp_path: Path, shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["check", str(hostile)], capsys)
    assert code in (0, 1)
    assert unescaped(out + err) == []
    data = ["--data-dir", str(tmp_path / "data")]
    sample = shared_dir / "fixtures" / "filled" / JX
    stored = hostile_workbook(sample, tmp_path / "controls.xlsx", CONTROL_NAME)
    code, out, err = _run([*data, "import", str(stored)], capsys)
    assert code == 0, err
    assert unescaped(out + err) == []
    code, out, err = _run([*data, "list"], capsys)
    assert code == 0 and "Evil" in out
    assert unescaped(out + err) == []
    code, out, err = _run(["rollup", str(hostile), str(sample)], capsys)
    assert code == 0
    assert unescaped(out + err) == []
    assert "2 file(s) read, 0 unreadable" in out


@pytest.mark.parametrize("command", ["inspect", "check"])
def test_a_cp1252_console_does_not_crash(command: str, shared_dir: Path, tmp_path: Path) -> None:
    book = hostile_workbook(
        shared_dir / "fixtures" / "filled" / JX,
        tmp_path / "chinese.xlsx",
        name="株式会社 JX → Metals".encode(),
    )
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", command, str(book)],
        cwd=ROOT,
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
    )
    assert done.returncode in (0, 1), done.stderr.decode("cp1252", "replace")
    assert b"Traceback" not in done.stderr
    out = done.stdout.decode("cp1252")
    if command == "inspect":
        assert "\\u682a\\u5f0f\\u4f1a\\u793e JX \\u2192 Metals" in out
    else:
        assert "\\u2192" in out  # the hints' arrow
