"""The mark beside a field with open review comments: an icon whose tooltip lists them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QStyle, QWidget

ICON_SIZE = 14


def comment_icon(widget: QWidget) -> QIcon:
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)


class _Badge(QLabel):
    """An icon drawn over the right end of a drop-down or date field (left of its arrow)."""

    def __init__(self, field: QWidget) -> None:
        super().__init__(field)
        self.setObjectName("review_comment_marker")
        self.setPixmap(comment_icon(field).pixmap(ICON_SIZE, ICON_SIZE))
        self.setFixedSize(ICON_SIZE, ICON_SIZE)
        field.installEventFilter(self)
        self._place(field)
        self.show()

    def _place(self, field: QWidget) -> None:
        arrow = 22 if isinstance(field, QComboBox | QDateEdit) else 4
        self.move(field.width() - arrow - ICON_SIZE - 2, (field.height() - ICON_SIZE) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._place(watched)
        return False


class Marker:
    """The mark on one field; `set_text(None)` removes it."""

    def __init__(self, field: QWidget) -> None:
        self.field = field
        self.action: QAction | None = None
        self.badge: _Badge | None = None

    def set_text(self, tooltip: str | None) -> None:
        if tooltip is None:
            if self.action is not None and isinstance(self.field, QLineEdit):
                self.field.removeAction(self.action)
            if self.badge is not None:
                self.badge.deleteLater()
            self.action, self.badge = None, None
            return
        if isinstance(self.field, QLineEdit):
            if self.action is None:
                self.action = self.field.addAction(
                    comment_icon(self.field), QLineEdit.ActionPosition.TrailingPosition
                )
                self.action.setObjectName("review_comment_marker")
            self.action.setToolTip(tooltip)
        else:
            if self.badge is None:
                self.badge = _Badge(self.field)
            self.badge.setToolTip(tooltip)

    @property
    def tooltip(self) -> str | None:
        if self.action is not None:
            return self.action.toolTip()
        return self.badge.toolTip() if self.badge is not None else None
