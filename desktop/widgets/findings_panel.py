"""The findings panel: every error, red flag and item to re-confirm at once, grouped, each with
its cell. It folds to a narrow strip (by its button, and by itself in a narrow window) so the
page beside it gets the room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.finding_texts import Display, finding_words
from desktop.widgets.sizing import measure_few_rows
from forms.rules.finding import Finding

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
NARROW_WINDOW = 1200
"""Below this window width the panel starts folded (1024×600 and 1366×768 at 125 % scaling)."""
_WIDEST = 16777215  # QWIDGETSIZE_MAX


def cell_text(f: Finding) -> str:
    if f.sheet and f.cell:
        sheet = f"'{f.sheet}'" if " " in f.sheet else f.sheet
        return f"{sheet}!{f.cell}"
    return ""


class FindingsPanel(QWidget):
    """Attributes: tree, toggle (folds and unfolds the panel), collapsed.

    Signals: finding_activated(path) — the user clicked a finding."""

    finding_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collapsed = False
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(False)
        self.tree.setUniformRowHeights(True)
        header = measure_few_rows(self.tree.header())
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.title = QLabel()
        self.title.setObjectName("findings.title")
        self.toggle = QToolButton()
        self.toggle.setObjectName("findings.toggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggle.clicked.connect(self._toggled)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self._filler = QWidget()  # keeps the button at the top while folded
        self._filler.hide()
        layout.addWidget(self._filler, 1)
        self.errors = self._group()
        self.red_flags = self._group()
        self.to_confirm = self._group()
        self.findings: list[Finding] = []
        self._expanded_width = 320
        self._user_chose = False
        self._fitting = False
        self.display: Display = str
        """Shows a mineral, an answer or a question text in the interface language."""
        self.retranslate()

    def _toggled(self) -> None:
        self._user_chose = True  # from now on the window's width no longer decides
        self.set_collapsed(not self.collapsed)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_window()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_window()

    def _fit_window(self) -> None:
        """Fold in a narrow window and unfold in a wide one, until the user chose."""
        narrow = self.window().width() < NARROW_WINDOW
        if not self._user_chose and narrow != self.collapsed and not self._fitting:
            self._fitting = True
            self.set_collapsed(narrow)
            self._fitting = False

    def set_collapsed(self, collapsed: bool) -> None:
        """Fold the panel to its button (the page beside it takes the room) or unfold it."""
        splitter = self.parentWidget()
        splitter = splitter if isinstance(splitter, QSplitter) else None
        if collapsed and not self.collapsed and self.width() > 60:
            self._expanded_width = self.width()
        self.collapsed = collapsed
        self.tree.setVisible(not collapsed)
        self.title.setVisible(not collapsed)
        self._filler.setVisible(collapsed)
        folded = self.toggle.sizeHint().width() + 4
        self.setMaximumWidth(folded if collapsed else _WIDEST)
        if splitter is not None and collapsed:  # the room goes to the page, not the sections
            at = splitter.indexOf(self)
            sizes = splitter.sizes()
            widest = max(range(len(sizes)), key=lambda i: sizes[i] if i != at else -1)
            sizes[widest] += max(0, sizes[at] - folded)
            sizes[at] = folded
            splitter.setSizes(sizes)
        if splitter is not None and not collapsed:
            at = splitter.indexOf(self)
            sizes = splitter.sizes()
            widest = max(range(len(sizes)), key=lambda i: sizes[i] if i != at else -1)
            give = min(self._expanded_width - sizes[at], sizes[widest] // 2)
            if give > 0:
                sizes[at] += give
                sizes[widest] -= give
                splitter.setSizes(sizes)
        self._name_toggle()

    def _name_toggle(self) -> None:
        errors = sum(1 for f in self.findings if f.severity == "error")
        self.toggle.setText(f"◂ {errors}" if self.collapsed else "▸")
        self.toggle.setToolTip(
            self.tr("Show the findings ({count} errors)").format(count=errors)
            if self.collapsed
            else self.tr("Fold the findings panel away")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Cell")])
        self.tree.setToolTip(
            self.tr(
                "Click a finding to go to its field. Errors are what RMI's Checker "
                "counts; red flags are worth a look before sending."
            )
        )
        self.title.setText(self.tr("Findings"))
        self.set_findings(self.findings)

    def _group(self) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [""])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        return item

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.tree.setUpdatesEnabled(False)
        for group, severity, color, title in (
            (self.errors, "error", theme.error_color(), self.tr("Errors: {count}")),
            (self.red_flags, "warning", theme.warning_color(), self.tr("Red flags: {count}")),
            (self.to_confirm, "confirm", theme.warning_color(), self.tr("To confirm: {count}")),
        ):
            group.takeChildren()
            chosen = [f for f in findings if f.severity == severity]
            group.setHidden(severity == "confirm" and not chosen)
            group.setText(0, title.format(count=len(chosen)))
            for f in chosen:
                message, hint = finding_words(f, self.display)
                child = QTreeWidgetItem(group, [message, cell_text(f)])
                child.setForeground(0, color)
                child.setToolTip(0, f"{message}\n{hint}" if hint else message)
                child.setData(0, PATH_ROLE, f.path)
            group.setExpanded(True)
        if not findings:
            self.errors.setText(0, self.tr("Errors: none — every required field is filled in"))
        self.tree.setUpdatesEnabled(True)
        self._name_toggle()

    def items(self) -> list[QTreeWidgetItem]:
        groups = (self.errors, self.red_flags, self.to_confirm)
        return [c for g in groups for i in range(g.childCount()) if (c := g.child(i)) is not None]

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        path = item.data(0, PATH_ROLE)
        if isinstance(path, str):
            self.finding_activated.emit(path)
