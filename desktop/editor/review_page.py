"""The Review & export page: what is left to do, then export to the official template."""

from __future__ import annotations

import copy
import os
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.backend import template_entries
from desktop.dialogs.work_alone import ask_work_alone
from desktop.editor.page_base import Page
from desktop.editor.session import DeclarationSession
from forms.facilities.stats import standing_by_metal
from forms.review.smelter_stats import smelter_counts
from forms.rules.finding import Finding
from forms.workbook.writer import export_layout, suggested_file_name

LAYOUT = "layout"


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to write the workbook (tests replace this function)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReviewPage", "Export workbook"),
        suggested,
        QCoreApplication.translate("ReviewPage", "Excel workbook (*.xlsx)"),
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
        self.heading("")
        self.summary_box = QGroupBox()
        form = QFormLayout(self.summary_box)
        self.completeness = QLabel()
        self.completeness.setObjectName("completeness")
        self.completeness.setWordWrap(True)
        self.red_flags = QLabel()
        self.smelters = QLabel()
        self.smelters.setWordWrap(True)
        self.form_labels = [QLabel() for _ in range(5)]
        form.addRow(self.form_labels[0], self.completeness)
        form.addRow(self.form_labels[1], self.red_flags)
        form.addRow(self.form_labels[2], self.smelters)
        self.facility_label = QLabel()
        self.facility_status = QLabel()
        self.facility_status.setWordWrap(True)
        form.addRow(self.facility_label, self.facility_status)
        self.layout_.addWidget(self.summary_box)

        box = QGroupBox()
        self.export_box = box
        eform = QFormLayout(box)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("export.template")
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(12)  # gives way in a narrow window
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_template_requested)
        row = QHBoxLayout()
        row.addWidget(self.template_combo, 1)
        row.addWidget(self.add_button)
        eform.addRow(self.form_labels[3], row)
        self.template_note = QLabel()
        self.template_note.setWordWrap(True)
        eform.addRow("", self.template_note)
        self.file_name = QLineEdit()
        self.file_name.setObjectName("export.file_name")
        self._user_named = False
        self.file_name.textEdited.connect(lambda _t: setattr(self, "_user_named", True))
        eform.addRow(self.form_labels[4], self.file_name)
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        eform.addRow("", self.export_button)
        self.layout_.addWidget(box)
        self._build_result_box()
        self.layout_.addStretch(1)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self._result: Any = None
        self._failure: str | None = None
        self.reload_templates()
        self.retranslate()

    def _build_result_box(self) -> None:
        """The outcome of the last export, in full: official or not, the Checker count, where
        the file is, and Open / Show in folder (a box of its own: never clipped to one line)."""
        self.result_box = QGroupBox()
        self.result_box.setObjectName("export.result_box")
        self.result_box.setVisible(False)
        box = QVBoxLayout(self.result_box)
        self.result = QLabel()
        self.result.setObjectName("export.result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_path = QLabel()
        self.result_path.setObjectName("export.path")
        self.result_path.setWordWrap(True)
        self.result_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file = QPushButton()
        self.open_file.setObjectName("export.open")
        self.open_file.clicked.connect(self._open_file)
        self.open_folder = QPushButton()
        self.open_folder.setObjectName("export.show_in_folder")
        self.open_folder.clicked.connect(self._open_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_file)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        box.addWidget(self.result)
        box.addWidget(self.result_path)
        box.addLayout(buttons)
        self.layout_.addWidget(self.result_box)

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Review & export")
        self.set_heading(
            self.tr("Review & export"),
            self.tr("Check what is left, then export the workbook for your customer."),
        )
        self.summary_box.setTitle(self.tr("Summary"))
        self.export_box.setTitle(self.tr("Export"))
        for label, text in zip(
            self.form_labels,
            (
                self.tr("Completeness:"),
                self.tr("Red flags:"),
                self.tr("Smelters per metal:"),
                self.tr("Template:"),
                self.tr("File name:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.add_button.setText(self.tr("Add template…"))
        self.export_button.setText(self.tr("Export workbook…"))
        self.result_box.setTitle(self.tr("Last export"))
        self.open_file.setText(self.tr("Open"))
        self.open_folder.setText(self.tr("Show in folder"))
        self._name_templates()
        self._show_note()
        self.show_findings(self.findings)
        self._show_result()

    # --- templates ------------------------------------------------------------------------

    def reload_templates(self) -> None:
        decl = self.session.decl
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for entry in template_entries(self.session.store, decl.family, decl.version):
            self.template_combo.addItem("", entry)
        self.template_combo.addItem("", LAYOUT)
        self._name_templates()
        self.template_combo.setCurrentIndex(0)
        self.template_combo.blockSignals(False)
        self._template_chosen()

    def _name_templates(self) -> None:
        decl = self.session.decl
        for i in range(self.template_combo.count()):
            self.template_combo.setItemText(
                i,
                self.tr("Compatible layout — NOT the official RMI template")
                if self.template_combo.itemData(i) == LAYOUT
                else self.tr("Official RMI {family} {version} (from your library)").format(
                    family=decl.family, version=decl.version
                ),
            )

    def _show_note(self) -> None:
        decl = self.session.decl
        self.template_combo.setToolTip(self.template_combo.currentText())
        if self.template_combo.currentData() == LAYOUT:
            self.template_note.setText(
                self.tr(
                    "The app builds a workbook with the same sheets and cells as {family} "
                    "{version}, marked as not official. Customers may require the official "
                    "template: add it (from your customer's e-mail or RMI's website) to export "
                    "into it."
                ).format(family=decl.family, version=decl.version)
            )
        else:
            self.template_note.setText(
                self.tr("Only the answer cells of the official workbook are filled in.")
            )

    def _template_chosen(self) -> None:
        decl = self.session.decl
        self._show_note()
        name = suggested_file_name(decl)
        if self.template_combo.currentData() == LAYOUT:
            name = name.removesuffix(".xlsx") + "_compatible-layout.xlsx"
        self.file_name.setText(name)

    # --- summary ----------------------------------------------------------------------------

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = sum(1 for f in findings if f.severity == "warning")
        confirm = sum(1 for f in findings if f.severity == "confirm")
        self.completeness.setText(
            self.tr("Complete — every required field is filled in.")
            if errors == 0
            else self.tr("1 required field still missing (see the findings panel).")
            if errors == 1
            else self.tr("{count} required fields still missing (see the findings panel).").format(
                count=errors
            )
        )
        self.red_flags.setText(
            self.tr("{count} to look at").format(count=warnings) if warnings else self.tr("None")
        )
        if confirm:
            self.completeness.setText(
                self.completeness.text()
                + "\n"
                + self.tr(
                    "{count} value(s) carried over from the previous declaration still to confirm."
                ).format(count=confirm)
            )
        self.refresh()

    def refresh(self) -> None:
        counts = smelter_counts(self.session.decl)  # the e-mail summary's count too
        name = self.session.texts().text
        self.smelters.setText(", ".join(f"{name(m)}: {n}" for m, n in counts.items()) or "—")
        self._show_facility_status()

    def _show_facility_status(self) -> None:
        """Per metal, conformant / active / other on RMI's list (hidden without a list)."""
        facilities = self.session.facilities()
        self.facility_label.setVisible(facilities is not None)
        self.facility_status.setVisible(facilities is not None)
        if facilities is None:
            return
        self.facility_label.setText(self.tr("RMI status:"))
        name = self.session.texts().text
        stats = standing_by_metal(self.session.decl.smelters, facilities, date.today())
        self.facility_status.setText(
            "\n".join(
                self.tr("%1: %2 conformant, %3 active, %4 other")
                .replace("%1", name(s.metal))
                .replace("%2", str(s.conformant))
                .replace("%3", str(s.active))
                .replace("%4", str(s.other))
                for s in stats
            )
            or "—"
        )

    def on_rows_changed(self, kind: str) -> None:
        self.refresh()

    def on_field_changed(self, path: str) -> None:
        if path == "company.name" and not self._user_named:
            self._template_chosen()

    # --- export -------------------------------------------------------------------------------

    def export(self) -> None:
        """Export after the user chose where; a declaration with errors is exported only when
        the user says so, and the first export asks once whether a colleague reviews."""
        errors = sum(1 for f in self.findings if f.severity == "error")
        if errors and not self._export_anyway(errors):
            return
        ask_work_alone(self, self.data_dir)
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
        self._result, self._failure = result, failure
        self._show_result()
        if result is not None:
            self.last_export = Path(result.path)
            self.exported.emit(str(result.path))
        self.export_finished.emit()

    def _export_anyway(self, errors: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Export with missing fields?"),
            (
                self.tr("1 required field is still missing.")
                if errors == 1
                else self.tr("{count} required fields are still missing.").format(count=errors)
            )
            + "\n\n"
            + self.tr(
                "RMI's Checker in the exported workbook will count them, and your customer "
                "will see an incomplete declaration. Export anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_result(self) -> None:
        result = self._result
        shown = self._failure is not None or result is not None
        self.result_box.setVisible(shown)
        self.open_file.setVisible(result is not None and self._failure is None)
        self.open_folder.setVisible(result is not None and self._failure is None)
        self.result_path.setVisible(result is not None and self._failure is None)
        if self._failure is not None:
            self.result.setText(self.tr("Export failed: {error}").format(error=self._failure))
        elif result is not None:
            path = Path(result.path)
            remaining = int(result.checker_remaining)
            kind = (
                self.tr("official template")
                if result.official
                else self.tr("compatible layout, not official")
            )
            checker = (
                self.tr("Checker: 1 required field missing.")
                if remaining == 1
                else self.tr("Checker: {count} required fields missing.").format(count=remaining)
            )
            self.result.setText(
                self.tr("Exported {name} ({kind}). {checker}").format(
                    name=path.name, kind=kind, checker=checker
                )
            )
            color = theme.error_color() if remaining else self.palette().text().color()
            self.result.setStyleSheet(f"color: {color.name()}")
            # Break a long path at its separators: a word-wrapped label breaks only at spaces.
            folder = str(path.parent).replace(os.sep, os.sep + "\u200b")
            self.result_path.setText(self.tr("Saved in: {folder}").format(folder=folder))
            self.result_path.setToolTip(str(path))

    def _open_file(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))

    def _open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))
