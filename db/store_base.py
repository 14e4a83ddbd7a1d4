"""What every store operation shares: the unit of work, error wording, history rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db import summaries
from db.errors import StoreError
from db.mapping import read_declaration
from db.models import ChangeRecord, Customer, DeclarationRecord
from forms.declaration import Declaration
from forms.review.status import Status, Transition, edit_transition


def now() -> datetime:
    """The current time as stored: naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def parse_status(value: str | Status) -> Status:
    """A status as stored or as a caller names it: "in_review" and "in review" alike."""
    return Status(str(value).strip().replace(" ", "_"))


def translate(exc: BaseException, data_dir: Path) -> StoreError:
    """The user's words for an SQLite or OS failure."""
    text = str(exc).lower()
    if "full" in text or "no space" in text:
        return StoreError(
            f"The disk holding {data_dir} is full: the last change was not saved. Free some "
            "space and try again; everything saved before is safe."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StoreError(
            f"MRT Desk cannot write in its data folder {data_dir} (it is read-only): the last "
            "change was not saved. Give yourself write access to the folder or choose another "
            "data folder; everything saved before is safe."
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            f"The database in {data_dir} is busy (another program is using it). Try again."
        )
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
        rec = s.get(DeclarationRecord, decl_id)
        if rec is None:
            raise KeyError(f"no declaration {decl_id}")
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
