"""The app in team mode, on the tests' own PostgreSQL server: two desks' windows hear each other,
an overtaken edit shows the other desk's value again, Settings ▸ Team database switches the
store, and an unreachable server at start offers the local store."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db import team_schema
from db.connect import make_team_engine, team_url
from db.store_team import TeamStore
from desktop.app import create_window
from desktop.main_window import MainWindow
from forms import templates
from forms.declaration import new_declaration

PASSWORDS = {"alice": "alice-pw-1", "bob": "bob-pw-2"}


@pytest.fixture
def team(pg_url: str) -> str:
    engine = make_team_engine(team_url(pg_url))
    try:
        team_schema.add_user(engine, "alice", "preparer", PASSWORDS["alice"])
        team_schema.add_user(engine, "bob", "reviewer", PASSWORDS["bob"])
    finally:
        engine.dispose()
    return pg_url


@pytest.fixture
def desk(qtbot: Any, team: str, tmp_path: Path) -> Iterator[Any]:
    """`desk(login)`: a main window working in the team database as `login`."""
    windows: list[MainWindow] = []

    def make(login: str) -> MainWindow:
        url = team.replace("tester@", f"{login}@", 1)
        store = TeamStore.open_team(
            url, data_dir=tmp_path / login, ask_password=lambda _w: PASSWORDS[login]
        )
        window = create_window(tmp_path / login, store=store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.store.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _cmrt() -> Any:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = "Acme Components Ltd"
    return decl


def test_a_new_declaration_and_a_status_change_reach_the_other_desk(qtbot: Any, desk: Any) -> None:
    alice, bob = desk("alice"), desk("bob")
    assert bob.home.model.rowCount() == 0
    decl_id = alice.store.create(_cmrt(), customer="Lenovo")
    qtbot.waitUntil(lambda: bob.home.model.rowCount() == 1, timeout=2000)
    alice.store.set_status(decl_id, "in_review")
    qtbot.waitUntil(lambda: bob.home.model.row_at(0).status == "in_review", timeout=2000)


def test_an_overtaken_edit_shows_the_other_desks_value_again(qtbot: Any, desk: Any) -> None:
    alice, bob = desk("alice"), desk("bob")
    decl_id = alice.store.create(_cmrt())
    editor = bob.open_declaration(decl_id)
    alice.store.set_field(decl_id, "company.name", "Acme Alice", expected="Acme Components Ltd")
    widget = editor.show_path("company.name").fields["company.name"]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_End)
    qtbot.keyClick(widget, Qt.Key.Key_X)  # made on "Acme Components Ltd": overtaken
    assert widget.text() == "Acme Alice"
    assert editor.session.decl.company.name == "Acme Alice"
    assert "alice changed company.name" in bob.saved_label.text()
    assert "NOT saved" in bob.saved_label.text()
    assert alice.store.load(decl_id).declaration.company.name == "Acme Alice"
    qtbot.keyClick(widget, Qt.Key.Key_X)  # now made on alice's value: saved
    assert alice.store.load(decl_id).declaration.company.name == "Acme Alicex"


def test_settings_team_database_switches_the_store_and_back(
    qtbot: Any, team: str, window: MainWindow
) -> None:
    window.open_settings()
    box = window.settings_dialog.team
    assert "local store" in box.status.text()
    box.url.setText(team)
    box.use_button.click()
    assert isinstance(window.store, TeamStore)
    assert "as tester (administrator)" in box.status.text()
    assert window.settings.team_database() == team
    box.local_button.click()
    assert not isinstance(window.store, TeamStore)
    assert window.settings.team_database() == ""
    window.settings_dialog.close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_team_database_at_start_offers_the_local_store(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.team import open_with_fallback

    port = _closed_port()
    monkeypatch.setenv("MRTDESK_DATABASE_URL", f"postgresql://alice@127.0.0.1:{port}/office")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        [local] = [b for b in box.buttons() if b.text() == "Open my local store"]
        local.click()

    QTimer.singleShot(0, answer)
    store = open_with_fallback(data_dir, None, None)  # type: ignore[arg-type]
    try:
        assert not isinstance(store, TeamStore) and store.list_declarations() == []
    finally:
        store.close()
    assert f"127.0.0.1:{port}" in seen[0] and "nothing answers" in seen[0]
    assert "work in your local store meanwhile" in seen[0]


def test_edits_wait_while_the_server_is_away_and_are_saved_when_it_is_back(
    qtbot: Any, desk: Any, pg_cluster: Any, team: str
) -> None:
    alice, bob = desk("alice"), desk("bob")
    decl_id = alice.store.create(_cmrt())
    editor = bob.open_declaration(decl_id)
    widget = editor.show_path("company.name").fields["company.name"]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_End)
    database = team.rsplit("/", 1)[1]
    with pg_cluster.connect() as admin:  # bob's desk can no longer reach the database
        admin.execute("ALTER ROLE bob NOLOGIN")
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE usename = 'bob' AND datname = %s", (database,)
        )  # fmt: skip
    try:
        qtbot.keyClicks(widget, "XY")
        assert widget.text() == "Acme Components LtdXY"  # what was typed stays
        assert "cannot be used" in bob.saved_label.text()
        assert "What you typed is kept" in bob.saved_label.text()
        assert "NOT saved" in bob.saved_label.text() and "Traceback" not in bob.saved_label.text()
        assert len(editor.session.saves.waiting) == 2
    finally:
        with pg_cluster.connect() as admin:
            admin.execute("ALTER ROLE bob LOGIN")
    editor.session.saves.retry()  # what the retry timer does every few seconds
    assert editor.session.saves.waiting == []
    assert bob.saved_label.text().startswith("Saved")
    assert alice.store.load(decl_id).declaration.company.name == "Acme Components LtdXY"
