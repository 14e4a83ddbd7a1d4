"""Migrations: a database made by the first schema (committed fixture) upgrades with its data
intact; a backup precedes each migration; a failed one puts the backup back.

Every later schema change adds its checks to `test_first_schema_database_upgrades_intact`."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from db import migrate
from db.engine import make_engine
from db.errors import StoreError
from db.migrations import HEAD
from db.store import DB_NAME, Store
from forms.rules import check

FIXTURE = Path(__file__).resolve().parents[2] / "data" / "db" / "schema1.sqlite"


def _query(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def schema1_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / DB_NAME)
    return folder


def test_migrations_ship_inside_the_package() -> None:
    assert (migrate.SCRIPTS / "env.py").is_file()
    assert (migrate.SCRIPTS / "versions" / "0001_first_schema.py").is_file()
    assert (migrate.SCRIPTS / "versions" / "0002_review_requests.py").is_file()
    assert (migrate.SCRIPTS / "versions" / "0008_team.py").is_file()
    assert (migrate.SCRIPTS / "versions" / "0004_summary.py").is_file()
    assert (migrate.SCRIPTS / "__init__.py").is_file()  # found by setuptools as a package


def test_new_database_is_at_head(store: Store) -> None:
    assert migrate.current_revision(store._engine) == migrate.head_revision()


def test_head_constant_names_the_newest_revision() -> None:
    assert migrate.head_revision() == HEAD


def test_first_schema_database_upgrades_intact(schema1_dir: Path) -> None:
    assert _query(schema1_dir / DB_NAME, "SELECT version_num FROM alembic_version") == [("0001",)]
    with Store.open(schema1_dir) as s:
        assert migrate.current_revision(s._engine) == migrate.head_revision()
        [active] = s.list_declarations()
        assert (active.family, active.version, active.company_name) == (
            "CMRT", "6.4", "Acme Components Ltd"
        )  # fmt: skip
        assert (active.customer, active.period) == ("Lenovo", "2024")
        cmrt = s.load(active.id).declaration
        assert cmrt.company.effective_date == "2024-05-02"
        assert cmrt.answers["Tin"]["1"].answer == "Yes"
        assert cmrt.answers["Tin"]["6"].answer == "100%"
        assert cmrt.company_answers["B"].comment == "www.acme.example/policy"
        assert [x.name for x in cmrt.smelters] == ["Example Tin Works"]
        assert [p.number for p in cmrt.products] == ["ABC-123"]
        assert len(s.history(active.id)) == 6
        deleted = [d for d in s.list_declarations(include_deleted=True) if d.deleted]
        emrt = s.load(deleted[0].id).declaration
        assert emrt.minerals_in_scope == ["Cobalt", "Mica"]
        assert emrt.company_answers_by_mineral["C"]["Cobalt"].answer == "Yes"
        assert [m.mine_name for m in emrt.mines] == ["Mine One"]
        profile = s.profile()
        assert profile is not None and profile.contact_email == "jane@acme.example"
        [tpl] = s.templates()
        assert (tpl.family, tpl.version, tpl.file_name) == ("CMRT", "6.4", "RMI_CMRT_6.4.xlsx")
        # 0002: customers keep their names and gain a contact e-mail; comments, statuses and
        # history carry over; requests can be stored.
        assert [(c.name, c.contact_email) for c in s.customers()] == [
            ("Dell", None), ("Lenovo", None)
        ]  # fmt: skip
        [note] = s.review_comments(active.id)
        assert (note.path, note.author, note.resolved, note.resolved_by) == (
            "company.name", "reviewer", False, None
        )  # fmt: skip
        assert s.status(active.id).value == "draft"
        assert s.requests() == []
        s.set_status(active.id, "in_review")
        assert [t.to_status.value for t in s.transitions(active.id)] == ["in_review"]
    # 0004: every declaration got its summary, as the checks count it.
    summaries = _query(
        schema1_dir / DB_NAME,
        "SELECT declaration_id, errors, warnings, customer, deleted FROM declaration_summaries",
    )
    assert len(summaries) == 2 and {row[4] for row in summaries} == {0, 1}
    with Store.open(schema1_dir) as s:
        for decl_id, errs, warns, _, _ in summaries:
            findings = check(s.load(decl_id).declaration)
            assert errs == sum(1 for f in findings if f.severity == "error") > 0
            assert warns == len(findings) - errs
    db = schema1_dir / DB_NAME
    assert _query(db, "SELECT cid FROM smelter_lookup") == [("CID000001",)]
    assert _query(db, "SELECT code FROM countries") == [("BO",)]
    assert _query(db, "SELECT text FROM translations") == [("声明",)]
    assert _query(db, "SELECT text FROM review_comments") == [("Check the legal name",)]
    assert _query(db, "SELECT key FROM team_settings") == []  # 0008_team: empty, on SQLite too
    assert _query(db, "PRAGMA integrity_check") == [("ok",)]


def _scripts_with(tmp_path: Path, body: str) -> Path:
    """The shipped migrations plus one more revision ("test", after HEAD) running `body`."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPTS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9000_test.py").write_text(
        textwrap.dedent(
            f"""
            import sqlalchemy as sa
            from alembic import op

            revision = "test"
            down_revision = "{HEAD}"
            branch_labels = None
            depends_on = None


            def upgrade():
            """
        )
        + textwrap.indent(textwrap.dedent(body), "    ")
    )
    return scripts


def test_a_migration_is_preceded_by_a_backup(schema1_dir: Path, tmp_path: Path) -> None:
    scripts = _scripts_with(tmp_path, 'op.add_column("declarations", sa.Column("x", sa.String))')
    db = schema1_dir / DB_NAME
    backup = migrate.upgrade(make_engine(db), db, schema1_dir / "backups", scripts)
    assert backup is not None and "before-0001" in backup.name
    assert _query(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert _query(db, "SELECT version_num FROM alembic_version") == [("test",)]
    assert _query(db, "SELECT count(*), count(x) FROM declarations") == [(2, 0)]


def test_a_failed_migration_puts_the_backup_back(schema1_dir: Path, tmp_path: Path) -> None:
    scripts = _scripts_with(
        tmp_path,
        """
        op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
        op.execute("DELETE FROM changes")
        raise RuntimeError("migration bug")
        """,
    )
    db = schema1_dir / DB_NAME
    with pytest.raises(StoreError, match=r"failed .*migration bug.*restored from"):
        migrate.upgrade(make_engine(db), db, schema1_dir / "backups", scripts)
    assert _query(db, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert _query(db, "SELECT count(*) FROM changes") == [(11,)]
    assert _query(db, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []
    with Store.open(schema1_dir) as s:
        assert len(s.list_declarations(include_deleted=True)) == 2


def test_a_newer_schema_is_refused(schema1_dir: Path) -> None:
    conn = sqlite3.connect(schema1_dir / DB_NAME)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer version of MRT Desk"):
        Store.open(schema1_dir)
