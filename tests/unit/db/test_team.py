"""Team mode on the tests' own PostgreSQL server: two desks at once (conflicting edits, roles,
hearing each other), the schema check, and logins with their passwords."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import text

from db import team_schema
from db.connect import (
    PasswordNeededError,
    ServerUnavailableError,
    make_team_engine,
    open_store,
    team_url,
)
from db.errors import StoreError
from db.store_team import TeamStore
from db.team_rules import ApprovalRefusedError, EditConflictError
from forms.declaration import Declaration
from forms.review.status import Status

PASSWORDS = {"alice": "alice-pw-1", "bob": "bob-pw-2", "carol": "carol-pw-3"}
ROLES = {"alice": "preparer", "bob": "reviewer", "carol": "reviewer"}


def _as(url: str, login: str) -> str:
    return url.replace("tester@", f"{login}@", 1)


@pytest.fixture
def team(pg_url: str) -> str:
    """The test's team database with alice (preparer), bob and carol (reviewers)."""
    engine = make_team_engine(team_url(pg_url))
    try:
        for login, role in ROLES.items():
            team_schema.add_user(engine, login, role, PASSWORDS[login])
    finally:
        engine.dispose()
    return pg_url


@pytest.fixture
def desks(team: str, tmp_path: Path) -> Iterator[dict[str, TeamStore]]:
    """alice, bob and carol, each on their own desk (own data folder, own connection)."""
    opened = {
        login: TeamStore.open_team(
            _as(team, login), data_dir=tmp_path / login, ask_password=lambda _w, p=pw: p
        )
        for login, pw in PASSWORDS.items()
    }
    yield opened
    for s in opened.values():
        s.close()


def test_each_desk_is_its_login_with_its_role(desks: dict[str, TeamStore]) -> None:
    assert {n: (s.user, s.role) for n, s in desks.items()} == {
        "alice": ("alice", "preparer"), "bob": ("bob", "reviewer"), "carol": ("carol", "reviewer")
    }  # fmt: skip


def test_concurrent_edits_of_one_field_refuse_the_second_with_who_and_when(
    desks: dict[str, TeamStore], cmrt: Declaration
) -> None:
    alice, bob = desks["alice"], desks["bob"]
    decl_id = alice.create(cmrt)
    seen_by_bob = bob.load(decl_id).declaration.company.name
    alice.set_field(decl_id, "company.name", "Acme Alice", expected=seen_by_bob)
    with pytest.raises(EditConflictError) as refused:
        bob.set_field(decl_id, "company.name", "Acme Bob", expected=seen_by_bob)
    conflict = refused.value
    assert (conflict.path, conflict.current, conflict.by) == ("company.name", "Acme Alice", "alice")
    assert "alice changed company.name" in str(conflict) and "not saved" in str(conflict)
    assert bob.load(decl_id).declaration.company.name == "Acme Alice"  # alice's is kept
    # bob, having been shown alice's value, may now change it.
    bob.set_field(decl_id, "company.name", "Acme Bob", expected="Acme Alice")
    last = alice.history(decl_id)[-1]
    assert (last.field, last.old, last.new, last.user) == (
        "company.name", "Acme Alice", "Acme Bob", "bob"
    )  # fmt: skip
    assert abs(last.at - datetime.now(UTC)) < timedelta(minutes=5)  # the server's clock


def test_edits_of_other_fields_do_not_conflict(
    desks: dict[str, TeamStore], cmrt: Declaration
) -> None:
    alice, bob = desks["alice"], desks["bob"]
    decl_id = alice.create(cmrt)
    alice.set_field(decl_id, "answers.Tin.1.answer", "Yes", expected=None)
    bob.set_field(decl_id, "answers.Gold.1.answer", "No", expected=None)
    answers = alice.load(decl_id).declaration.answers
    assert (answers["Tin"]["1"].answer, answers["Gold"]["1"].answer) == ("Yes", "No")


def test_approval_follows_the_roles(desks: dict[str, TeamStore], cmrt: Declaration) -> None:
    alice, bob, carol = desks["alice"], desks["bob"], desks["carol"]
    decl_id = alice.create(cmrt)
    alice.set_status(decl_id, "in_review")
    with pytest.raises(ApprovalRefusedError, match="Only a reviewer can approve; alice"):
        alice.set_status(decl_id, "approved")
    bob.set_field(decl_id, "company.name", "Acme Reviewed")
    with pytest.raises(ApprovalRefusedError, match="bob made the last edit"):
        bob.set_status(decl_id, "approved")
    assert carol.set_status(decl_id, "approved") is not None
    assert alice.status(decl_id) is Status.APPROVED
    assert [(t.to_status.value, t.by) for t in alice.transitions(decl_id)] == [
        ("in_review", "alice"), ("approved", "carol")
    ]  # fmt: skip


