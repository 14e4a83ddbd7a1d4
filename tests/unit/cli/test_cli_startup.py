"""The command line loads only what a command needs, and takes global options anywhere."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import COMMANDS, build_parser, main
from forms import declaration_json
from forms.workbook.writer import export_layout

DATA = Path(__file__).resolve().parents[2] / "data"

PROBE = """
import contextlib, io, json, sys
from desktop.cli.main import main
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic", "PySide6"})
print(json.dumps({"code": code, "heavy": heavy, "out": out.getvalue()[:200]}))
"""


def _modules_loaded(*argv: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(proc.stdout.splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    decl, problems = declaration_json.load(DATA / "cmrt-6.5-complete.json")
    assert decl is not None, problems
    path = tmp_path_factory.mktemp("cli") / "declaration.xlsx"
    export_layout(decl, path)
    return path


def test_version_loads_neither_qt_nor_sqlalchemy() -> None:
    result = _modules_loaded("--version")
    assert result["code"] == 0 and str(result["out"]).startswith("mrtdesk ")
    assert result["heavy"] == []


def test_inspect_loads_neither_qt_nor_sqlalchemy(workbook: Path) -> None:
    result = _modules_loaded("inspect", str(workbook), "--json")
    assert result["code"] == 0 and '"template"' in str(result["out"])
    assert result["heavy"] == []


def test_check_loads_neither_qt_nor_sqlalchemy(workbook: Path) -> None:
    for argv in (
        ["check", str(workbook)],
        ["check", "--input", str(DATA / "cmrt-6.5-complete.json")],
    ):
        result = _modules_loaded(*argv)
        assert result["code"] == 0
        assert result["heavy"] == []


def test_every_registered_command_is_in_the_table() -> None:
    """A command module's sub-commands and `COMMANDS` agree, so lazy loading finds each one."""
    for module in sorted({m for m, _ in COMMANDS.values()}):
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"desktop.cli.{module}").register(sub)
        for name in sub.choices:
            assert COMMANDS.get(name, ("",))[0] == module, f"{name} of {module} not in COMMANDS"
        assert {n for n, (m, _) in COMMANDS.items() if m == module} == set(sub.choices)
    full = build_parser("*")
    for name in COMMANDS:
        args = full.parse_args([name, *_minimal_args(name)])
        assert args.func is not None


def _minimal_args(name: str) -> list[str]:
    return {
        "check": ["x.xlsx"],
        "export": ["--input", "x.json", "--output", "y.xlsx"],
        "import": ["x.xlsx"],
        "inspect": ["x.xlsx"],
        "rollup": ["x.xlsx"],
        "templates": ["list"],
        "facilities": ["list"],
        "intake": ["x.xlsx"],
        "restore": ["1"],
        "store": ["copy", "--to", "folder"],
        "suppliers": ["list"],
        "team": ["init"],
    }.get(name, [])


def test_data_dir_after_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    assert main(["list", "--json", "--data-dir", str(after)]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert (after / "mrtdesk.sqlite").is_file()
    assert main(["templates", "list", "--data-dir", str(before)]) == 0
    assert "empty" in capsys.readouterr().out
    # Given twice, the one after the command wins; given once before, it is kept.
    assert main(["--data-dir", str(before), "list", "--data-dir", str(after)]) == 0
    assert not (before / "mrtdesk.sqlite").exists()
    assert main(["--data-dir", str(before), "list"]) == 0
    assert (before / "mrtdesk.sqlite").is_file()


def test_version_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["inspect", "--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.startswith("mrtdesk ")
