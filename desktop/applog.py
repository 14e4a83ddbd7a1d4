"""The app's log: a rotating file in the data folder (`logs/mrtdesk.log`), and the terminal
with `--verbose`. Every error the app handles by carrying on is written here, so a user can
send the file in. No Qt here: the command line sets it up too."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_DIR = "logs"
LOG_FILE = "mrtdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MARK = "_mrtdesk_handler"
log = logging.getLogger("mrtdesk")


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIR / LOG_FILE


def setup(data_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Send the log to the data folder's rotating file (when the folder exists) and, with
    `verbose`, to stderr at debug level; returns the log file, None without one. Calling it
    again replaces what an earlier call set up."""
    root = _reset(verbose)
    path = _file_handler(root, data_dir)
    _finish(root, verbose)
    return path


def setup_on_first_record(data_dir: Callable[[], Path | None], *, verbose: bool = False) -> None:
    """`setup`, with the file opened at the first record: a command that logs nothing finds no
    data folder and loads no file handler (part of a command's start-up time)."""
    root = _reset(verbose)
    _add(root, _FirstRecord(data_dir))
    _finish(root, verbose)


class _FirstRecord(logging.Handler):
    """The rotating file, opened at the first record (`setup_on_first_record`)."""

    def __init__(self, data_dir: Callable[[], Path | None]) -> None:
        super().__init__()
        self.data_dir: Callable[[], Path | None] | None = data_dir
        self.file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.data_dir is not None:  # the first record (the root's handlers stay as they are)
            found, self.data_dir = self.data_dir(), None
            self.file = _opened_file(found)
        if self.file is not None:
            self.file.handle(record)

    def flush(self) -> None:
        if self.file is not None:
            self.file.flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


def _reset(verbose: bool) -> logging.Logger:
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return root


def _file_handler(root: logging.Logger, data_dir: Path | None) -> Path | None:
    handler = _opened_file(data_dir)
    if handler is None:
        return None
    _add(root, handler)
    return Path(handler.baseFilename)


def _opened_file(data_dir: Path | None) -> logging.FileHandler | None:
    """The rotating log file of `data_dir` (opened at its first record), None without one."""
    from logging.handlers import RotatingFileHandler

    if data_dir is None or not data_dir.is_dir():
        return None
    try:
        (data_dir / LOG_DIR).mkdir(exist_ok=True)
        handler = RotatingFileHandler(
            log_path(data_dir), "a", MAX_BYTES, BACKUPS, "utf-8", delay=True
        )
    except OSError:
        return None  # a read-only data folder: the store says so; the log is not essential
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def _finish(root: logging.Logger, verbose: bool) -> None:
    if verbose:
        _add(root, logging.StreamHandler(sys.stderr))
    if sys.excepthook is sys.__excepthook__:
        sys.excepthook = _log_uncaught


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    setattr(handler, _MARK, True)
    root.addHandler(handler)


def _log_uncaught(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    log.error("uncaught exception", exc_info=(kind, value, tb))
    sys.__excepthook__(kind, value, tb)
