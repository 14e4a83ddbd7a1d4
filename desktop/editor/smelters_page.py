"""The Smelters page: search-and-add from RMI's list, "not listed" and "not yet identified"
rows, problems flagged inline, paste, import from another workbook, and merging suppliers'
lists (the roll-up)."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.not_listed import NotListedDialog
from desktop.editor.lists_page import ListPage, RowType
from desktop.editor.session import DeclarationSession
from desktop.i18n import workbook_filter
from desktop.models.rows_model import RowsModel
from desktop.models.smelter_models import SmelterRowsModel
from desktop.widgets.smelter_search import SmelterSearch
from forms.declaration import Smelter
from forms.facilities.status import FacilityLookup
from forms.reference_data import LookupRow
from forms.rollup import Rollup, smelters_to_add
from forms.smelters import SmelterIndex
from forms.smelters.entry import (
    complete,
    from_lookup,
    match_pasted,
    not_listed,
    not_yet_identified,
    row_flags,
)
from forms.templates.model import Column

log = logging.getLogger(__name__)

_LOOKUP_FILLED = ("country", "smelter_id", "id_source", "street", "city", "state")


def ask_workbook_path(parent: QWidget, title: str) -> str | None:
    """Ask for one workbook (tests replace this function)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", workbook_filter())
    return path or None


def load_reference(session: DeclarationSession) -> tuple[Any, list[str]]:
    """The declaration's template reference data (None when not in the library) and the RMI
    country names (from any template in the library when the declaration's own is missing)."""
    from db.reference_queries import any_countries, template_reference

    try:
        ref = template_reference(session.store, session.decl.family, session.decl.version)
        countries = ref.countries if ref is not None else any_countries(session.store)
    except Exception:  # no readable library: search unavailable, manual entry still works
        log.exception("the smelter reference list could not be read")
        return None, []
    return ref, [c.name for c in countries]


_INDEXES: dict[str, SmelterIndex] = {}


def smelter_index(ref: Any) -> SmelterIndex | None:
    """The search index of `ref`'s Smelter Look-up, built once per workbook: an added workbook
    never changes (it is kept by its SHA-256), and building the index is most of an opening."""
    if ref is None or not ref.lookup:
        return None
    if ref.sha256 not in _INDEXES:
        if len(_INDEXES) >= 4:
            _INDEXES.pop(next(iter(_INDEXES)))
        _INDEXES[ref.sha256] = SmelterIndex(ref.lookup)
    return _INDEXES[ref.sha256]


