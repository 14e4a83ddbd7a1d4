"""The column-mapping step of a paste: the first pasted rows, and per column the field it fills."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forms import paste
from forms.templates.model import Column

PREVIEW_ROWS = 8


class PasteMappingDialog(QDialog):
    """Attributes: table (the pasted cells), combos (one per pasted column: field key or None),
    header_box (first row is a header), preview (QTableWidget), buttons, summary."""

    def __init__(
        self,
        table: list[list[str]],
        columns: Sequence[Column],
        minerals: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste rows"))
        self.table, self.columns, self._minerals = table, tuple(columns), tuple(minerals)
        width = len(table[0]) if table else 0
        intro = QLabel(
            self.tr(
                "Choose which field each pasted column fills (or Ignore). The first rows are "
                "shown below."
            )
        )
        intro.setWordWrap(True)
        self.header_box = QCheckBox(self.tr("The first row holds column names (do not add it)"))
        self.preview = QTableWidget(0, width)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultSectionSize(170)
        self.preview.horizontalHeader().hide()
        self.combos: list[QComboBox] = []
        self.preview.insertRow(0)
        for i in range(width):
            combo = QComboBox()
            combo.addItem(self.tr("Ignore"), None)
            for c in self.columns:
                combo.addItem(c.header, c.key)
            self.combos.append(combo)
            self.preview.setCellWidget(0, i, combo)
        for r, row in enumerate(table[:PREVIEW_ROWS]):
            self.preview.insertRow(r + 1)
            for i, cell in enumerate(row):
                self.preview.setItem(r + 1, i, QTableWidgetItem(cell))
        self.preview.setRowHeight(0, max(self.preview.rowHeight(0), 30))
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.header_box)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(min(220 + 170 * width, 1100), 420)
        header = paste.has_header(table, self.columns)
        self.header_box.setChecked(header)
        self._apply_guess(header)
        self.header_box.toggled.connect(self._apply_guess)
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._update_summary)

    def _apply_guess(self, header: bool) -> None:
        guess = paste.guess_mapping(self.table, self.columns, header, minerals=self._minerals)
        for combo, key in zip(self.combos, guess, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)
        self._update_summary()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def set_mapping(self, keys: Sequence[str | None]) -> None:
        for combo, key in zip(self.combos, keys, strict=False):
            combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)

    def has_header(self) -> bool:
        return self.header_box.isChecked()

    def _update_summary(self) -> None:
        rows = len(self.table) - (1 if self.has_header() else 0)
        mapped = sum(1 for k in self.mapping() if k)
        self.summary.setText(
            self.tr("%1 row(s) will be added; %2 of %3 column(s) are used.")
            .replace("%1", str(rows))
            .replace("%2", str(mapped))
            .replace("%3", str(len(self.combos)))
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(mapped > 0 and rows > 0)
