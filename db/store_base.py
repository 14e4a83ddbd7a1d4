"""What every store operation shares: the unit of work, error wording, history rows."""

from __future__ import annotations

import errno
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db import summaries
from db.errors import DeclarationNotFound, StoreError
from db.mapping import read_declaration
from db.models import ChangeRecord, Customer, DeclarationRecord
from forms.declaration import Declaration
from forms.review.status import Status, Transition, edit_transition

log = logging.getLogger(__name__)


def now() -> datetime:
    """The current time as stored: naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def parse_status(value: str | Status) -> Status:
    """A status as stored or as a caller names it: "in_review" and "in review" alike."""
    return Status(str(value).strip().replace(" ", "_"))


# SQLite's primary result codes (the low byte of an extended code), https://sqlite.org/rescode.html
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_FULL = 3, 5, 6, 8, 13
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}

ErrorKind = Literal["full", "read_only", "busy", "other"]


def error_kind(exc: BaseException) -> ErrorKind:
    """What went wrong, from the error's code (SQLite result code or OS errno), never from the
    words of its message, which vary by platform and language."""
    cause: BaseException = getattr(exc, "orig", None) or exc
    if isinstance(cause, OSError):
        if cause.errno in _FULL_ERRNOS:
            return "full"
        return "read_only" if cause.errno in _READ_ONLY_ERRNOS else "other"
    code = getattr(cause, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return "other"
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return "full"
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return "read_only"
    return "busy" if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) else "other"


def translate(exc: BaseException, data_dir: Path) -> StoreError:
    """The user's words for an SQLite or OS failure."""
    kind = error_kind(exc)
    if kind == "full":
        return StoreError(
            f"The disk holding {data_dir} is full: the last change was not saved. Free some "
            "space and try again; everything saved before is safe."
        )
    if kind == "read_only":
        return StoreError(
            f"MRT Desk cannot write in its data folder {data_dir} (it is read-only): the last "
            "change was not saved. Give yourself write access to the folder or choose another "
            "data folder; everything saved before is safe."
        )
    if kind == "busy":
        return StoreError(
            f"The database in {data_dir} is busy (another program is using it). Try again."
        )
    log.error("store error in %s", data_dir, exc_info=exc)
    return StoreError(f"MRT Desk could not use its database in {data_dir}: {exc}.")


class StoreBase:
    """The state and helpers of a `Store` (see `db.store`)."""

    data_dir: Path
    user: str | None
    _sessions: sessionmaker[Session]
    _closed: bool

    @contextmanager
    def _guard(self) -> Iterator[None]:
        if self._closed:
            raise StoreError("The store is closed.")
        try:
            yield
        except (sa_exc.OperationalError, sqlite3.OperationalError, OSError) as exc:
            raise translate(exc, self.data_dir) from exc

    @contextmanager
    def _unit(self) -> Iterator[Session]:
        with self._guard(), self._sessions.begin() as s:
            yield s
            summaries.refresh(s)

    @staticmethod
    def _record(s: Session, decl_id: int) -> DeclarationRecord:
        # Locked for the unit (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises): two
        # desks' changes to one declaration never interleave between check and write.
        rec = s.get(DeclarationRecord, decl_id, with_for_update=True)
        if rec is None:
            raise DeclarationNotFound(decl_id)
        return rec

    def _log(
        self,
        s: Session,
        rec: DeclarationRecord,
        field: str,
        old: Any,
        new: Any,
        *,
        at: datetime | None = None,
        note: str | None = None,
    ) -> None:
        """A history row, and the declaration marked as changed."""
        moment = at or now()
        s.add(
            ChangeRecord(
                declaration_id=rec.id,
                field=field,
                old=_text(old),
                new=_text(new),
                at=moment,
                user=self.user,
                note=note or None,
            )
        )
        rec.updated_at = moment
        rec.revision += 1
        summaries.touch(s, rec)

    @property
    def who(self) -> str:
        """The name a status change or review comment is recorded under."""
        return (self.user or "").strip() or "unknown user"

    def _record_transition(self, s: Session, rec: DeclarationRecord, t: Transition) -> None:
        rec.status = t.to_status.value
        at = t.at.astimezone(UTC).replace(tzinfo=None)
        self._log(s, rec, "status", t.from_status.value, t.to_status.value, at=at, note=t.note)

    def _edited(self, s: Session, rec: DeclarationRecord) -> None:
        """After an edit: an approved or sent declaration goes back to draft (the UI warned)."""
        t = edit_transition(parse_status(rec.status), by=self.who, at=aware(now()))
        if t is not None:
            self._record_transition(s, rec, t)

    @staticmethod
    def _customer(s: Session, name: str | None) -> Customer | None:
        if not name or not name.strip():
            return None
        found = s.scalars(select(Customer).filter_by(name=name.strip())).one_or_none()
        if found is None:
            found = Customer(name=name.strip())
            s.add(found)
        return found

    @staticmethod
    def _read(s: Session, rec: DeclarationRecord) -> Declaration:
        return read_declaration(s, rec)


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