def test_the_server_itself_refuses_an_approval_by_a_preparer(
    desks: dict[str, TeamStore], cmrt: Declaration
) -> None:
    alice = desks["alice"]
    decl_id = alice.create(cmrt)
    alice.set_status(decl_id, "in_review")
    with (
        pytest.raises(ApprovalRefusedError, match="only a reviewer may approve"),
        alice._unit() as s,
    ):
        s.execute(text("UPDATE declarations SET status = 'approved' WHERE id = :i"), {"i": decl_id})
    with pytest.raises(StoreError, match="permission denied"), alice._unit() as s:
        s.execute(text("DELETE FROM changes"))  # the history is append-only
    assert alice.status(decl_id) is Status.IN_REVIEW


def test_self_approval_when_the_team_allows_it(
    team: str, desks: dict[str, TeamStore], cmrt: Declaration
) -> None:
    from desktop.cli.main import main

    bob = desks["bob"]
    decl_id = bob.create(cmrt)
    bob.set_status(decl_id, "in_review")
    assert main(["team", "self-approval", "yes", "--database", team]) == 0
    assert bob.set_status(decl_id, "approved") is not None


def _wait_for(listener: Any, wanted: Any, seconds: float = 2.0) -> list[Any]:
    heard: list[Any] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not any(wanted(e) for e in heard):
        heard += listener.wait(max(0.0, deadline - time.monotonic()))
    return heard


def test_other_desks_hear_new_declarations_and_status_changes(
    desks: dict[str, TeamStore], cmrt: Declaration
) -> None:
    alice, bob = desks["alice"], desks["bob"]
    listener = bob.listen()
    try:
        assert listener.poll() == []
        decl_id = alice.create(cmrt)
        heard = _wait_for(listener, lambda e: e.decl_id == decl_id and e.event == "insert")
        assert any(e.decl_id == decl_id and e.event == "insert" for e in heard), heard
        alice.set_status(decl_id, "in_review")
        heard = _wait_for(listener, lambda e: e.status == "in_review")
        assert any((e.decl_id, e.status, e.by) == (decl_id, "in_review", "alice") for e in heard)
    finally:
        listener.close()
    assert [d.status for d in bob.list_declarations()] == ["in_review"]


def test_a_desk_refuses_a_database_with_another_schema(team: str, tmp_path: Path) -> None:
    engine = make_team_engine(team_url(team))
    try:
        for version, words in (("0002", "older schema"), ("9999_future", "newer MRT Desk")):
            with engine.begin() as conn:
                conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": version})
            with pytest.raises(StoreError, match=words):
                TeamStore.open_team(team, data_dir=tmp_path)
    finally:
        engine.dispose()


def test_a_login_without_its_password_is_told_and_a_typed_one_is_used(
    team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    with pytest.raises(PasswordNeededError, match="wants a password"):
        TeamStore.open_team(_as(team, "alice"), data_dir=tmp_path)
    asked: list[str] = []

    def ask(words: str) -> str:
        asked.append(words)
        return PASSWORDS["alice"]

    with TeamStore.open_team(_as(team, "alice"), data_dir=tmp_path, ask_password=ask) as s:
        assert s.user == "alice"
    assert asked and "alice" in asked[0]
    monkeypatch.setenv("PGPASSWORD", PASSWORDS["alice"])  # libpq's own places work as they are
    with open_store(tmp_path, _as(team, "alice")) as s:
        assert s.user == "alice"


def test_a_url_holding_a_password_is_refused() -> None:
    with pytest.raises(StoreError, match="must not hold a password"):
        team_url("postgresql://alice:secret@db.example/mrtdesk")
    with pytest.raises(StoreError, match="needs a PostgreSQL server"):
        team_url("mysql://alice@db.example/mrtdesk")


def test_an_unreachable_server_is_said_in_words(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ServerUnavailableError) as info:
        TeamStore.open_team(f"postgresql://alice@127.0.0.1:{port}/office", data_dir=tmp_path)
    assert info.value.host == f"127.0.0.1:{port}"
    assert str(info.value) == (
        f"The team database on 127.0.0.1:{port} cannot be used: nothing answers on that port "
        "(is the server running?)."
    )


def test_a_desk_connects_again_after_the_server_dropped_its_connection(
    team: str, pg_cluster: Any, tmp_path: Path, cmrt: Declaration
) -> None:
    store = TeamStore.open_team(team, data_dir=tmp_path)
    try:
        decl_id = store.create(cmrt)
        with pg_cluster.connect() as admin:  # the server ends this desk's connections
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (team.rsplit("/", 1)[1],),
            )
        # The pool notices the dead connection and connects again: the next call just works.
        store.set_field(decl_id, "company.name", "Still here")
        assert store.load(decl_id).declaration.company.name == "Still here"
    finally:
        store.close()