class SmeltersPage(ListPage):
    """Attributes (besides ListPage's): index (SmelterIndex or None), lookup (its rows),
    countries, search (SmelterSearch), not_listed_button, unidentified_button (its menu has
    one action per mineral), import_button, merge_button, suggestion (frame with
    suggestion_label and apply_button), not_listed_dialog, rollup_dialog (when open)."""

    def __init__(self, session: DeclarationSession, parent: QWidget | None = None) -> None:
        ref, self.countries = load_reference(session)
        self.lookup: list[LookupRow] = ref.lookup if ref is not None else []
        self.index: SmelterIndex | None = smelter_index(ref)
        self.not_listed_dialog: NotListedDialog | None = None
        self.rollup_dialog: Any = None
        super().__init__(session, "smelters", parent)
        self.table.prepare_pasted = self._complete_all
        self.table.set_options("country", lambda: self.countries, free_text=True)
        self.table.add_button.hide()  # rows come from the search or the two buttons below

        self.search = SmelterSearch()
        self.search.mineral_name = lambda m: self.session.texts().text(m)
        self.search.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.search.picked.connect(self.add_picked)
        self.not_listed_button = QPushButton()
        self.not_listed_button.clicked.connect(lambda: self.ask_not_listed())
        self.unidentified_button = QPushButton()
        self.unidentified_menu = QMenu(self.unidentified_button)
        self.unidentified_menu.aboutToShow.connect(self._fill_unidentified_menu)
        self.unidentified_button.setMenu(self.unidentified_menu)
        self.blank_button = QPushButton()
        self.blank_button.clicked.connect(self.table.add_row)
        add_box = QFrame()
        add_box.setObjectName("add_smelter")
        add_box.setFrameShape(QFrame.Shape.StyledPanel)
        add_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box = QVBoxLayout(add_box)
        self.add_label = QLabel()
        self.add_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        box.addWidget(self.add_label)
        box.addWidget(self.search)
        others = QHBoxLayout()
        for b in (self.not_listed_button, self.unidentified_button, self.blank_button):
            others.addWidget(b)
        others.addStretch(1)
        box.addLayout(others)

        self.suggestion = QFrame()
        self.suggestion.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.apply_suggestion)
        bar = QHBoxLayout(self.suggestion)
        bar.addWidget(self.suggestion_label, 1)
        bar.addWidget(self.apply_button)
        self._suggested_row: int | None = None

        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.import_workbook())
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(lambda: self.open_rollup())
        files = QHBoxLayout()
        files.addWidget(self.import_button)
        files.addWidget(self.merge_button)
        files.addStretch(1)
        box.addLayout(files)

        self.facility_hint = QLabel()
        self.facility_hint.setObjectName("facility_hint")
        self.facility_hint.setWordWrap(True)
        self.facility_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        at = self.layout_.indexOf(self.table)
        self.layout_.insertWidget(at, add_box)
        self.layout_.insertWidget(at + 1, self.suggestion)
        self.layout_.insertWidget(at + 2, self.facility_hint)
        self.table.view.selectionModel().currentChanged.connect(lambda *_: self._show_suggestion())
        self.retranslate_smelters()
        self.search.set_index(self.index, self.session.decl.minerals_in_scope)
        self.update_flags()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "apply_button"):  # ListPage retranslates before these exist
            self.retranslate_smelters()

    def retranslate_smelters(self) -> None:
        self.add_label.setText(self.tr("<b>Add a smelter</b> — type a name, an alias or a CID:"))
        self.not_listed_button.setText(self.tr("Smelter not listed…"))
        self.not_listed_button.setToolTip(
            self.tr("A smelter that is not in RMI's list: enter its name and country")
        )
        self.unidentified_button.setText(self.tr("Smelter not yet identified"))
        self.blank_button.setText(self.tr("Add a blank row"))
        self.import_button.setText(self.tr("Import Smelter List…"))
        self.import_button.setToolTip(
            self.tr("Add the Smelter List of another CMRT, CRT or EMRT workbook")
        )
        self.merge_button.setText(self.tr("Merge suppliers' smelter lists…"))
        self.merge_button.setToolTip(
            self.tr("Roll up the files your suppliers sent and add their smelters here")
        )
        self.apply_button.setText(self.tr("Apply suggested smelter"))
        self.facility_hint.setText(
            self.tr(
                "To see which smelters are RMI-conformant or active, download RMI's facility "
                "lists (responsiblemineralsinitiative.org, Conformant and Active smelters and "
                "refiners, “Download Data”) and import them with File ▸ Import RMI facility "
                "list…"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "apply_button"):
            self.retranslate_smelters()
            self.update_flags()
        super().changeEvent(event)

    def make_model(self, columns: tuple[Column, ...], row_type: RowType) -> RowsModel:
        return SmelterRowsModel(columns, self._edited)

    @property
    def smelter_model(self) -> SmelterRowsModel:
        assert isinstance(self.model, SmelterRowsModel)
        return self.model

    # --- the template's formulas ----------------------------------------------------------------

    def _formulas(self, old: Smelter | None, new: Smelter) -> Smelter:
        """`new` as the template would show it: a look-up name changed to another alias takes
        that smelter's details; blanks are filled from the CID or the alias."""
        if self.index is None:
            return new
        if old is not None and new.lookup_name and old.lookup_name != new.lookup_name:
            cleared = replace(new, **dict.fromkeys(_LOOKUP_FILLED))
            filled = complete(cleared, self.index)
            if filled.smelter_id:
                return filled
        return complete(new, self.index)

    def _complete_all(self, rows: list[Any]) -> list[Any]:
        """Pasted rows go through the same matching as search (CID, name, alias), else they
        become "Smelter not listed" rows with the pasted name and country."""
        if self.index is None:
            return rows
        return [match_pasted(r, self.index) for r in rows]

    def _edited(self, rows: list[Any], label: str) -> None:
        old = self.session.decl.smelters
        if len(rows) == len(old):
            rows = [r if r == o else self._formulas(o, r) for r, o in zip(rows, old, strict=True)]
        super()._edited(rows, label)

    # --- adding ----------------------------------------------------------------------------------

    def add_picked(self, row: LookupRow) -> None:
        self.model.append_rows(
            [from_lookup(row)], self.tr("Add smelter %1").replace("%1", row.alias)
        )
        self.table.focus_row(self.model.rowCount() - 1, "lookup_name")

    def _default_metal(self) -> str | None:
        minerals = self.session.decl.minerals_in_scope
        chosen = self.search.chosen_metal()
        return chosen or (minerals[0] if len(minerals) == 1 else None)

    def ask_not_listed(self) -> NotListedDialog:
        dialog = NotListedDialog(
            self.session.decl.minerals_in_scope, self.countries, self._default_metal(), self
        )
        self.not_listed_dialog = dialog
        dialog.accepted.connect(lambda: self._add_not_listed(dialog))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: NotListedDialog) -> None:
        if self.not_listed_dialog is dialog:
            self.not_listed_dialog = None
        dialog.deleteLater()

    def _add_not_listed(self, dialog: NotListedDialog) -> None:
        country = dialog.chosen_country()
        name = dialog.name.text().strip()
        if not name or country is None:
            return
        row = not_listed(dialog.metal.currentText(), name, country)
        self.model.append_rows([row], self.tr("Add %1 (not listed)").replace("%1", name))
        self.table.focus_row(self.model.rowCount() - 1, "name")

    def _fill_unidentified_menu(self) -> None:
        self.unidentified_menu.clear()
        for mineral in self.session.decl.minerals_in_scope:
            action = self.unidentified_menu.addAction(mineral)
            action.triggered.connect(lambda _c=False, m=mineral: self.add_unidentified(m))

    def add_unidentified(self, metal: str) -> None:
        row = not_yet_identified(metal, self.lookup)
        label = self.tr("Add %1 smelter not yet identified").replace("%1", metal)
        self.model.append_rows([row], label)
        self.table.focus_row(self.model.rowCount() - 1, "lookup_name")

    def import_workbook(self, path: Path | None = None) -> int:
        """Append the Smelter List of another workbook; returns how many rows were added."""
        if path is None:
            chosen = ask_workbook_path(self, self.tr("Import the Smelter List of a workbook"))
            if not chosen:
                return 0
            path = Path(chosen)
        from desktop.read_job import read_in_worker

        read = read_in_worker(self, path)
        if read is None:  # cancelled while reading: nothing was imported
            return 0
        if read.error is not None:
            QMessageBox.warning(self, self.tr("Cannot import this file"), read.error)
            return 0
        smelters = read.result.declaration.smelters
        if not smelters:
            QMessageBox.information(
                self,
                self.tr("Nothing to import"),
                self.tr("%1 lists no smelters.").replace("%1", path.name),
            )
            return 0
        label = self.tr("Import %n smelter(s)", "", len(smelters))
        self.model.append_rows(smelters, label)
        return len(smelters)

    # --- roll-up --------------------------------------------------------------------------------

    def open_rollup(self) -> Any:
        from desktop.dialogs.rollup_dialog import RollupDialog

        dialog = RollupDialog(self, merge=self.merge_rollup, facilities=self.session.facilities())
        self.rollup_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def merge_rollup(self, rolled: Rollup) -> int:
        """Add the consolidated smelters this declaration lacks, as one undoable step."""
        added = smelters_to_add(self.session.decl, rolled)
        if added:
            label = self.tr("Merge %n smelter(s) from suppliers", "", len(added))
            self.model.append_rows(added, label)
        return len(added)

    # --- flags and the suggestion -------------------------------------------------------------

    def update_flags(self) -> None:
        decl = self.session.decl
        self.smelter_model.set_flags(row_flags(decl.smelters, decl.minerals_in_scope, self.index))
        facilities = self.session.facilities()
        self.facility_hint.setVisible(facilities is None)
        self.smelter_model.set_statuses(
            None
            if facilities is None
            else FacilityLookup(facilities).statuses(
                decl.smelters, date.today(), self.session.facility_due_days
            )
        )
        if facilities is not None:
            self._place_status_column()
        self._show_suggestion()

    def _place_status_column(self) -> None:
        """Show the RMI status right after the smelter's name, where it can be seen."""
        header = self.table.view.horizontalHeader()
        model = self.smelter_model
        try:
            after = header.visualIndex(model.column_of("lookup_name"))
        except StopIteration:
            return
        current = header.visualIndex(model.status_column())
        if current >= 0 and current != after + 1:
            header.moveSection(current, after + 1 if current > after else after)

    def _show_suggestion(self) -> None:
        flags = self.smelter_model.flags_by_row
        suggested = [i for i, fs in flags.items() if any(f.kind == "suggested_cid" for f in fs)]
        current = self.table.current_row()
        row = current if current in suggested else (suggested[0] if suggested else None)
        self._suggested_row = row
        self.suggestion.setVisible(row is not None)
        if row is None:
            return
        s = self.session.decl.smelters[row]
        hit = next(f.suggestion for f in flags[row] if f.kind == "suggested_cid")
        assert hit is not None
        self.suggestion_label.setText(
            self.tr("Row %1, “%2” (not listed), looks like RMI's listed smelter “%3” (%4, %5).")
            .replace("%1", str(self.model.sheet_row(row)))
            .replace("%2", s.name or "")
            .replace("%3", hit.standard_name or hit.alias)
            .replace("%4", hit.cid or "")
            .replace("%5", hit.country or "")
        )

    def apply_suggestion(self) -> None:
        row = self._suggested_row
        if row is None:
            return
        hit = next(
            f.suggestion for f in self.smelter_model.flags_by_row[row] if f.kind == "suggested_cid"
        )
        assert hit is not None
        s = self.session.decl.smelters[row]
        label = (
            self.tr("Use %1 for row %2")
            .replace("%1", hit.cid or "")
            .replace("%2", str(self.model.sheet_row(row)))
        )
        self.model.replace_row(row, from_lookup(hit, keep=s), label)

    # --- reacting ---------------------------------------------------------------------------------

    def on_rows_changed(self, kind: str) -> None:
        super().on_rows_changed(kind)
        if kind == "smelters":
            self.update_flags()

    def on_minerals_changed(self) -> None:
        super().on_minerals_changed()
        self.search.set_index(self.index, self.session.decl.minerals_in_scope)
        self.update_flags()
