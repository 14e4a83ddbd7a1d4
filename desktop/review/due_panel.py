"""The home page's panel of customer requests: what is due and overdue, above the
declarations list, with the way into the Customers and requests dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from forms.review.mail import rmi_date
from forms.review.requests import DueStatus

if TYPE_CHECKING:
    from db.store import Store
    from desktop.dialogs.requests_dialog import RequestsDialog
    from desktop.home.home_page import HomePage

ROWS_SHOWN = 4


class DuePanel(QWidget):
    """Attributes: title, list (one line per open request), manage_button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_panel")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.manage_button = QPushButton(self.tr("Customers and requests…"))
        self.manage_button.setObjectName("requests.manage")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.manage_button)
        self.list = QListWidget()
        self.list.setObjectName("due_requests")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self._shown: tuple[Sequence[Any], date] = ((), date.today())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.manage_button.setText(self.tr("Customers and requests…"))
            self.set_requests(*self._shown)
        super().changeEvent(event)

    def line(self, due: Any, today: date) -> str:
        req = due.stored.request
        templates = ", ".join(
            t.label + (f" ({', '.join(t.minerals)})" if t.minerals else "") for t in req.templates
        )
        days = (req.due_date - today).days
        when = {
            DueStatus.OVERDUE: self.tr("OVERDUE by {days} days").format(days=-days),
            DueStatus.DUE_SOON: self.tr("due in {days} days").format(days=days),
        }.get(due.due, self.tr("due {date}").format(date=rmi_date(req.due_date.isoformat())))
        return self.tr("{customer} — {templates} — {period}: {when}").format(
            customer=req.customer.name, templates=templates, period=req.period, when=when
        )

    def set_requests(self, due: Sequence[Any], today: date) -> None:
        self._shown = (list(due), today)
        self.list.clear()
        urgent = sum(1 for d in due if d.due in (DueStatus.OVERDUE, DueStatus.DUE_SOON))
        if not due:
            self.title.setText(self.tr("<b>Customer requests</b>: none open."))
        else:
            self.title.setText(
                self.tr(
                    "<b>Customer requests</b>: {open} open, {urgent} due soon or overdue"
                ).format(open=len(due), urgent=urgent)
            )
        for d in due:
            item = QListWidgetItem(self.line(d, today), self.list)
            item.setData(Qt.ItemDataRole.UserRole, d.due.value)
            if d.due is DueStatus.OVERDUE:
                item.setForeground(theme.error_color())
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            elif d.due is DueStatus.DUE_SOON:
                item.setForeground(theme.warning_color())
        self.list.setVisible(bool(due))
        rows = min(len(due), ROWS_SHOWN)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 6 if rows else 0)


def refresh_due_panel(
    home: HomePage,
    store: Store,
    panel: DuePanel | None,
    manage: Callable[[], object],
    today: date | None = None,
) -> DuePanel:
    """Show the open requests in the home page's panel slot; `panel` is the one shown before
    (None the first time: it is made, and its Manage button calls `manage`)."""
    if panel is None:
        panel = DuePanel()
        home.add_panel(panel)
        panel.manage_button.clicked.connect(lambda: manage())
    day = today or date.today()
    panel.set_requests(store.requests_due(day), day)
    return panel


def open_requests_dialog(
    store: Store, parent: QWidget, changed: Callable[[], None]
) -> RequestsDialog:
    """The customers and requests dialog; `changed` runs after each change it makes."""
    from desktop.dialogs.requests_dialog import RequestsDialog

    dialog = RequestsDialog(store, parent)
    dialog.changed.connect(changed)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
