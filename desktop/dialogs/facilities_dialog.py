"""The "Import RMI facility list" dialog: where to get the list, pick the downloaded file, and
see which columns were found, which were not, and what changed since the last import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import StoreError
from forms.facilities import FacilityList, FacilityListError, FacilityState
from forms.facilities.diff import FacilityListDiff
from forms.facilities.importer import import_file

ImportList = Callable[[FacilityList], FacilityListDiff]


class FacilitiesDialog(QDialog):
    """Attributes: intro, current_label, default_state (QComboBox: from the file, Conformant,
    Active), choose_button, report (read-only text), buttons. `imported(list, diff)` is
    called after each successful import."""

    def __init__(
        self,
        *,
        current: FacilityList | None,
        import_list: ImportList,
        imported: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("RMI facility list"))
        self.setMinimumWidth(520)
        self._import_list = import_list
        self._had_list = current is not None
        self._imported = imported
        self.intro = QLabel(
            self.tr(
                "RMI publishes which smelters and refiners are conformant or active. On "
                "responsiblemineralsinitiative.org open the Conformant and the Active smelters "
                "and refiners lists, use “Download Data” (or save the table as CSV or Excel), "
                "and import the file here. Refresh it every month: statuses change."
            )
        )
        self.intro.setWordWrap(True)
        self.current_label = QLabel()
        self.current_label.setWordWrap(True)
        self.default_state = QComboBox()
        self.default_state.addItem(self.tr("as the file says"), None)
        self.default_state.addItem(self.tr("Conformant"), FacilityState.CONFORMANT)
        self.default_state.addItem(self.tr("Active"), FacilityState.ACTIVE)
        form = QFormLayout()
        form.addRow(self.tr("Status of each row:"), self.default_state)
        self.choose_button = QPushButton(self.tr("Choose the downloaded file…"))
        self.choose_button.clicked.connect(self._choose)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(160)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.current_label):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self._show_current(current)

    def _show_current(self, current: FacilityList | None) -> None:
        if current is None:
            self.current_label.setText(self.tr("No list imported yet."))
            return
        self.current_label.setText(
            self.tr("Imported: %1 (list of %2, %3 facilities).")
            .replace("%1", current.source_name)
            .replace("%2", current.as_of.isoformat())
            .replace("%3", str(len(current.facilities)))
        )

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import RMI facility list"),
            "",
            self.tr("Facility lists (*.xml *.xls *.xlsx *.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> bool:
        """Import `path`; the report says what happened. True when the list was replaced."""
        try:
            facilities = import_file(path, default_state=self.default_state.currentData())
            diff = self._import_list(facilities)
        except (FacilityListError, StoreError) as exc:
            self.report.setPlainText(self.tr("Not imported: %1").replace("%1", str(exc)))
            return False
        self.report.setPlainText(self._summary(facilities, diff))
        self._had_list = True
        self._show_current(facilities)
        if self._imported is not None:
            self._imported()
        return True

    def _summary(self, facilities: FacilityList, diff: FacilityListDiff) -> str:
        found = ", ".join(f"“{header}”" for header in facilities.columns.values())
        lines = [
            self.tr("Imported %1 facilities (list of %2).")
            .replace("%1", str(len(facilities.facilities)))
            .replace("%2", facilities.as_of.isoformat()),
            self.tr("Columns found: %1").replace("%1", found),
        ]
        if facilities.missing:
            lines.append(
                self.tr("Columns not found: %1").replace("%1", ", ".join(facilities.missing))
            )
        lines.append(
            self.tr("Since the last import: %1 new, %2 dropped, %3 with a new status.")
            .replace("%1", str(len(diff.added)))
            .replace("%2", str(len(diff.dropped)))
            .replace("%3", str(len(diff.changed)))
        )
        lines += [f"  {c.cid} {c.name} ({c.metal}): {c.before} → {c.after}" for c in diff.changed]
        if self._had_list:  # on a first import every row is "new": not worth listing
            lines += [f"  + {f.cid} {f.name} ({f.metal})" for f in diff.added[:50]]
            lines += [f"  − {f.cid} {f.name} ({f.metal})" for f in diff.dropped[:50]]
        return "\n".join(lines)
