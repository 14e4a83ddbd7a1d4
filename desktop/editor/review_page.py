"""The Review & export page: what is left to do, then export to the official template."""

from __future__ import annotations

import copy
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.backend import template_entries
from desktop.editor.page_base import Page
from desktop.editor.session import DeclarationSession
from forms.rules.finding import Finding
from forms.workbook.writer import export_layout, suggested_file_name

LAYOUT = "layout"


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to write the workbook (tests replace this function)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, "Export workbook", suggested, "Excel workbook (*.xlsx)"
    )
    return path or None


class ReviewPage(Page):
    """Signals: add_template_requested(), exported(path), export_finished() (after each export,
    written or failed). Attributes: export_job (the running export, if any)."""

    add_template_requested = Signal()
    exported = Signal(str)
    export_finished = Signal()

    key = "review"
    title = "Review & export"

    def __init__(
        self, session: DeclarationSession, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.data_dir = data_dir
        self.findings: list[Finding] = []
        self.last_export: Path | None = None
        self.export_job: Any = None
        self.heading(
            "Review & export", "Check what is left, then export the workbook for your customer."
        )
        summary = QGroupBox("Summary")
        form = QFormLayout(summary)
        self.completeness = QLabel()
        self.completeness.setObjectName("completeness")
        self.red_flags = QLabel()
        self.smelters = QLabel()
        self.smelters.setWordWrap(True)
        form.addRow("Completeness:", self.completeness)
        form.addRow("Red flags:", self.red_flags)
        form.addRow("Smelters per metal:", self.smelters)
        self.layout_.addWidget(summary)

        box = QGroupBox("Export")
        eform = QFormLayout(box)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("export.template")
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(24)
        add = QPushButton("Add template…")
        add.clicked.connect(self.add_template_requested)
        row = QHBoxLayout()
        row.addWidget(self.template_combo, 1)
        row.addWidget(add)
        eform.addRow("Template:", row)
        self.template_note = QLabel()
        self.template_note.setWordWrap(True)
        eform.addRow("", self.template_note)
        self.file_name = QLineEdit()
        self.file_name.setObjectName("export.file_name")
        self._user_named = False
        self.file_name.textEdited.connect(lambda _t: setattr(self, "_user_named", True))
        eform.addRow("File name:", self.file_name)
        self.export_button = QPushButton("Export workbook…")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        eform.addRow("", self.export_button)
        self.result = QLabel()
        self.result.setObjectName("export.result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton("Open containing folder")
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.open_folder)
        eform.addRow("", result_row)
        self.layout_.addWidget(box)
        self.layout_.addStretch(1)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.reload_templates()

    # --- templates ------------------------------------------------------------------------

    def reload_templates(self) -> None:
        decl = self.session.decl
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for entry in template_entries(self.session.store, decl.family, decl.version):
            self.template_combo.addItem(
                f"Official RMI {decl.family} {decl.version} (from your library)", entry
            )
        self.template_combo.addItem("Compatible layout — NOT the official RMI template", LAYOUT)
        self.template_combo.setCurrentIndex(0)
        self.template_combo.blockSignals(False)
        self._template_chosen()

    def _template_chosen(self) -> None:
        decl = self.session.decl
        if self.template_combo.currentData() == LAYOUT:
            self.template_note.setText(
                f"The app builds a workbook with the same sheets and cells as {decl.family} "
                f"{decl.version}, marked as not official. Customers may require the official "
                "template: add it (from your customer's e-mail or RMI's website) to export into it."
            )
        else:
            self.template_note.setText(
                "Only the answer cells of the official workbook are filled in."
            )
        name = suggested_file_name(decl)
        if self.template_combo.currentData() == LAYOUT:
            name = name.removesuffix(".xlsx") + "_compatible-layout.xlsx"
        self.file_name.setText(name)

    # --- summary ----------------------------------------------------------------------------

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = len(findings) - errors
        self.completeness.setText(
            "Complete — every required field is filled in."
            if errors == 0
            else f"{errors} required field{'s' if errors != 1 else ''} still missing "
            "(see the findings panel)."
        )
        self.red_flags.setText(f"{warnings} to look at" if warnings else "None")
        self.refresh()

    def refresh(self) -> None:
        counts = Counter(s.metal for s in self.session.decl.smelters if s.metal)
        minerals = self.session.decl.minerals_in_scope
        self.smelters.setText(", ".join(f"{m}: {counts.get(m, 0)}" for m in minerals) or "—")

    def on_rows_changed(self, kind: str) -> None:
        self.refresh()

    def on_field_changed(self, path: str) -> None:
        if path == "company.name" and not self._user_named:
            self._template_chosen()

    # --- export -------------------------------------------------------------------------------

    def export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(
            Path(folder) / (self.file_name.text().strip() or suggested_file_name(self.session.decl))
        )
        path = ask_save_path(self, suggested)
        if path:
            self.export_to(Path(path))

    def export_to(self, output: Path) -> None:
        """Write the workbook to `output` in a worker thread; the result line then states the
        Checker count of the written file, and `export_finished` is emitted."""
        from desktop.editor.export_job import ExportJob

        if output.suffix.lower() != ".xlsx":
            output = output.with_suffix(".xlsx")
        choice = self.template_combo.currentData()
        template = None if choice == LAYOUT else Path(choice.path)
        store, decl_id = self.session.store, self.session.decl_id
        snapshot = copy.deepcopy(self.session.decl)  # the UI thread keeps editing its own copy

        def job() -> Any:
            if template is None:
                # The store would pick the library's official workbook; the user chose the layout.
                return export_layout(snapshot, output)
            return store.export(decl_id, output, template=template)

        self.export_button.setEnabled(False)
        self.export_job = ExportJob(self, job, self.tr("Exporting the workbook…"), self._exported)
        self.export_job.start()

    def _exported(self, result: Any, failure: str | None) -> None:
        self.export_job = None
        self.export_button.setEnabled(True)
        self.open_folder.setVisible(result is not None)
        if result is None:
            self.result.setText(f"Export failed: {failure}")
            self.export_finished.emit()
            return
        remaining = int(result.checker_remaining)
        kind = "official template" if result.official else "compatible layout (not official)"
        self.result.setText(
            f"Exported {Path(result.path).name} ({kind}). Checker: {remaining} required "
            f"field{'s' if remaining != 1 else ''} missing."
        )
        self.last_export = Path(result.path)
        self.exported.emit(str(result.path))
        self.export_finished.emit()

    def _open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))
