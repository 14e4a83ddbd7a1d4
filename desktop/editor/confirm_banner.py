"""The banner above the editor listing what a draft started from a previous declaration must
confirm again; each item jumps to its field and goes away once the field is edited or the user
chooses "Confirm unchanged" (the items are findings of severity "confirm" meanwhile)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.field_labels import field_label

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from db.store import Store
    from desktop.editor.editor import Editor
    from desktop.editor.session import DeclarationSession

COLUMNS = 4
SHOWN = 12  # more than this (e.g. many smelters gone from RMI's list) are summed up


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows (it reads the context here)."""
    return QCoreApplication.translate(context, text)


def _reasons() -> dict[str, str]:
    from db.carry import CONFIRM_DATE, CONFIRM_SURVEY, NO_MINE_LIST, OPTION_GONE, SMELTER_GONE

    return {
        CONFIRM_DATE: translate("ConfirmBanner", "last period's date"),
        CONFIRM_SURVEY: translate("ConfirmBanner", "survey coverage"),
        OPTION_GONE: translate("ConfirmBanner", "old answer not offered"),
        SMELTER_GONE: translate("ConfirmBanner", "not on RMI's list"),
        NO_MINE_LIST: translate("ConfirmBanner", "not carried over"),
    }


class ConfirmBanner(QFrame):
    """Attributes: buttons (path → the item's button), confirm_buttons (path → its "Confirm
    unchanged" button), items (path, reason) still to confirm."""

    def __init__(
        self,
        session: DeclarationSession,
        store: Store,
        focus_path: Callable[[str], None],
        recheck: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#confirm_banner { background: palette(alternate-base); border: 1px solid #e0a800;"
            " border-radius: 4px; }"
        )
        self.session, self.store = session, store
        self.focus_path, self.recheck = focus_path, recheck
        self.decl_id = session.decl_id
        self.items: list[tuple[str, str]] = []
        self.buttons: dict[str, QPushButton] = {}
        self.confirm_buttons: dict[str, QToolButton] = {}
        self.cells: list[QWidget] = []
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.hide_button = QPushButton(translate("ConfirmBanner", "&Hide"))
        self.hide_button.setToolTip(
            translate("ConfirmBanner", "Hide this list until the declaration is opened again")
        )
        self.hide_button.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setColumnStretch(COLUMNS, 1)  # buttons keep their size, left-aligned
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        self.more = QLabel()
        layout.addWidget(self.more)
        session.field_changed.connect(lambda _p: self.reload())
        session.rows_changed.connect(lambda _k: self.reload())
        self._hidden_by_user = False
        self.hide_button.clicked.connect(lambda: setattr(self, "_hidden_by_user", True))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.hide_button.setText(translate("ConfirmBanner", "&Hide"))
            self.hide_button.setToolTip(
                translate("ConfirmBanner", "Hide this list until the declaration is opened again")
            )
            self.items = []  # rebuild the item buttons in the new language
            self.reload()
        super().changeEvent(event)

    def confirm_unchanged(self, path: str) -> None:
        """The value is right as carried over: take it off the list (and the findings)."""
        self.store.confirm_unchanged(self.decl_id, path)
        self.reload()
        self.recheck()

    def reload(self) -> None:
        """Show what the store still lists (an edit of a field clears its item there)."""
        try:
            items = list(self.store.confirm_items(self.decl_id))
        except Exception:  # a store that cannot answer leaves the banner as it was
            log.exception("the items to confirm could not be read")
            return
        if items == self.items and self.buttons:
            return
        self.items = items
        for cell in self.cells:
            self.grid.removeWidget(cell)
            cell.deleteLater()
        self.buttons, self.confirm_buttons, self.cells = {}, {}, []
        reasons = _reasons()
        for i, (path, reason) in enumerate(items[:SHOWN]):
            words = field_label(path, self.session.template, self.session.texts().text)
            button = QPushButton(f"{words} — {reasons.get(reason, reason)}")
            button.setObjectName(f"confirm:{path}")
            button.setToolTip(translate("ConfirmBanner", "Go to this field"))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, p=path: self.focus_path(p))
            confirm = QToolButton()
            confirm.setObjectName(f"confirm_unchanged:{path}")
            confirm.setText("✓")
            confirm.setToolTip(translate("ConfirmBanner", "Confirm unchanged"))
            confirm.clicked.connect(lambda _c=False, p=path: self.confirm_unchanged(p))
            cell = QWidget()
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(2)
            row.addWidget(button)
            row.addWidget(confirm)
            self.grid.addWidget(cell, i // COLUMNS, i % COLUMNS)
            self.buttons[path], self.confirm_buttons[path] = button, confirm
            self.cells.append(cell)
        self.title.setText(
            translate(
                "ConfirmBanner",
                "<b>Carried over from the previous declaration.</b> Confirm again ({n}) — click "
                "one to go to the field; it leaves this list once you change it or confirm it "
                "unchanged (✓):",
            ).format(n=len(items))
        )
        extra = len(items) - SHOWN
        self.more.setText(
            translate("ConfirmBanner", "…and {n} more.").format(n=extra) if extra > 0 else ""
        )
        self.more.setVisible(extra > 0)
        self.setVisible(bool(items) and not self._hidden_by_user)


def attach(editor: Editor, store: Store) -> ConfirmBanner | None:
    """Put the banner above the editor's sections when the declaration has items to confirm."""
    try:
        if not store.confirm_items(editor.session.decl_id):
            return None
    except Exception:
        log.exception("the items to confirm could not be read")
        return None
    banner = ConfirmBanner(editor.session, store, editor.focus_path, editor.recheck, editor)
    editor.add_banner(banner, first=True)
    editor.confirm_banner = banner
    return banner
