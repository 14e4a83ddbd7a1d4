"""The roll-up dialog: received workbooks in (file dialog or drag and drop), read in a worker
thread with progress and Cancel, the per-supplier summary and the consolidated smelter list
out — merged into the open declaration, or saved as a workbook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import save_workbook_filter, workbook_filter
from desktop.models.rollup_models import (
    ConsolidatedCol,
    ConsolidatedModel,
    SupplierCol,
    SuppliersModel,
)
from desktop.models.sort_proxy import SortProxy
from desktop.rollup_worker import RollupWorker
from desktop.widgets.sizing import measure_few_rows
from desktop.worker_thread import start
from forms.facilities import FacilityList
from forms.rollup import Rollup, write_workbook
from forms.workbook.files import WORKBOOK_SUFFIXES, expand


def ask_paths(parent: QWidget, title: str) -> list[str]:
    """Ask for received workbooks (tests replace this function)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", workbook_filter())
    return list(paths)


def ask_save_path(parent: QWidget, title: str) -> str | None:
    """Ask where to save the consolidated workbook (tests replace this function)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, "consolidated-smelters.xlsx", save_workbook_filter()
    )
    return path or None


def _table(model: SuppliersModel | ConsolidatedModel, stretch: int) -> tuple[QTableView, SortProxy]:
    proxy = SortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.horizontalHeader().setSortIndicatorClearable(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)  # unsorted until a header is clicked: the files' order
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = measure_few_rows(view.horizontalHeader())
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view, proxy


class RollupDialog(QDialog):
    """Attributes: files (QListWidget of the chosen paths), start_button, cancel_button,
    progress (QProgressBar), status (QLabel), suppliers_model, smelters_model (and their
    views), merge_button (shown when `merge` is given), save_button, rolled (the last Rollup),
    worker (while running).

    `merge(result)` adds the consolidated smelters to the open declaration and returns how
    many it added.

    Signals: worker_started(RollupWorker) — before the worker's thread starts; finished_rollup().
    """

    worker_started = Signal(object)
    finished_rollup = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        merge: Callable[[Rollup], int] | None = None,
        facilities: FacilityList | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roll up suppliers' files"))
        self.setAcceptDrops(True)
        self.merge = merge
        self.rolled: Rollup | None = None
        self.worker: RollupWorker | None = None
        self._thread: QThread | None = None
        intro = QLabel(
            self.tr(
                "Choose the CMRT, CRT or EMRT workbooks your suppliers sent (or drop them "
                "here). Each is read and checked; a file that cannot be read is reported and "
                "skipped. Their smelters are consolidated: one row per metal and smelter, with "
                "the suppliers that reported it."
            )
        )
        intro.setWordWrap(True)
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMaximumHeight(110)
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_selected)
        self.start_button = QPushButton(self.tr("Roll up"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        file_buttons = QVBoxLayout()
        for b in (add, remove):
            file_buttons.addWidget(b)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.status = QLabel(self.tr("No file chosen yet."))
        self.status.setWordWrap(True)
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.start_button)
        run_row.addWidget(self.cancel_button)

        self.suppliers_model = SuppliersModel()
        self.suppliers_view, self.suppliers_proxy = _table(self.suppliers_model, SupplierCol.STATUS)
        self.smelters_model = ConsolidatedModel()
        self.smelters_model.set_facilities(facilities)
        self.smelters_view, self.smelters_proxy = _table(
            self.smelters_model, ConsolidatedCol.REPORTED_BY
        )
        self.smelters_view.setColumnHidden(ConsolidatedCol.RMI_STATUS, facilities is None)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.suppliers_view, self.tr("Suppliers"))
        self.tabs.addTab(self.smelters_view, self.tr("Consolidated smelters"))

        self.merge_button = QPushButton(self.tr("Merge into this declaration"))
        self.merge_button.setVisible(merge is not None)
        self.merge_button.clicked.connect(self.merge_into_declaration)
        self.save_button = QPushButton(self.tr("Save consolidated workbook…"))
        self.save_button.clicked.connect(lambda: self.save_workbook())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(980, 640)
        self._update_buttons()

    # --- files --------------------------------------------------------------------------------

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def add_paths(self, names: list[str]) -> None:
        known = {str(p) for p in self.paths()}
        for path in expand(names):
            if str(path) not in known:
                self.files.addItem(str(path))
                known.add(str(path))
        self.status.setText(self.tr("%n file(s) chosen.", "", self.files.count()))
        self._update_buttons()

    def choose_files(self) -> None:
        self.add_paths(ask_paths(self, self.tr("Choose your suppliers' workbooks")))

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(
            u.isLocalFile()
            and (
                Path(u.toLocalFile()).is_dir()
                or u.toLocalFile().lower().endswith(WORKBOOK_SUFFIXES)
            )
            for u in urls
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths([u.toLocalFile() for u in event.mimeData().urls()])
        event.acceptProposedAction()

    # --- running ------------------------------------------------------------------------------

    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        paths = self.paths()
        if not paths or self.running():
            return
        self.rolled = None
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        worker = RollupWorker(paths)
        worker.progress.connect(self._progressed)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        self.worker = worker
        self.worker_started.emit(worker)
        self._thread = start(worker, self)
        self._update_buttons()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Stopping after the current file…"))
            self.cancel_button.setEnabled(False)

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {total}")
        if name:
            self.status.setText(
                self.tr("Reading %1 (%2 of %3)…")
                .replace("%1", name)
                .replace("%2", str(done + 1))
                .replace("%3", str(total))
            )

    def _finish_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread, self.worker = None, None
        self._update_buttons()
        self.finished_rollup.emit()

    def _done(self, result: Rollup) -> None:
        self.rolled = result
        self.suppliers_model.set_rows(result.suppliers)
        self.smelters_model.set_rows(result.smelters)
        bad = len(result.suppliers) - result.read_count
        text = (
            self.tr("%1 file(s) read, %2 not readable; %3 consolidated smelter(s).")
            .replace("%1", str(result.read_count))
            .replace("%2", str(bad))
            .replace("%3", str(len(result.smelters)))
        )
        if result.cancelled:
            text = self.tr("Cancelled. ") + text
        self.status.setText(text)
        self.tabs.setTabText(0, self.tr("Suppliers (%1)").replace("%1", str(len(result.suppliers))))
        self.tabs.setTabText(
            1, self.tr("Consolidated smelters (%1)").replace("%1", str(len(result.smelters)))
        )
        if result.cancelled:
            self.progress.setValue(len(result.suppliers))
        self._finish_thread()

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The roll-up stopped: %1").replace("%1", message))
        self._finish_thread()

    def _update_buttons(self) -> None:
        running = self.running()
        self.start_button.setEnabled(not running and self.files.count() > 0)
        self.cancel_button.setEnabled(running)
        has_rows = self.rolled is not None and bool(self.rolled.smelters)
        self.merge_button.setEnabled(not running and has_rows)
        self.save_button.setEnabled(not running and self.rolled is not None)

    # --- results ------------------------------------------------------------------------------

    def merge_into_declaration(self) -> int:
        if self.rolled is None or self.merge is None:
            return 0
        added = self.merge(self.rolled)
        self.status.setText(
            self.tr("%n smelter(s) added to this declaration (Undo removes them).", "", added)
            if added
            else self.tr("This declaration already lists every consolidated smelter.")
        )
        return added

    def save_workbook(self, path: Path | None = None) -> Path | None:
        if self.rolled is None:
            return None
        if path is None:
            chosen = ask_save_path(self, self.tr("Save the consolidated workbook"))
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_suffix(".xlsx")
        try:
            write_workbook(self.rolled, path)
        except OSError as exc:
            self.status.setText(
                self.tr("Cannot save %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return None
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
        return path

    def done(self, code: int) -> None:
        """Closing stops a running roll-up first (it ends after the current file)."""
        if self.worker is not None:
            self.worker.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
        super().done(code)
