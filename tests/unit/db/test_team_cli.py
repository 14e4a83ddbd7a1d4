"""Team mode from the command line: `team init` on an empty database, `team upgrade` on one
left at an older schema (every shipped migration runs on PostgreSQL), `store copy` both ways
with equal digests, and two processes sharing one team database."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from db import migrate, team_schema
from db.connect import make_team_engine, team_url
from db.migrations import HEAD
from db.store import Store
from db.store_copy import declaration_digests
from db.store_team import TeamStore
from desktop.cli.main import main
from forms.declaration import Declaration, Smelter
from forms.review.requests import Customer, Request, RequestedTemplate

ROOT = Path(__file__).resolve().parents[3]


def _empty_database(pg_cluster: Any, name: str) -> str:
    pg_cluster.drop_database(name)
    pg_cluster.create_database(name)
    return pg_cluster.url("tester", name)


def test_team_init_on_an_empty_database(
    pg_cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _empty_database(pg_cluster, "team_init")
    try:
        assert main(["team", "init", url]) == 0
        assert "created the schema" in capsys.readouterr().out
        assert main(["team", "init", url]) == 0  # again: nothing to do, grants refreshed
        assert "already there" in capsys.readouterr().out
        login = "dana"
        assert main(["--database", url, "team", "add-user", login, "--role", "preparer",
                     "--no-password"]) == 0  # fmt: skip
        assert "created dana as preparer" in capsys.readouterr().out
        with TeamStore.open_team(url, data_dir=tmp_path) as s:
            assert s.role == "administrator" and s.list_declarations() == []
        if shutil.which("pg_dump"):  # `mrtdesk backup` on a team database is a pg_dump
            assert main(["--data-dir", str(tmp_path), "--database", url, "backup"]) == 0
            assert Path(capsys.readouterr().out.strip()).suffix == ".dump"
    finally:
        pg_cluster.drop_database("team_init")


def test_team_upgrade_of_an_older_schema_backs_up_first(
    pg_cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _empty_database(pg_cluster, "team_old")
    try:
        from alembic import command

        engine = make_team_engine(team_url(url))
        cfg = migrate._config(migrate.SCRIPTS)
        with engine.begin() as conn:  # 0001 and 0002 as an older desk would have left them
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO declarations (family, version, minerals_in_scope, status, "
                "created_at, updated_at, revision, name) VALUES ('CMRT', '6.5', '[]', 'draft', "
                "now(), now(), 0, 'Old Co')"
            ))  # fmt: skip
        with pytest.raises(Exception, match="older schema"):
            TeamStore.open_team(url, data_dir=tmp_path)
        assert main(["--data-dir", str(tmp_path), "team", "upgrade", url]) == 0
        captured = capsys.readouterr()
        assert f"schema 0002 → {HEAD}" in captured.out
        if shutil.which("pg_dump") is None:
            assert "no backup was made first" in captured.err
        else:
            dump = Path(captured.out.split("backup: ", 1)[1].splitlines()[0])
            assert dump.is_file() and dump.stat().st_size > 0  # pg_dump ran first
        with engine.connect() as conn:
            assert team_schema.current(conn) == HEAD
        engine.dispose()
        with TeamStore.open_team(url, data_dir=tmp_path) as s:
            assert [d.company_name for d in s.list_declarations()] == ["Old Co"]
    finally:
        pg_cluster.drop_database("team_old")


def _fill(store: Store, cmrt: Declaration) -> None:
    """Declarations with history, comments, a customer with a request, the profile."""
    cmrt.smelters = [Smelter(metal="Tin", name="Works", country="BOLIVIA")]
    first = store.create(cmrt, customer="Lenovo", period="2024")
    store.set_field(first, "answers.Tin.1.answer", "Yes")
    store.add_review_comment(first, "company.name", "Check the legal name")
    store.set_status(first, "in_review")
    second = store.create(cmrt, customer="Dell")
    store.delete(second)
    store.add_request(
        Request(
            customer=Customer("Lenovo", "buyer@lenovo.example"),
            templates=(RequestedTemplate("CMRT", "6.5", ()),),
            due_date=date(2025, 3, 1),
            period="2024",
        ),
    )
    store.save_profile(cmrt.company)


def test_store_copy_to_the_team_database_and_back(
    pg_url: str, tmp_path: Path, cmrt: Declaration, capsys: pytest.CaptureFixture[str]
) -> None:
    local = tmp_path / "local"
    with Store.open(local, user="jane") as s:
        _fill(s, cmrt)
        original = declaration_digests(s)
        history = [(c.field, c.user, c.at) for c in s.history(1)]
    base = ["--data-dir", str(local)]
    assert main([*base, "store", "copy", "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "every declaration equal" in out and "DIFFERENT" not in out
    with TeamStore.open_team(pg_url, data_dir=tmp_path / "desk") as team:
        assert declaration_digests(team) == original
        assert [(c.field, c.user, c.at) for c in team.history(1)] == history  # names, times kept
        assert [c.name for c in team.customers()] == ["Dell", "Lenovo"]
        assert len(team.requests()) == 1 and len(team.review_comments(1)) == 1
        assert team.create(cmrt) == 3  # ids continue after the copied ones
    back = tmp_path / "back"
    assert main(["--database", pg_url, "store", "copy", "--to", str(back)]) == 0
    assert "every declaration equal" in capsys.readouterr().out
    with Store.open(back) as s:
        digests = declaration_digests(s)
        assert {k: digests[k] for k in original} == original
    assert main([*base, "store", "copy", "--to", pg_url]) == 2  # never into a database in use
    assert "already holds data" in capsys.readouterr().err


def test_two_processes_share_one_team_database(
    pg_url: str, tmp_path: Path, cmrt: Declaration
) -> None:
    from forms.workbook.writer import export_layout

    workbook = tmp_path / "supplier.xlsx"
    cmrt.company.name = "Supplier From Afar"
    export_layout(cmrt, workbook)
    env = {**os.environ, "MRTDESK_DATA_DIR": str(tmp_path / "a")}
    first = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "--database", pg_url, "import", str(workbook)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    env = {**os.environ, "MRTDESK_DATA_DIR": str(tmp_path / "b"), "MRTDESK_DATABASE_URL": pg_url}
    second = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "list", "--json"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert second.returncode == 0, second.stderr
    [row] = json.loads(second.stdout)
    assert (row["company_name"], row["family"]) == ("Supplier From Afar", "CMRT")


def test_an_unreachable_team_database_is_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql://alice@127.0.0.1:9/office"
    assert main(["--data-dir", str(tmp_path), "list", "--database", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mrtdesk list: The team database on 127.0.0.1:9 cannot be used")
    assert "Traceback" not in err


def test_add_user_reads_the_first_password_from_standard_input(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("erin-first-pw\n"))
    assert main(["team", "add-user", "erin", "--role", "reviewer", "--password-stdin",
                 "--database", pg_url]) == 0  # fmt: skip
    assert "created erin as reviewer" in capsys.readouterr().out
    monkeypatch.setenv("PGPASSWORD", "erin-first-pw")  # libpq's own place for it
    with TeamStore.open_team(pg_url.replace("tester@", "erin@"), data_dir=tmp_path) as s:
        assert (s.user, s.role) == ("erin", "reviewer")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["team", "add-user", "erin", "--role", "preparer", "--no-password",
                 "--database", pg_url]) == 0  # fmt: skip
    with TeamStore.open_team(pg_url.replace("tester@", "erin@"), data_dir=tmp_path) as s:
        assert s.role == "preparer"  # the role changed, the password stayed
