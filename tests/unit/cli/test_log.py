"""The log: a rotating file in the data folder, and stderr with --verbose."""

from __future__ import annotations

import logging
import subprocess
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import applog
from desktop.cli.main import main

ROOT = Path(__file__).resolve().parents[3]


def test_the_log_goes_to_the_data_folder_and_rotates(tmp_path: Path) -> None:
    try:
        path = applog.setup(tmp_path)
        assert path == tmp_path / "logs" / "mrtdesk.log"
        logging.getLogger("db.store_base").error("something went wrong: %s", "disk")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "ERROR db.store_base: something went wrong: disk" in path.read_text("utf-8")
        handler = next(
            h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)
        )
        assert handler.maxBytes == applog.MAX_BYTES and handler.backupCount == applog.BACKUPS
    finally:
        applog.setup(None)


def test_no_data_folder_no_file(tmp_path: Path) -> None:
    try:
        assert applog.setup(tmp_path / "missing") is None
        assert not (tmp_path / "missing").exists()
    finally:
        applog.setup(None)


def test_export_of_a_missing_declaration_says_so(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    try:
        code = main(
            [
                "--data-dir",
                str(tmp_path),
                "export",
                "--draft",
                "999",
                "--output",
                str(tmp_path / "x.xlsx"),
            ]
        )
    finally:
        applog.setup(None)
    assert code != 0 and "no declaration 999" in capsys.readouterr().err


def test_verbose_writes_the_log_to_stderr(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "--verbose", "--data-dir", str(tmp_path),
         "export", "--draft", "999", "--output", str(tmp_path / "x.xlsx")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode != 0
    assert (tmp_path / "logs" / "mrtdesk.log").exists()
    assert "DEBUG mrtdesk: mrtdesk" in done.stderr and ": export" in done.stderr, done.stderr


def test_a_command_opens_its_log_file_at_the_first_record(tmp_path: Path) -> None:
    """The command line sets the log up without finding the data folder or opening the file;
    the first record does both and is written."""
    asked: list[int] = []

    def data_dir() -> Path:
        asked.append(1)
        return tmp_path

    try:
        applog.setup_on_first_record(data_dir)
        assert asked == [] and not (tmp_path / "logs").exists()
        logging.getLogger("forms.batch").warning("first %s", "record")
        logging.getLogger("forms.batch").warning("second")
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = (tmp_path / "logs" / "mrtdesk.log").read_text("utf-8")
        assert asked == [1] and "WARNING forms.batch: first record" in text and "second" in text
    finally:
        applog.setup(None)
