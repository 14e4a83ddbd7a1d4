"""The app's log: a rotating file in the data folder (`logs/mrtdesk.log`), and the terminal
with `--verbose`. Every error the app handles by carrying on is written here, so a user can
send the file in. No Qt here: the command line sets it up too."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
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
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path: Path | None = None
    if data_dir is not None and data_dir.is_dir():
        try:
            (data_dir / LOG_DIR).mkdir(exist_ok=True)
            path = log_path(data_dir)
            _add(root, RotatingFileHandler(path, "a", MAX_BYTES, BACKUPS, "utf-8", delay=True))
        except OSError:
            path = None  # a read-only data folder: the store says so; the log is not essential
    if verbose:
        _add(root, logging.StreamHandler(sys.stderr))
    if sys.excepthook is sys.__excepthook__:
        sys.excepthook = _log_uncaught
    return path


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    setattr(handler, _MARK, True)
    root.addHandler(handler)


def _log_uncaught(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    log.error("uncaught exception", exc_info=(kind, value, tb))
    sys.__excepthook__(kind, value, tb)
