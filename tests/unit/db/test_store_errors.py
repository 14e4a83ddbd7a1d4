"""Store errors are told apart by their codes (SQLite result code, errno), not their words;
a missing declaration is `DeclarationNotFound`, not any KeyError."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc

from db.errors import DeclarationNotFound
from db.store_base import error_kind, translate


def _busy_error(tmp_path: Path) -> sqlite3.OperationalError:
    path = tmp_path / "busy.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("SELECT * FROM t")
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        other.close()
        holder.close()
    raise AssertionError("the second connection was not refused")


def test_a_real_busy_database_is_busy_by_its_code(tmp_path: Path) -> None:
    exc = _busy_error(tmp_path)
    assert exc.sqlite_errorcode & 0xFF == 5  # SQLITE_BUSY
    assert error_kind(exc) == "busy"
    wrapped = sa_exc.OperationalError("SELECT", {}, exc)
    assert error_kind(wrapped) == "busy"
    assert "busy" in str(translate(wrapped, tmp_path))


def test_a_real_read_only_database_is_read_only_by_its_code(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        con.execute("INSERT INTO t VALUES (1)")
    con.close()
    assert error_kind(info.value) == "read_only"
    assert "read-only" in str(translate(info.value, tmp_path))


@pytest.mark.parametrize(
    ("code", "kind"),
    [(errno.ENOSPC, "full"), (errno.EDQUOT, "full"), (errno.EROFS, "read_only"),
     (errno.EACCES, "read_only"), (errno.EIO, "other")],
)  # fmt: skip
def test_os_errors_are_told_apart_by_errno(code: int, kind: str) -> None:
    assert error_kind(OSError(code, "a message in any language")) == kind


def test_the_words_of_a_message_decide_nothing(tmp_path: Path) -> None:
    # A message that merely mentions "full" or "locked" (here: from a path or a translation).
    assert error_kind(sqlite3.OperationalError("table full_locked_readonly missing")) == "other"
    assert error_kind(OSError(errno.EIO, "disk is full")) == "other"
    assert "could not use its database" in str(translate(OSError(errno.EIO, "x"), tmp_path))


def test_declaration_not_found_is_no_key_error() -> None:
    exc = DeclarationNotFound(7)
    assert exc.decl_id == 7 and isinstance(exc, LookupError) and not isinstance(exc, KeyError)
