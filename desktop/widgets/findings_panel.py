"""The findings panel: every error and red flag at once, grouped, each with its cell."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop import theme
from desktop.finding_texts import Display, finding_words
from forms.rules.finding import Finding

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def cell_text(f: Finding) -> str:
    if f.sheet and f.cell:
        sheet = f"'{f.sheet}'" if " " in f.sheet else f.sheet
        return f"{sheet}!{f.cell}"
    return ""


class FindingsPanel(QWidget):
    """Signals: finding_activated(path) — the user clicked a finding."""

    finding_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.errors = self._group()
        self.red_flags = self._group()
        self.findings: list[Finding] = []
        self.display: Display = str
        """Shows a mineral, an answer or a question text in the interface language."""
        self.retranslate()

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
        ):
            group.takeChildren()
            chosen = [f for f in findings if f.severity == severity]
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

    def items(self) -> list[QTreeWidgetItem]:
        groups = (self.errors, self.red_flags)
        return [c for g in groups for i in range(g.childCount()) if (c := g.child(i)) is not None]

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        path = item.data(0, PATH_ROLE)
        if isinstance(path, str):
            self.finding_activated.emit(path)
