"""The Campaigns tab of the Suppliers window: per campaign who was asked, what came back (red /
amber / green per file), the e-mails to send, the response share, and filling one's own
declaration from the accepted files."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.store import Store
from desktop.suppliers import actions
from desktop.suppliers.edit_dialogs import CampaignDialog
from desktop.suppliers.intake_worker import IntakeWorker
from desktop.suppliers.models import EntriesModel, IntakeModel
from desktop.widgets.sizing import measure_few_rows
from desktop.worker_thread import start
from forms.suppliers.intake import IntakeResult
from forms.suppliers.response import suggest_option


def ask_files(parent: QWidget, title: str, filter_: str) -> list[str]:
    """Ask for files (tests replace this function)."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", filter_)
    return names


def ask_supplier(parent: QWidget, file_name: str, names: Sequence[str]) -> str | None:
    """Which supplier sent `file_name` when intake is not sure (tests replace this)."""
    name, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("CampaignPanel", "Which supplier sent this file?"),
        QCoreApplication.translate("CampaignPanel", "%1 — choose the supplier:").replace(
            "%1", file_name
        ),
        list(names),
        0,
        False,
    )
    return name if ok and name else None


def table_view(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    measure_few_rows(view.horizontalHeader()).setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents
    )
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class CampaignPanel(QWidget):
    """One campaign: who was asked and where each stands, the e-mails to prepare, the received
    files judged red / amber / green, the response share, and filling one's own declaration.

    Attributes: campaign (QComboBox of campaign ids), entries_model, intake_model, results,
    response (QLabel), fill_target (QComboBox of declarations), last_written (e-mails just
    prepared). Signals: intake_finished(); campaign_created(id)."""

    intake_finished = Signal()
    campaign_created = Signal(int)

    def __init__(
        self, *, store: Store, data_dir: Path, status: QLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.data_dir, self.status = store, data_dir, status
        self.last_written: list[Path] = []
        self.results: list[IntakeResult] = []
        self._thread: QThread | None = None
        self.worker: IntakeWorker | None = None
        self.campaign = QComboBox()
        self.campaign.currentIndexChanged.connect(lambda *_: self.refresh_campaign())
        new_campaign = QPushButton(self.tr("New campaign…"))
        new_campaign.clicked.connect(lambda: self.new_campaign())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Campaign:")))
        top.addWidget(self.campaign, 1)
        top.addWidget(new_campaign)
        self.entries_model = EntriesModel()
        self.entries_view = table_view(self.entries_model)
        self.requests_button = QPushButton(self.tr("Prepare request e-mails"))
        self.requests_button.clicked.connect(lambda: self.prepare_requests())
        self.reminders_button = QPushButton(self.tr("Prepare reminders"))
        self.reminders_button.clicked.connect(lambda: self.prepare_reminders())
        self.intake_button = QPushButton(self.tr("Check received files…"))
        self.intake_button.clicked.connect(self._choose_received_files)
        self.folder_button = QPushButton(self.tr("Show e-mails in folder"))
        self.folder_button.clicked.connect(self._show_folder)
        self.folder_button.setEnabled(False)
        row = QHBoxLayout()
        for b in (self.requests_button, self.reminders_button, self.intake_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.folder_button)
        self.intake_model = IntakeModel()
        self.intake_view = table_view(self.intake_model)
        self.feedback_button = QPushButton(self.tr("Prepare feedback e-mail"))
        self.feedback_button.clicked.connect(lambda: self.prepare_feedback())
        self.response = QLabel()
        self.response.setWordWrap(True)
        self.fill_target = QComboBox()
        self.fill_button = QPushButton(self.tr("Fill this declaration from the accepted files"))
        self.fill_button.clicked.connect(lambda: self.fill_declaration())
        fill_row = QHBoxLayout()
        fill_row.addWidget(QLabel(self.tr("Your declaration:")))
        fill_row.addWidget(self.fill_target, 1)
        fill_row.addWidget(self.fill_button)
        cl = QVBoxLayout(self)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(top)
        cl.addWidget(self.entries_view, 2)
        cl.addLayout(row)
        cl.addWidget(QLabel(self.tr("Received files (drop them here):")))
        cl.addWidget(self.intake_view, 2)
        feedback_row = QHBoxLayout()
        feedback_row.addWidget(self.feedback_button)
        feedback_row.addStretch(1)
        cl.addLayout(feedback_row)
        cl.addWidget(self.response)
        cl.addLayout(fill_row)

    def refresh(self) -> None:
        current = self.campaign_id()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for c in self.store.campaigns():
            due = self.tr("due %1").replace("%1", c.campaign.due_date.isoformat())
            self.campaign.addItem(f"{c.campaign.name} — {due}", c.id)
        if current is not None and self.campaign.findData(current) >= 0:
            self.campaign.setCurrentIndex(self.campaign.findData(current))
        self.campaign.blockSignals(False)
        self.fill_target.clear()
        for d in self.store.list_declarations():
            self.fill_target.addItem(
                f"{d.company_name or self.tr('(no company name)')} — {d.family} {d.version}", d.id
            )
        self.refresh_campaign()

    # --- campaigns ----------------------------------------------------------------------------

    def campaign_id(self) -> int | None:
        data = self.campaign.currentData()
        return int(data) if data is not None else None

    def new_campaign(self) -> CampaignDialog:
        dialog = CampaignDialog(self.store.templates(), self.store.suppliers(), date.today(), self)
        dialog.accepted.connect(lambda: self.create_campaign(dialog))
        dialog.open()
        return dialog

    def create_campaign(self, dialog: CampaignDialog) -> int:
        cid = self.store.add_campaign(dialog.campaign(), dialog.supplier_ids())
        self.refresh()
        self.campaign.setCurrentIndex(self.campaign.findData(cid))
        self.campaign_created.emit(cid)
        return cid

    def refresh_campaign(self) -> None:
        cid = self.campaign_id()
        has = cid is not None
        for b in (self.requests_button, self.reminders_button, self.intake_button):
            b.setEnabled(has)
        self.fill_button.setEnabled(has and self.fill_target.count() > 0)
        if cid is None:
            self.entries_model.set_rows([])
            self.response.setText(self.tr("No campaign yet: start one with “New campaign…”."))
            return
        campaign = self.store.campaign(cid)
        self.entries_model.due, self.entries_model.today = campaign.due_date, date.today()
        self.entries_model.set_rows(self.store.campaign_entries(cid))
        self._show_response(cid)
        self._update_feedback()

    def _show_response(self, cid: int) -> None:
        share_list, number = actions.shares(self.store, cid)
        from forms import templates

        first = self.store.campaign(cid).templates[0]
        tpl = templates.get(first.family, first.version)
        question = next((q for q in tpl.questions if q.number == number), None)
        lines = []
        for s in share_list:
            if s.fraction is None:
                continue
            line = (
                self.tr("%1: %2 of %3 asked suppliers answered (%4%)")
                .replace("%1", s.metal)
                .replace("%2", str(s.answered))
                .replace("%3", str(s.asked))
                .replace("%4", str(round(s.fraction * 100)))
            )
            if question is not None:
                option = suggest_option(s.fraction, question.options_for(s.metal))
                line += (
                    self.tr(" → question %1: “%2”")
                    .replace("%1", str(number))
                    .replace("%2", option or "—")
                )
            lines.append(line)
        self.response.setText(
            self.tr("Response share:") + "\n" + "\n".join(lines)
            if lines
            else self.tr("Response share: nobody asked yet.")
        )

    def _written(self, files: list[Path], sentence: str) -> None:
        """`sentence` has %1 for the count and %2 for the folder."""
        self.last_written = files
        self.folder_button.setEnabled(bool(files))
        folder = str(files[0].parent) if files else "—"
        self.status.setText(sentence.replace("%1", str(len(files))).replace("%2", folder))
        self.refresh_campaign()

    def prepare_requests(self) -> list[Path]:
        cid = self.campaign_id()
        if cid is None:
            return []
        files, missing = actions.prepare_requests(self.store, self.data_dir, cid, date.today())
        self._written(files, self.tr("%1 request e-mail(s) prepared in %2."))
        if missing:
            self.status.setText(
                self.status.text()
                + " "
                + self.tr("Add these templates to the library to attach them: %1.").replace(
                    "%1", ", ".join(missing)
                )
            )
        return files

    def prepare_reminders(self) -> list[Path]:
        cid = self.campaign_id()
        if cid is None:
            return []
        files = actions.prepare_reminders(self.store, self.data_dir, cid, date.today())
        self._written(files, self.tr("%1 reminder(s) prepared in %2."))
        return files

    def _show_folder(self) -> None:
        if self.last_written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_written[0].parent)))

    # --- intake -------------------------------------------------------------------------------

    def _choose_received_files(self) -> None:
        names = ask_files(self, self.tr("Files your suppliers sent"), "Excel (*.xlsx *.xlsm *.xls)")
        if names:
            self.check_files([Path(n) for n in names])

    def running(self) -> bool:
        return self._thread is not None

    def check_files(self, paths: Sequence[Path]) -> None:
        """Judge the files in a worker thread; results appear as they are ready."""
        cid = self.campaign_id()
        if self.running() or not paths:
            return
        self.results = []
        self.intake_model.set_rows([])
        stored = self.store.suppliers()
        campaign = self.store.campaign(cid) if cid is not None else None
        worker = IntakeWorker(
            paths,
            [s.supplier for s in stored],
            campaign=campaign,
            facilities=self.store.facility_list(),
        )
        worker.result.connect(self._result)
        worker.done.connect(self._intake_done)  # a bound slot: runs on this (the UI) thread
        worker.failed.connect(self._intake_failed)
        self.worker = worker
        self.status.setText(self.tr("Checking %1 file(s)…").replace("%1", str(len(paths))))
        self._thread = start(worker, self)

    def _result(self, result: IntakeResult) -> None:
        self.results.append(result)
        self.intake_model.set_rows(self.results)

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread, self.worker = None, None
        self.intake_finished.emit()

    def _intake_failed(self, message: str) -> None:
        self.status.setText(self.tr("Intake stopped: %1").replace("%1", message))
        self._finish()

    def _intake_done(self, _cancelled: bool = False) -> None:
        cid = self.campaign_id()
        ids = {s.supplier: s.id for s in self.store.suppliers()}
        names = {s.name: i for s, i in ids.items()}
        for r in self.results:
            if cid is None or not r.verdict.readable:
                continue
            sid = ids.get(r.match.supplier) if r.match.supplier and r.match.sure else None
            if sid is None:
                choices = [s.name for s in r.match.candidates] or sorted(names)
                chosen = ask_supplier(self, r.path.name, choices)
                sid = names.get(chosen) if chosen else None
            if sid is not None:
                actions.record(self.store, cid, sid, r)
        counts = {
            light: sum(1 for r in self.results if r.light == light)
            for light in ("green", "amber", "red")
        }
        self.status.setText(
            self.tr("%1 file(s) checked: %2 green, %3 amber, %4 red.")
            .replace("%1", str(len(self.results)))
            .replace("%2", str(counts["green"]))
            .replace("%3", str(counts["amber"]))
            .replace("%4", str(counts["red"]))
        )
        self.refresh_campaign()
        self._finish()

    def _update_feedback(self) -> None:
        self.feedback_button.setEnabled(any(self._needs_feedback(r) for r in self.results))

    @staticmethod
    def _needs_feedback(r: IntakeResult) -> bool:
        return r.verdict.readable and not r.verdict.accepted

    def prepare_feedback(self, row: int | None = None) -> Path | None:
        """The feedback e-mail for the selected red file (or `row` of the intake table)."""
        cid = self.campaign_id()
        if row is None:
            rows = self.intake_view.selectionModel().selectedRows()
            candidates = [i.row() for i in rows] or [
                i for i, r in enumerate(self.results) if self._needs_feedback(r)
            ]
            row = candidates[0] if candidates else None
        if cid is None or row is None or not self._needs_feedback(self.results[row]):
            return None
        result = self.results[row]
        entries = {e.entry.file_name: e.supplier_id for e in self.store.campaign_entries(cid)}
        sid = entries.get(result.path.name)
        if sid is None:
            self.status.setText(
                self.tr("Choose which supplier sent %1 first.").replace("%1", result.path.name)
            )
            return None
        path = actions.prepare_feedback(self.store, self.data_dir, cid, sid, result)
        self._written([path], self.tr("%1 feedback e-mail(s) prepared in %2."))
        return path

    def fill_declaration(self, decl_id: int | None = None) -> tuple[int, int]:
        """Roll the accepted files up into the chosen declaration and set its
        supplier-response answers: (smelters added, answers set)."""
        cid = self.campaign_id()
        target = decl_id if decl_id is not None else self.fill_target.currentData()
        if cid is None or target is None:
            return 0, 0
        added, answers = actions.fill_declaration(self.store, cid, int(target))
        self.status.setText(
            self.tr(
                "%1 smelter(s) added to the declaration; %2 answer(s) set from the response share."
            )
            .replace("%1", str(added))
            .replace("%2", str(answers))
        )
        return added, answers

    def stop(self) -> None:
        """Cancel a running intake and wait for its thread."""
        if self.worker is not None:
            self.worker.cancel()
        self._finish()
