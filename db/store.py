"""The Store: MRT Desk's data folder and SQLite database, one unit of work per user action."""

from __future__ import annotations

import getpass
import sqlite3
from contextlib import suppress
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import sessionmaker

from db import backups, migrate, summaries
from db.engine import make_engine
from db.errors import StoreDamagedError, StoreError
from db.lock import FolderLock
from db.models import ChangeRecord, CompanyProfile, ConfirmRecord
from db.records import Change, DeclarationSummary, StoredDeclaration, is_received
from db.store_base import aware, translate
from db.store_facilities import FacilitiesMixin
from db.store_io import IoMixin
from db.store_profiles import ProfilesMixin
from db.store_requests import RequestsMixin
from db.store_review import ReviewMixin
from db.store_safety import emptied, private_database
from db.store_suppliers import SuppliersMixin
from forms.review.status import Status

DB_NAME = "mrtdesk.sqlite"
CHECKED_MARKER = ".mrtdesk-checked"
"""The day the whole database file was last found sound (see `Store._prepare`)."""
STATUSES = tuple(s.value for s in Status)


def _integrity(db_path: Path, *, full: bool) -> str | None:
    """None when the file is sound, else what SQLite reported. The full check reads the whole
    file (about a second per 100 MB); the other only that it is an SQLite database."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "PRAGMA integrity_check" if full else "PRAGMA schema_version"
        ).fetchall()
        if not full:
            return None
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return None if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:5])


class Store(IoMixin, ReviewMixin, RequestsMixin, ProfilesMixin, FacilitiesMixin, SuppliersMixin):
    """Every declaration of one data folder.

    Each method is one unit of work (one session, committed before it returns) and returns plain
    objects. Use `Store.open`; call `close` when done.

    Attributes:
        data_dir: the data folder.
        db_path: the SQLite file in it.
        user: the name written into the change history.
    """

    def __init__(self, data_dir: Path, *, user: str | None, pragmas: tuple[str, ...]) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / DB_NAME
        self.user = user
        self._lock = FolderLock(data_dir)
        self._pragmas = pragmas
        self._engine = make_engine(self.db_path, pragmas=pragmas)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self._closed = False

    @classmethod
    def open(
        cls, data_dir: Path, *, user: str | None = None, pragmas: tuple[str, ...] = ()
    ) -> Store:
        """Open (creating when needed) the store of `data_dir`: lock the folder, check the
        file, back it up, bring its schema up to date."""
        data_dir = Path(data_dir)
        if user is None:
            try:
                user = getpass.getuser()
            except (OSError, KeyError):
                user = None
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"MRT Desk cannot create its data folder {data_dir} ({exc.strerror}). Choose "
                "another data folder."
            ) from exc
        store = cls(data_dir, user=user, pragmas=pragmas)
        store._lock.acquire()
        try:
            store._prepare()
        except BaseException:
            store.close()
            raise
        return store

    def _prepare(self) -> None:
        backup_dir = backups.backups_dir(self.data_dir)
        try:
            backups.tidy(backup_dir)
            if self.db_path.exists():
                # The whole file is checked at the first opening of each day (before the day's
                # backup): checking it at every start made starting take longer as data grew.
                due = self._check_due()
                problem = _integrity(self.db_path, full=due) or emptied(self.db_path, backup_dir)
                if problem is not None:
                    raise StoreDamagedError(
                        f"The database in {self.data_dir} is damaged ({problem}). Restore one "
                        "of the backups MRT Desk made; the damaged file is kept.",
                        backups.list_backups(backup_dir),
                    )
                private_database(self.db_path)
                if due:
                    self._checked_today()
                self._daily_backup(backup_dir)
            else:
                private_database(self.db_path)
            migrate.upgrade(self._engine, self.db_path, backup_dir)
            self.sync_templates()
        except (sqlite3.OperationalError, sa_exc.OperationalError, OSError) as exc:
            raise translate(exc, self.data_dir) from exc

    def _check_due(self) -> bool:
        """Is the whole file still to be checked today?"""
        try:
            return (self.data_dir / CHECKED_MARKER).read_text().strip() != date.today().isoformat()
        except OSError:
            return True

    def _checked_today(self) -> None:
        with suppress(OSError):  # then the next opening checks again
            (self.data_dir / CHECKED_MARKER).write_text(date.today().isoformat())

    def _daily_backup(self, backup_dir: Path) -> None:
        today = date.today().strftime("%Y%m%d")
        if self.db_path.stat().st_size == 0:
            return
        if not any(p.name.startswith(f"mrtdesk-{today}") for p in backups.list_backups(backup_dir)):
            backups.make_backup(self.db_path, backup_dir, "daily")

    @staticmethod
    def restore_backup(data_dir: Path, backup: Path) -> None:
        """Put `backup` in place of the data folder's database (the store must not be open);
        the file it replaces is kept in the backups folder."""
        lock = FolderLock(Path(data_dir))
        lock.acquire()
        try:
            backups.restore(backup, Path(data_dir) / DB_NAME)
            (Path(data_dir) / CHECKED_MARKER).unlink(missing_ok=True)  # check it at next open
        except OSError as exc:
            raise translate(exc, Path(data_dir)) from exc
        finally:
            lock.release()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._engine.dispose()
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def backup(self) -> Path:
        """A backup copy of the database now; returns its path."""
        with self._guard():
            return backups.make_backup(self.db_path, backups.backups_dir(self.data_dir), "manual")

    def backups(self) -> list[Path]:
        return backups.list_backups(backups.backups_dir(self.data_dir))

    # --- reading ------------------------------------------------------------------------------

    def list_declarations(self, *, include_deleted: bool = False) -> list[DeclarationSummary]:
        """Every declaration's summary (kept by each write), newest change first."""
        with self._unit() as s:
            profile = s.get(CompanyProfile, 1)
            own = profile.name if profile is not None else None
            return summaries.listed(s, own_company=own, include_deleted=include_deleted)

    def load(self, decl_id: int) -> StoredDeclaration:
        with self._unit() as s:
            rec = self._record(s, decl_id)
            return StoredDeclaration(
                id=rec.id,
                declaration=self._read(s, rec),
                customer=rec.customer.name if rec.customer else None,
                period=rec.period,
                status=rec.status,
                template_sha256=rec.template_sha256,
                source_file=rec.source_file,
                source_sha256=rec.source_sha256,
                created_at=aware(rec.created_at),
                updated_at=aware(rec.updated_at),
            )

    def history(self, decl_id: int) -> list[Change]:
        with self._unit() as s:
            self._record(s, decl_id)
            query = (
                select(ChangeRecord)
                .where(ChangeRecord.declaration_id == decl_id)
                .order_by(ChangeRecord.id)
            )
            return [
                Change(c.field, c.old, c.new, aware(c.at), c.user, c.note) for c in s.scalars(query)
            ]

    def is_received(self, decl_id: int) -> bool:
        """Whether the declaration is a supplier's, read from their file (`is_received`)."""
        with self._unit() as s:
            rec = self._record(s, decl_id)
            profile = s.get(CompanyProfile, 1)
            return is_received(rec.source_file, rec.name, profile.name if profile else None)

    def confirm_unchanged(self, decl_id: int, path: str) -> None:
        """The user confirmed a carried-over field as it is: it leaves the items to confirm
        (recorded in the history) without an edit."""
        with self._unit() as s:
            rec = self._record(s, decl_id)
            gone = s.execute(
                delete(ConfirmRecord)
                .filter_by(declaration_id=decl_id, path=path)
                .execution_options(synchronize_session=False)
            )
            if getattr(gone, "rowcount", 0):
                self._log(s, rec, "confirmed", path, "unchanged")

    def confirm_items(self, decl_id: int) -> list[tuple[str, str]]:
        """(path, reason) of fields still to confirm after "start from previous"."""
        with self._unit() as s:
            query = (
                select(ConfirmRecord)
                .where(ConfirmRecord.declaration_id == decl_id)
                .order_by(ConfirmRecord.id)
            )
            return [(c.path, c.reason) for c in s.scalars(query)]
