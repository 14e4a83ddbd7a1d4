"""Settings ▸ Team database: the PostgreSQL address this desk works in (empty: the local
store), tried at once and remembered; the password is asked for, never written here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.settings import AppSettings


class TeamDatabaseBox(QGroupBox):
    """Attributes: url (QLineEdit), use_button, local_button, status (QLabel)."""

    def __init__(self, settings: AppSettings, window: Any) -> None:
        """`window`: the main window whose store is switched (None: only remembered)."""
        super().__init__()
        self.setObjectName("team_database")
        self.settings, self.window_ = settings, window
        self.url = QLineEdit(settings.team_database())
        self.url.setObjectName("team_database_url")
        self.url.setPlaceholderText(self.tr("postgresql://login@server/mrtdesk?sslmode=require"))
        self.use_button = QPushButton()
        self.use_button.setObjectName("team_database_use")
        self.use_button.clicked.connect(self.use)
        self.local_button = QPushButton()
        self.local_button.setObjectName("team_database_local")
        self.local_button.clicked.connect(self.use_local)
        self.status = QLabel()
        self.status.setObjectName("team_database_status")
        self.status.setWordWrap(True)
        self.url_label = QLabel()
        self.url_label.setBuddy(self.url)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.url_label, self.url)
        form.addRow(buttons)
        form.addRow(self.status)
        self.retranslate()
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Team database"))
        self.url_label.setText(self.tr("&Address:"))
        self.use_button.setText(self.tr("&Connect and use it"))
        self.local_button.setText(self.tr("Use my &local store"))

    def _show_current(self) -> None:
        store = self.window_.store if self.window_ is not None else None
        where = getattr(store, "where", None)
        if where and store is not None:
            role = getattr(store, "role", None) or self.tr("no team role")
            self.status.setText(
                self.tr("Working in the team database {where} as {user} ({role}).").format(
                    where=where, user=store.user, role=role
                )
            )
        else:
            self.status.setText(self.tr("Working in the local store on this computer."))

    def use(self) -> None:
        """Connect to the address now; remembered only when it worked."""
        from db.connect import team_url
        from db.errors import StoreError
        from desktop.team import switch_store

        text = self.url.text().strip()
        if not text:
            self.use_local()
            return
        try:
            team_url(text)
        except StoreError as exc:
            self.status.setText(str(exc))
            return
        problem = switch_store(self.window_, text) if self.window_ is not None else None
        if problem is not None:
            self.status.setText(problem)
            return
        self.settings.set_team_database(text)
        self.settings.sync()
        self._show_current()

    def use_local(self) -> None:
        from desktop.team import switch_store

        problem = switch_store(self.window_, None) if self.window_ is not None else None
        if problem is not None:
            self.status.setText(problem)
            return
        self.settings.set_team_database("")
        self.settings.sync()
        self._show_current()


def team_box(settings: AppSettings, parent: QWidget | None) -> TeamDatabaseBox:
    """The box for the Settings dialog of `parent` (the main window, when it is one)."""
    return TeamDatabaseBox(settings, parent if hasattr(parent, "attach_store") else None)
