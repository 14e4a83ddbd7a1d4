"""`mrtdesk FILE.xlsx` (how "Open with" starts the app) hands the file to the app, not argparse."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.main import _file_to_open

COMMANDS = {"check", "inspect", "export"}


def test_workbook_argument_is_taken_out(tmp_path: Path) -> None:
    book = tmp_path / "supplier.xlsx"
    book.write_bytes(b"PK")
    argv, path = _file_to_open([str(book)], COMMANDS)
    assert argv == [] and path == str(book)


def test_data_dir_before_the_workbook_is_kept(tmp_path: Path) -> None:
    book = tmp_path / "a.xlsx"
    book.write_bytes(b"PK")
    argv, path = _file_to_open(["--data-dir", str(tmp_path), str(book)], COMMANDS)
    assert argv == ["--data-dir", str(tmp_path)] and path == str(book)


def test_commands_and_missing_files_go_to_argparse(tmp_path: Path) -> None:
    assert _file_to_open(["inspect", "x.xlsx"], COMMANDS) == (["inspect", "x.xlsx"], None)
    missing = str(tmp_path / "missing.xlsx")
    assert _file_to_open([missing], COMMANDS) == ([missing], None)
