"""Form fields bound to a declaration path: line edits, drop-downs and the date picker."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URL = re.compile(r"^(https?://)?([\w-]+\.)+[\w-]{2,}(/\S*)?$", re.IGNORECASE)
DATE_FORMAT = "dd-MMM-yyyy"
NO_DATE = QDate(2000, 1, 1)
NOT_AN_OPTION = " (not one of the template's options)"


def looks_valid(kind: str, text: str) -> bool:
    """Empty text is valid (missing values are the findings' business, not the field's)."""
    text = text.strip()
    if not text:
        return True
    if kind == "email":
        return bool(EMAIL.match(text))
    if kind == "url":
        return bool(URL.match(text))
    return True


class CheckedLineEdit(QLineEdit):
    """A line edit that marks an e-mail or web address that does not look right, as you type."""

    def __init__(self, kind: str = "text", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setProperty("invalid", False)
        self.textChanged.connect(self._validate)
        if kind == "email":
            self.setPlaceholderText("name@company.com")
        elif kind == "url":
            self.setPlaceholderText("www.company.com/policy")

    def event(self, event: QEvent) -> bool:
        # Undo and redo belong to the whole declaration (the window's undo stack), not to the
        # line edit's private history: let those shortcuts through.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return True
        return super().event(event)

    def _validate(self, text: str) -> None:
        ok = looks_valid(self.kind, text)
        if self.property("invalid") == (not ok):
            return
        self.setProperty("invalid", not ok)
        what = "an e-mail address" if self.kind == "email" else "a web address"
        self.setToolTip("" if ok else f"This does not look like {what}.")
        self.style().unpolish(self)
        self.style().polish(self)

    def set_value(self, value: str | None) -> None:
        if (self.text().strip() or None) != value:
            self.blockSignals(True)
            self.setText(value or "")
            self.blockSignals(False)
            self._validate(self.text())


class OptionCombo(QComboBox):
    """A drop-down with exactly the template's options, plus an empty choice first."""

    def __init__(self, options: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.addItem("", None)
        for option in options:
            self.addItem(option, option)
        longest = max((self.fontMetrics().horizontalAdvance(o) for o in options), default=60)
        self.setMinimumWidth(min(longest + 48, 260))
        self.view().setMinimumWidth(longest + 32)  # the pop-up shows whole options

    def value(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_value(self, value: str | None) -> None:
        self.blockSignals(True)
        index = self.findData(value) if value is not None else 0
        if index < 0:
            # A value read from a workbook that is not an option: show it, flagged.
            self.addItem(value + NOT_AN_OPTION, value)  # type: ignore[operator]
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.blockSignals(False)


class DatePicker(QDateEdit):
    """A date with a calendar pop-up, shown as DD-MMM-YYYY; the minimum means "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("Not set — pick a date")
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date opens the calendar on today's month, not on the "not set" sentinel.
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> str | None:
        d = self.date()
        return None if d == NO_DATE else d.toString("yyyy-MM-dd")

    def set_value(self, value: str | None) -> None:
        self.blockSignals(True)
        try:
            parsed = date.fromisoformat(value) if value else None
        except ValueError:
            parsed = None
        self.setDate(QDate(parsed.year, parsed.month, parsed.day) if parsed else NO_DATE)
        self.blockSignals(False)