def test_tls_is_asked_for_in_the_url(team: str, tmp_path: Path) -> None:
    # The tests' server has no certificate: a desk that requires TLS is refused, in words.
    with pytest.raises(ServerUnavailableError, match="SSL") as info:
        TeamStore.open_team(team + "?sslmode=require", data_dir=tmp_path)
    assert "Traceback" not in str(info.value)
    with TeamStore.open_team(team + "?sslmode=disable", data_dir=tmp_path) as s:
        assert s.user == "tester"


def test_list_edits_made_on_rows_someone_changed_are_refused(
    desks: dict[str, TeamStore], cmrt: Declaration
) -> None:
    from forms.declaration import Smelter

    alice, bob = desks["alice"], desks["bob"]
    cmrt.smelters = [Smelter(metal="Tin", name="Works")]
    decl_id = alice.create(cmrt)
    seen = bob.load(decl_id).declaration.smelters
    alice.replace_rows(
        decl_id, "smelters", [Smelter(metal="Tin", name="Alice Works")], expected=seen
    )
    with pytest.raises(EditConflictError, match="alice changed smelters"):
        bob.replace_rows(decl_id, "smelters", [*seen, Smelter(metal="Gold")], expected=seen)
    assert [x.name for x in bob.load(decl_id).declaration.smelters] == ["Alice Works"]


def test_two_desks_saving_the_same_field_at_the_same_moment_keep_exactly_one(
    desks: dict[str, TeamStore], cmrt: Declaration
) -> None:
    import threading

    alice, bob = desks["alice"], desks["bob"]
    decl_id = alice.create(cmrt)
    start = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def save(desk: TeamStore, value: str) -> None:
        start.wait()
        try:
            desk.set_field(decl_id, "company.name", value, expected="Acme Components Ltd")
            outcome[value] = "kept"
        except EditConflictError:
            outcome[value] = "refused"

    threads = [threading.Thread(target=save, args=(d, v)) for d, v in ((alice, "A"), (bob, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcome.values()) == ["kept", "refused"]
    [kept] = [v for v, o in outcome.items() if o == "kept"]
    assert alice.load(decl_id).declaration.company.name == kept


class MemoryKeyring(KeyringBackend):
    """A keyring backend keeping passwords in a dict (this machine may have no system one)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


def test_a_typed_password_is_kept_in_the_keyring_or_the_desk_says_why_not(
    team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    before = keyring.get_keyring()
    url = _as(team, "alice")
    asked: list[str] = []

    def ask(words: str) -> str:
        asked.append(words)
        return PASSWORDS["alice"]

    try:
        keyring.set_keyring(fail.Keyring())
        with TeamStore.open_team(url, data_dir=tmp_path, ask_password=ask) as s:
            assert s.keyring_note is not None and "no system keyring" in s.keyring_note
            assert "~/.pgpass" in s.keyring_note
        keyring.set_keyring(MemoryKeyring())
        with TeamStore.open_team(url, data_dir=tmp_path, ask_password=ask) as s:
            assert s.keyring_note is None
        with TeamStore.open_team(url, data_dir=tmp_path, ask_password=ask) as s:
            assert s.user == "alice"
        assert len(asked) == 2  # the third time the keyring had it
    finally:
        keyring.set_keyring(before)


def test_a_login_outside_the_team_is_told_how_to_be_added(
    team: str, pg_cluster: Any, tmp_path: Path
) -> None:
    with pg_cluster.connect() as admin:
        admin.execute("DROP ROLE IF EXISTS frank")
        admin.execute("CREATE ROLE frank LOGIN PASSWORD 'frank-pw'")
    with pytest.raises(StoreError, match=r"frank may connect .* but is not in the team") as info:
        TeamStore.open_team(
            _as(team, "frank"), data_dir=tmp_path, ask_password=lambda _w: "frank-pw"
        )
    assert "mrtdesk team add-user frank --role preparer" in str(info.value)
