"""Connecting to a team PostgreSQL server: its URL (never with a password), the password from
libpq's own places (`PGPASSWORD`, `~/.pgpass`, a service file) or asked once and kept in the
system keyring (`keyring`), and the words for a server that cannot be reached — which host,
what failed — as `ServerUnavailableError`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from sqlalchemy import URL, Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError

from db.errors import StoreError

KEYRING_SERVICE = "MRT Desk team database"
CONNECT_TIMEOUT_S = 5
PasswordPrompt = Callable[[str], str | None]
"""Asked for a password with the words naming the server and login; None when cancelled."""


class ServerUnavailableError(StoreError):
    """The team database cannot be reached or refuses the connection.

    Attributes:
        host: the server as named in the URL ("db.office.lan:5432").
        reason: what failed, in words.
    """

    def __init__(self, message: str, host: str, reason: str) -> None:
        super().__init__(message)
        self.host = host
        self.reason = reason


class PasswordNeededError(ServerUnavailableError):
    """The server wants a password that libpq did not find and nobody typed."""


def team_url(text: str) -> URL:
    """The URL of a team database, for SQLAlchemy with psycopg 3. `StoreError` for a URL that
    is not PostgreSQL or that holds a password."""
    try:
        url = make_url(text.strip())
    except ArgumentError as exc:
        raise StoreError(
            f"{text!r} is not a database address. Write it as "
            "postgresql://LOGIN@HOST[:PORT]/DATABASE (see docs/team.md)."
        ) from exc
    backend = url.get_backend_name()
    if backend not in {"postgresql", "postgres"}:
        raise StoreError(
            f"MRT Desk's team mode needs a PostgreSQL server (postgresql://…), not {backend}."
        )
    if url.password is not None:
        raise StoreError(
            "The database address must not hold a password (it would be kept in plain text). "
            "Remove it: MRT Desk asks for it once and keeps it in the system keyring, or put it "
            "in ~/.pgpass."
        )
    return url.set(drivername="postgresql+psycopg")


def server_of(url: URL) -> str:
    """The host (and port) in the user's words; libpq's default when the URL names none."""
    host = url.host or url.query.get("host") or os.environ.get("PGHOST") or "localhost"
    port = url.port or os.environ.get("PGPORT")
    return f"{host}:{port}" if port else str(host)


def display(url: URL) -> str:
    """The URL as shown to people (no password can be in it)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def _keyring_user(url: URL) -> str:
    return f"{url.username or ''}@{server_of(url)}/{url.database or ''}"


def saved_password(url: URL) -> str | None:
    """The password kept in the system keyring for this login and server, if any."""
    try:
        import keyring

        found = keyring.get_password(KEYRING_SERVICE, _keyring_user(url))
    except Exception:  # no usable keyring backend is the same as nothing saved
        return None
    return found if isinstance(found, str) else None


def save_password(url: URL, password: str) -> str | None:
    """Keep `password` in the system keyring; returns None when kept, else the words saying
    why not (no keyring on this computer) and what to do instead."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, _keyring_user(url), password)
    except (ImportError, KeyringError, RuntimeError, OSError) as exc:
        return (
            f"This computer has no system keyring ({exc}); the password is kept only until "
            "MRT Desk closes. To avoid typing it again, put it in ~/.pgpass (see docs/team.md)."
        )
    return None


def forget_password(url: URL) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, _keyring_user(url))
    except Exception:  # nothing kept, or no keyring: nothing to forget
        return


def why(exc: BaseException) -> str:
    """libpq's reason, shortened to the part a person can act on."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    first = lines[0] if lines else type(exc).__name__
    for prefix in ("connection failed:", "(psycopg.OperationalError)"):
        first = first.replace(prefix, "").strip()
    low = text.lower()
    for needle, words in (
        ("password authentication failed", "the password was not accepted"),
        ("no password supplied", "the server wants a password"),
        ("connection refused", "nothing answers on that port (is the server running?)"),
        ("could not translate host name", "the host name is not known on this network"),
        ("name or service not known", "the host name is not known on this network"),
        ("timeout expired", f"no answer within {CONNECT_TIMEOUT_S} seconds"),
        ("does not exist", first),
        ("no pg_hba.conf entry", "the server does not accept this computer or login"),
        ("ssl", first),
    ):
        if needle in low:
            return words
    return first


def unavailable(url: URL, exc: BaseException) -> ServerUnavailableError:
    """The words for a connection that failed (never a traceback)."""
    host, reason = server_of(url), why(exc)
    low = str(exc).lower()
    cls = (
        PasswordNeededError
        if "no password supplied" in low or "password authentication failed" in low
        else ServerUnavailableError
    )
    return cls(
        f"The team database on {host} cannot be used: {reason}.",
        host,
        reason,
    )


def make_team_engine(url: URL, *, password: str | None = None, pool_size: int = 2) -> Engine:
    """An engine on the team database; `password` only when libpq finds none itself."""
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "MRT Desk",
    }
    if password is not None:
        connect_args["password"] = password
    return create_engine(
        url, connect_args=connect_args, pool_size=pool_size, max_overflow=2, pool_pre_ping=True
    )


def connect_engine(
    url: URL, *, ask_password: PasswordPrompt | None = None
) -> tuple[Engine, str | None]:
    """An engine that has connected once; the password libpq did not find comes from the
    keyring, else `ask_password` (kept in the keyring on success). Returns the engine and, when
    the keyring could not keep the password, the words saying so."""
    from sqlalchemy import exc as sa_exc

    password = None
    note: str | None = None
    for attempt in range(3):
        engine = make_team_engine(url, password=password)
        try:
            with engine.connect():
                pass
        except sa_exc.OperationalError as exc:
            engine.dispose()
            problem = unavailable(url, exc)
            if not isinstance(problem, PasswordNeededError):
                raise problem from exc
            if attempt == 0 and (kept := saved_password(url)) is not None:
                password = kept
                continue
            if password is not None and password == saved_password(url):
                forget_password(url)
            if ask_password is None:
                raise problem from exc
            password = ask_password(
                f"Password of {url.username or 'your login'} on the team database "
                f"{server_of(url)}/{url.database or ''}"
            )
            if password is None:
                raise problem from exc
            continue
        if password is not None and password != saved_password(url):
            note = save_password(url, password)
        return engine, note
    raise ServerUnavailableError(
        f"The team database on {server_of(url)} did not accept the password.",
        server_of(url),
        "the password was not accepted",
    )
