"""What every editor page shares: the path → widget registry, binding, and load/refresh."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.editor.session import DeclarationSession
from desktop.widgets.fields import CheckedLineEdit, DatePicker, OptionCombo

FieldWidget = CheckedLineEdit | OptionCombo | DatePicker


class _Body(QWidget):
    """A page's scrolled content. QScrollArea sizes its widget by size hints, which ignore
    height-for-width: word-wrapped texts (long in Chinese or at 125–150 % scaling) were cut off
    at narrow widths. The body asks its layout for the height its width needs instead."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(event.size().width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)
        super().resizeEvent(event)


class Page(QWidget):
    """One section of the guided editor.

    Attributes:
        key: stable name of the section ("company", "q3", "review" …).
        title: what the section list shows (set again by `retranslate`).
        fields: path → widget, used to refresh after undo and to focus a finding's field.

    Pages set their texts in `retranslate()`, called when built and on every LanguageChange.
    """

    key = ""
    title = ""

    def __init__(self, session: DeclarationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fields: dict[str, FieldWidget] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        self.body = _Body()
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.layout_.setSpacing(10)
        scroll.setWidget(self.body)
        self.heading_label: QLabel | None = None
        self._help_buttons: list[QPushButton] = []
        self.intro_label: QLabel | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the interface language; pages override (and call this)."""
        for button in self._help_buttons:
            button.setText(self.tr("Definitions…"))
            button.setToolTip(self.tr("What the terms in this question mean"))

    def set_heading(self, text: str, intro: str = "") -> None:
        if self.heading_label is not None:
            self.heading_label.setText(text)
        if self.intro_label is not None:
            self.intro_label.setText(intro)
            self.intro_label.setVisible(bool(intro))

    # --- building -------------------------------------------------------------------------

    def heading(self, text: str, intro: str = "") -> None:
        """The page's title and introduction (`set_heading` changes them)."""
        title = QLabel(text)
        title.setObjectName("heading")
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.layout_.addWidget(title)
        label = QLabel(intro)
        label.setObjectName("intro")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setVisible(bool(intro))
        self.layout_.addWidget(label)
        self.heading_label, self.intro_label = title, label

    def help_button(
        self, title: str | Callable[[], str], text: str | Callable[[], str]
    ) -> QPushButton:
        """A Definitions… button; `title` and `text` may be functions, read when clicked (so
        they are in the language in use then)."""
        button = QPushButton(self.tr("Definitions…"))
        button.setObjectName("definitions")
        button.setToolTip(self.tr("What the terms in this question mean"))
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        def show() -> None:
            QMessageBox.information(
                self,
                title() if callable(title) else title,
                text() if callable(text) else text,
            )

        button.clicked.connect(show)
        self._help_buttons.append(button)
        return button

    def bind(self, path: str, widget: FieldWidget) -> FieldWidget:
        self.fields[path] = widget
        widget.set_value(self.session.value(path))
        if isinstance(widget, CheckedLineEdit):
            widget.textEdited.connect(lambda text, p=path: self.session.set_field(p, text))
        elif isinstance(widget, OptionCombo):
            widget.currentIndexChanged.connect(
                lambda _i, p=path, w=widget: self.session.set_field(p, w.value())
            )
        else:
            widget.dateChanged.connect(
                lambda _d, p=path, w=widget: self.session.set_field(p, w.value())
            )
        return widget

    # --- reacting ---------------------------------------------------------------------------

    def load(self) -> None:
        """Show the declaration's current values in every bound widget."""
        for path, widget in self.fields.items():
            widget.set_value(self.session.value(path))
        self.refresh()

    def refresh(self) -> None:
        """Re-evaluate what depends on other answers (gating); pages override."""

    def on_field_changed(self, path: str) -> None:
        widget = self.fields.get(path)
        if widget is not None:
            widget.set_value(self.session.value(path))
        self.refresh()

    def on_rows_changed(self, kind: str) -> None:
        """A list sheet changed; pages showing it override."""

    def on_minerals_changed(self) -> None:
        """The minerals in scope changed; pages with per-mineral rows override."""

    def focus_path(self, path: str) -> bool:
        widget = self.fields.get(path)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
