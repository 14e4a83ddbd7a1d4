"""What every editor page shares: the path → widget registry, binding, and load/refresh."""

from __future__ import annotations

from PySide6.QtCore import Qt
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


class Page(QWidget):
    """One section of the guided editor.

    Attributes:
        key: stable name of the section ("company", "q3", "review" …).
        title: what the section list shows.
        fields: path → widget, used to refresh after undo and to focus a finding's field.
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
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.layout_.setSpacing(10)
        scroll.setWidget(self.body)

    # --- building -------------------------------------------------------------------------

    def heading(self, text: str, intro: str = "") -> None:
        title = QLabel(text)
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.layout_.addWidget(title)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(label)

    def help_button(self, title: str, text: str) -> QPushButton:
        button = QPushButton("Definitions…")
        button.setToolTip("What the terms in this question mean")
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: QMessageBox.information(self, title, text))
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
