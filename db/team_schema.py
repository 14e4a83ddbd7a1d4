"""A team database's schema and people: checking a desk matches it, creating and upgrading it
(`pg_dump` first), the two group roles and their least-privilege grants, adding a login.

Every function takes an engine connected as someone allowed to do it: the administrator (the
schema's owner) for `init`, `upgrade` and `add_user`; anyone for `check`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, text

from db import migrate
from db.errors import StoreError
from db.migrations import HEAD

ROLES = {"preparer": "mrtdesk_preparer", "reviewer": "mrtdesk_reviewer"}

# Least privilege: both roles read and write declarations and their parts; the history is
# append-only (no UPDATE or DELETE on changes); the schema version and team settings are
# read-only; nobody but the administrator changes the schema.
_READ_WRITE = (
    "declarations", "answers", "smelters", "mines", "products", "confirm_items",
    "review_comments", "customers", "customer_requests", "company_profile",
    "templates", "smelter_lookup", "countries", "translations", "customer_profiles",
    "suppliers", "campaigns", "campaign_entries", "facility_lists", "facilities",
    "declaration_summaries",
)  # fmt: skip
_APPEND_ONLY = ("changes",)
_READ_ONLY = ("alembic_version", "team_settings")


def current(conn: Connection) -> str | None:
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check(engine: Engine, where: str) -> None:
    """`StoreError` unless the team database has exactly this desk's schema (never migrated
    from a desk: the administrator runs `mrtdesk team upgrade`)."""
    with engine.connect() as conn:
        found = current(conn)
    if found == HEAD:
        return
    if found is None:
        raise StoreError(
            f"The team database {where} has no MRT Desk tables yet. The administrator creates "
            f"them with: mrtdesk team init {where}"
        )
    from alembic.script import ScriptDirectory

    known = {s.revision for s in ScriptDirectory.from_config(migrate._config(migrate.SCRIPTS))
             .walk_revisions()}  # fmt: skip
    if found in known:
        raise StoreError(
            f"The team database {where} has an older schema ({found}) than this MRT Desk "
            f"({HEAD}). The administrator upgrades it (after a backup) with: "
            f"mrtdesk team upgrade {where}"
        )
    raise StoreError(
        f"The team database {where} was set up by a newer MRT Desk (schema {found}; this one "
        f"knows {HEAD}). Install the version your team uses."
    )


def _migrate(engine: Engine) -> None:
    from alembic import command

    cfg = migrate._config(migrate.SCRIPTS)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def ensure_roles(engine: Engine) -> None:
    """The group roles (NOLOGIN) and their grants on this database; safe to run again."""
    with engine.begin() as conn:
        database = conn.execute(text("SELECT current_database()")).scalar()
        for role in ROLES.values():
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).scalar()
            if not exists:
                conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
            conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {role}'))
            conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
            conn.execute(text(f"REVOKE CREATE ON SCHEMA public FROM {role}"))
            tables = ", ".join(_READ_WRITE)
            conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {role}"))
            conn.execute(text(f"GRANT SELECT, INSERT ON {', '.join(_APPEND_ONLY)} TO {role}"))
            conn.execute(text(f"GRANT SELECT ON {', '.join(_READ_ONLY)} TO {role}"))
            conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}"))
        conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))


def init(engine: Engine) -> str:
    """Create the schema in an empty database and the two roles; returns what was done."""
    with engine.connect() as conn:
        found = current(conn)
    if found is not None and found != HEAD:
        raise StoreError(
            f"This database already has an MRT Desk schema ({found}); use mrtdesk team upgrade."
        )
    if found is None:
        _migrate(engine)
    ensure_roles(engine)
    return "created the schema" if found is None else "the schema was already there"


def backup(url: URL, target_dir: Path) -> Path | None:
    """A `pg_dump` of the team database into `target_dir` (None when pg_dump is absent)."""
    exe = shutil.which("pg_dump")
    if exe is None:
        return None
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    out = target_dir / f"team-{url.database or 'db'}-{stamp}.dump"
    libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
    done = subprocess.run(
        [exe, "--format=custom", f"--file={out}", f"--dbname={libpq}"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=False,
    )
    if done.returncode != 0:
        raise StoreError(
            f"The backup before the upgrade failed, so nothing was changed: "
            f"{done.stderr.strip() or 'pg_dump exit ' + str(done.returncode)}"
        )
    return out


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to this desk's version (the caller made a backup first); returns the
    revision before and after."""
    with engine.connect() as conn:
        found = current(conn)
    if found is None:
        raise StoreError("This database has no MRT Desk schema yet; use mrtdesk team init.")
    if found != HEAD:
        _migrate(engine)
    ensure_roles(engine)
    return found, HEAD


def add_user(engine: Engine, login: str, role: str, password: str | None) -> str:
    """Create the login (or take an existing one) and make it a member of `role` only."""
    if role not in ROLES:
        raise StoreError(f"The role must be preparer or reviewer, not {role!r}.")
    if not login.replace("_", "").replace(".", "").replace("-", "").isalnum():
        raise StoreError(f"{login!r} is not a login name (letters, digits, . _ - only).")
    with engine.begin() as conn:
        quoted = conn.dialect.identifier_preparer.quote(login)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
        created = exists.scalar() is None
        if created:
            conn.execute(text(f"CREATE ROLE {quoted} LOGIN"))
        if password is not None:
            # The password goes to the server already hashed by the server's own rules.
            literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar()
            conn.execute(text(f"ALTER ROLE {quoted} PASSWORD {literal}"))
        conn.execute(text(f"GRANT {ROLES[role]} TO {quoted}"))
        for other, group in ROLES.items():
            if other != role:
                conn.execute(text(f"REVOKE {group} FROM {quoted}"))
    return f"{'created' if created else 'updated'} {login} as {role}"


def role_of(conn: Connection) -> str | None:
    """The team role of the connected login: "administrator" (owns the schema), "reviewer",
    "preparer", or None."""
    owner = conn.execute(
        text(
            "SELECT pg_has_role(session_user, c.relowner, 'USAGE') FROM pg_class c "
            "WHERE c.relname = 'declarations' AND c.relkind = 'r'"
        )
    ).scalar()
    if owner:
        return "administrator"
    for name, group in (("reviewer", ROLES["reviewer"]), ("preparer", ROLES["preparer"])):
        member = conn.execute(
            text(
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :g) "
                "THEN pg_has_role(session_user, :g, 'MEMBER') ELSE false END"
            ),
            {"g": group},
        ).scalar()
        if member:
            return name
    return None
