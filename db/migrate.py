"""Schema upgrades at open: Alembic to head, a backup first, the backup put back on failure."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from db import backups
from db.errors import StoreError
from db.migrations import HEAD

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPTS = Path(__file__).resolve().parent / "migrations"


def _config(scripts: Path) -> Config:
    from alembic.config import Config  # Alembic loads only when a migration may be due

    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    return cfg


def head_revision(scripts: Path = SCRIPTS) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config(scripts)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(
    engine: Engine, db_path: Path, backup_dir: Path, scripts: Path = SCRIPTS
) -> Path | None:
    """Bring the database to the newest schema; returns the backup made first (None when
    nothing had to change or the database was empty)."""
    current = current_revision(engine)
    if current == HEAD and scripts == SCRIPTS:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _config(scripts)
    script = ScriptDirectory.from_config(cfg)
    if current == script.get_current_head():
        return None
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise StoreError(
            f"The database in {db_path.parent} was written by a newer version of MRT Desk "
            f"(schema {current}). Install that version again, or choose another data folder."
        )
    with engine.connect() as conn:
        has_data = bool(inspect(conn).get_table_names())
    backup = backups.make_backup(db_path, backup_dir, f"before-{current}") if has_data else None
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        engine.dispose()
        if backup is not None:
            backups.restore(backup, db_path)
            said = f"Your data is as it was before (restored from {backup.name})."
        else:
            said = "The database was empty; nothing was lost."
        raise StoreError(
            f"Updating the database in {db_path.parent} to this version of MRT Desk failed "
            f"({type(exc).__name__}: {exc}). {said} Please report this problem."
        ) from exc
    return backup
