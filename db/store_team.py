"""The Store on a team PostgreSQL database: the same API as the local store, with the team's
rules — the schema must match, each person is their database login, history rows carry the
server's time, approval follows the roles, and other desks' changes can be heard.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from db import team_rules, team_schema
from db.errors import StoreError
from db.models import DeclarationRecord
from db.store import Store
from db.store_base import aware, now, parse_status
from db.team_connection import PasswordPrompt, connect_engine, display, team_url, unavailable
from db.team_listen import ChangeListener
from forms.review.status import Status, Transition, transition

_CONNECTION_LOST = ("08", "57P")  # SQLSTATE classes: connection exception, operator intervention


class TeamStore(Store):
    """The store of a team: every method as `Store`, on the shared PostgreSQL database.

    Attributes:
        url: the team database (no password in it).
        role: "administrator", "reviewer", "preparer" or None (the login is in no team role).
        keyring_note: why a typed password could not be kept (no system keyring), else None.
    """

    url: URL
    role: str | None
    keyring_note: str | None
    shared = True
    """Other desks write here too: editors name the value each edit was made on."""

    def __init__(self, url: URL, engine: Engine, data_dir: Path) -> None:
        super().__init__(data_dir, user=None, pragmas=())
        self._engine.dispose()  # the local file's engine: created, never connected
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.url = url
        self.role = None
        self.keyring_note = None

    @classmethod
    def open_team(
        cls, url_text: str, *, data_dir: Path, ask_password: PasswordPrompt | None = None
    ) -> TeamStore:
        """Connect to the team database at `url_text` and check its schema is this desk's.
        `ServerUnavailableError` (words: host, what failed) when it cannot be reached."""
        url = team_url(url_text)
        engine, note = connect_engine(url, ask_password=ask_password)
        store = cls(url, engine, Path(data_dir))
        store.keyring_note = note
        try:
            store._prepare()
        except BaseException:
            store.close()
            raise
        return store

    @property
    def where(self) -> str:
        return display(self.url)

    def _prepare(self) -> None:
        with self._guard():
            with self._engine.connect() as conn:
                self.user = conn.execute(text("SELECT session_user")).scalar()
                self.role = team_schema.role_of(conn)
                set_up = conn.execute(text("SELECT to_regclass('declarations')")).scalar()
            if self.role is None and set_up is not None:
                raise StoreError(
                    f"{self.who} may connect to {self.where} but is not in the team. The "
                    f"administrator adds you with: mrtdesk team add-user {self.who} --role "
                    "preparer (or reviewer)"
                )
            team_schema.check(self._engine, self.where)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.sync_templates()
        except OSError:
            pass  # the local template library is optional in team mode

    @contextmanager
    def _guard(self) -> Iterator[None]:
        if self._closed:
            raise StoreError("The store is closed.")
        try:
            yield
        except sa_exc.DBAPIError as exc:
            raise self._words(exc) from exc

    def _words(self, exc: sa_exc.DBAPIError) -> StoreError:
        state = str(getattr(exc.orig, "sqlstate", None) or "")
        message = str(getattr(getattr(exc.orig, "diag", None), "message_primary", None) or "")
        if exc.connection_invalidated or not state or state.startswith(_CONNECTION_LOST):
            return unavailable(self.url, exc)
        if state == "42501":  # insufficient_privilege, also raised by the approval trigger
            cls = team_rules.ApprovalRefusedError if "approv" in message else StoreError
            return cls(f"The team database does not let {self.who} do this: {message}.")
        if state.startswith("40"):  # serialization failure, deadlock: nothing was written
            return StoreError("Another desk was saving the same declaration; try again.")
        return StoreError(f"The team database {self.where} refused this: {message or exc.orig}.")

    def backup(self) -> Path:
        """A `pg_dump` of the team database into the local backups folder."""
        from db.backups import backups_dir

        out = team_schema.backup(self.url, backups_dir(self.data_dir))
        if out is None:
            raise StoreError(
                "pg_dump is not installed on this computer; the administrator backs up the "
                "team database on the server (docs/team.md)."
            )
        return out

    def backups(self) -> list[Path]:
        return []

    # --- the team's rules ---------------------------------------------------------------------

    @staticmethod
    def _server_now(s: Session) -> datetime:
        if "server_now" not in s.info:
            s.info["server_now"] = s.execute(text("SELECT now() AT TIME ZONE 'UTC'")).scalar()
        moment: datetime = s.info["server_now"]
        return moment

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
        """History rows carry the server's time (and, by the server's trigger, the login)."""
        super()._log(s, rec, field, old, new, at=self._server_now(s), note=note)

    def set_status(
        self, decl_id: int, status: str | Status, note: str = "", *, alone: bool = False
    ) -> Transition | None:
        target = parse_status(status)
        if target is Status.APPROVED:
            with self._unit() as s:
                current = parse_status(self._record(s, decl_id).status)
                if current is not target:
                    transition(current, target, by=self.who, at=aware(now()))  # refused first
                    team_rules.check_approval(s, decl_id, self.who, self.role)
        return super().set_status(decl_id, status, note, alone=alone)

    def listen(self) -> ChangeListener:
        """A listener hearing every new or changed declaration of the team database."""
        with self._guard():
            return ChangeListener(self._engine)
