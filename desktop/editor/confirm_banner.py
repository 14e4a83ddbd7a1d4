"""The banner above the editor listing what a draft started from a previous declaration must
confirm again; each item jumps to its field and goes away once the field is edited."""

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
    QVBoxLayout,
    QWidget,
)

from desktop.field_labels import field_label as item_label

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
    """Attributes: buttons (path → the item's button), items (path, reason) still to confirm."""

    def __init__(
        self,
        session: DeclarationSession,
        store: Store,
        focus_path: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#confirm_banner { background: palette(alternate-base); border: 1px solid #e0a800;"
            " border-radius: 4px; }"
        )
        self.store, self.focus_path = store, focus_path
        self.decl_id = session.decl_id
        self.items: list[tuple[str, str]] = []
        self.buttons: dict[str, QPushButton] = {}
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
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        reasons = _reasons()
        for i, (path, reason) in enumerate(items[:SHOWN]):
            button = QPushButton(f"{item_label(path)} — {reasons.get(reason, reason)}")
            button.setObjectName(f"confirm:{path}")
            button.setToolTip(translate("ConfirmBanner", "Go to this field"))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, p=path: self.focus_path(p))
            self.grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.buttons[path] = button
        self.title.setText(
            translate(
                "ConfirmBanner",
                "<b>Carried over from the previous declaration.</b> Confirm again ({n}) — click "
                "one to go to the field; it leaves this list once you change it:",
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
    banner = ConfirmBanner(editor.session, store, editor.focus_path, editor)
    editor.add_banner(banner, first=True)
    editor.confirm_banner = banner
    return banner
