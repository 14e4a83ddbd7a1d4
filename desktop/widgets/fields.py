"""Form fields bound to a declaration path: line edits, drop-downs and the date picker."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from desktop.theme import error_color

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URL = re.compile(r"^(https?://)?([\w-]+\.)+[\w-]{2,}(/\S*)?$", re.IGNORECASE)
DATE_FORMAT = "dd-MMM-yyyy"
NO_DATE = QDate(2000, 1, 1)
_SHORT_YEAR = re.compile(r"(?<!y)yy(?!y)")


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
        self.placeholder_for: Callable[[], str] | None = None
        """The page's own placeholder (in the current language), kept over the default."""
        self.setProperty("invalid", False)
        self.textChanged.connect(self._validate)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.placeholder_for is not None:
            self.setPlaceholderText(self.placeholder_for())
        elif self.kind == "email":
            self.setPlaceholderText(self.tr("name@company.com"))
        elif self.kind == "url":
            self.setPlaceholderText(self.tr("www.company.com/policy"))
        self._set_tooltip(looks_valid(self.kind, self.text()))

    def set_kind(self, kind: str) -> None:
        """Check the text as `kind` from now on (a comment that becomes a web address)."""
        if kind != self.kind:
            self.kind = kind
            self.setProperty("invalid", None)  # re-marked below
            self._validate(self.text())
            self.retranslate()

    def _set_tooltip(self, ok: bool) -> None:
        if ok:
            self.setToolTip("")
        elif self.kind == "email":
            self.setToolTip(self.tr("This does not look like an e-mail address."))
        else:
            self.setToolTip(self.tr("This does not look like a web address."))

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
        self._set_tooltip(ok)
        # A style sheet on this widget only: an application-wide one makes Qt style every
        # widget through style sheets, which doubled the time to open a declaration.
        self.setStyleSheet(
            ""
            if ok
            else f"QLineEdit {{ border: 1px solid {error_color().name()}; border-radius: 2px; "
            "padding: 1px; }"
        )

    def set_value(self, value: str | None) -> None:
        if (self.text().strip() or None) != value:
            self.blockSignals(True)
            self.setText(value or "")
            self.blockSignals(False)
            self._validate(self.text())


class OptionCombo(QComboBox):
    """A drop-down with exactly the template's options, plus an empty choice first.

    Each item's data is the template's English option (what is stored and exported); its text
    may be RMI's translation of it (`show_options`)."""

    def __init__(self, options: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.addItem("", None)
        for option in options:
            self.addItem(option, option)
        self._fit()

    def _fit(self) -> None:
        texts = [self.itemText(i) for i in range(self.count())]
        longest = max((self.fontMetrics().horizontalAdvance(t) for t in texts), default=60)
        self.setMinimumWidth(min(longest + 48, 260))
        self.view().setMinimumWidth(longest + 32)  # the pop-up shows whole options

    def show_options(self, display: Callable[[str], str]) -> None:
        """Show each option as `display(option)`; the stored values stay the English ones."""
        for i in range(1, self.count()):  # 0 is the empty choice
            data = self.itemData(i)
            if not isinstance(data, str):
                continue
            text = display(data)
            if data not in self.options:
                text = self.tr("{value} (not one of the template's options)").format(value=data)
            elif text != data:
                self.setItemData(i, data, Qt.ItemDataRole.ToolTipRole)
            self.setItemText(i, text)
        self._fit()

    def value(self) -> str | None:
        # Never ask for the empty choice's data: PySide6 6.12 drops a reference to None each
        # time it returns None from an item's data, until the interpreter aborts.
        if self.currentIndex() <= 0:
            return None
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_value(self, value: str | None) -> None:
        self.blockSignals(True)
        index = self.findData(value) if value is not None else 0
        if index < 0:
            # A value read from a workbook that is not an option: show it, flagged.
            text = self.tr("{value} (not one of the template's options)").format(value=value)
            self.addItem(text, value)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.blockSignals(False)


def display_format(locale: QLocale) -> str:
    """English keeps the template's own DD-MMM-YYYY; other languages get their usual short
    date, with the year in four digits."""
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return DATE_FORMAT
    return _SHORT_YEAR.sub("yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


class DatePicker(QDateEdit):
    """A date with a calendar pop-up, in the interface language's date format; the minimum
    means "not set". The declaration keeps ISO dates; the writer formats them for the
    template."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        locale = QLocale()
        self.setLocale(locale)
        self.calendarWidget().setLocale(locale)
        self.setDisplayFormat(display_format(locale))
        self.setSpecialValueText(self.tr("Not set — pick a date"))

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
