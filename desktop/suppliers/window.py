"""The Suppliers window: one's own suppliers (added, imported from a list, taken from a received
file) and, in its second tab, the campaigns (`desktop.suppliers.campaign_panel`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.store import Store
from desktop.suppliers.campaign_panel import CampaignPanel, ask_files, table_view
from desktop.suppliers.edit_dialogs import SupplierDialog
from desktop.suppliers.models import SuppliersModel
from forms.suppliers.directory import SupplierListError, read_suppliers
from forms.suppliers.model import Contact, Supplier


class SuppliersWindow(QDialog):
    """Attributes: suppliers_model/view, campaigns (the CampaignPanel), tabs, status."""

    def __init__(self, *, store: Store, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suppliers and campaigns"))
        self.setAcceptDrops(True)
        self.resize(980, 640)
        self.store, self.data_dir = store, data_dir

        self.suppliers_model = SuppliersModel()
        self.suppliers_view = table_view(self.suppliers_model)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), lambda: self.edit_supplier(None)),
            (self.tr("Edit…"), self._edit_selected),
            (self.tr("Remove"), self._remove_selected),
            (self.tr("Import list…"), self._choose_list),
            (self.tr("Add from a received file…"), self._choose_received),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        suppliers_tab = QWidget()
        sl = QVBoxLayout(suppliers_tab)
        sl.addLayout(buttons)
        sl.addWidget(self.suppliers_view)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.campaigns = CampaignPanel(store=store, data_dir=data_dir, status=self.status)
        self.tabs = QTabWidget()
        self.tabs.addTab(suppliers_tab, self.tr("Suppliers"))
        self.tabs.addTab(self.campaigns, self.tr("Campaigns"))
        self.campaigns.campaign_created.connect(lambda _id: self.tabs.setCurrentIndex(1))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        self.refresh()

    # --- suppliers ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.suppliers_model.set_rows(self.store.suppliers())
        self.campaigns.refresh()

    def edit_supplier(self, stored_id: int | None) -> SupplierDialog:
        current = next((s for s in self.store.suppliers() if s.id == stored_id), None)
        dialog = SupplierDialog(current.supplier if current else None, self)
        dialog.accepted.connect(lambda: self._save_supplier(dialog.supplier(), stored_id))
        dialog.open()
        return dialog

    def _save_supplier(self, supplier: Supplier, stored_id: int | None) -> None:
        self.store.save_supplier(supplier, stored_id)
        self.refresh()

    def _selected_supplier(self) -> int | None:
        rows = self.suppliers_view.selectionModel().selectedRows()
        return self.suppliers_model.items[rows[0].row()].id if rows else None

    def _edit_selected(self) -> None:
        sid = self._selected_supplier()
        if sid is not None:
            self.edit_supplier(sid)

    def _remove_selected(self) -> None:
        sid = self._selected_supplier()
        if sid is not None:
            self.store.delete_supplier(sid)
            self.refresh()

    def _choose_list(self) -> None:
        for name in ask_files(self, self.tr("Import suppliers"), "CSV, Excel (*.csv *.xlsx)")[:1]:
            self.import_list(Path(name))

    def import_list(self, path: Path) -> tuple[int, int] | None:
        from desktop.read_job import capturing, read_in_worker

        read = read_in_worker(self, path, capturing(read_suppliers))
        if read is None:  # cancelled while reading: nothing was imported
            self.status.setText(self.tr("Cancelled: nothing imported."))
            return None
        try:
            if read.exception is not None:
                raise read.exception
            added, updated = self.store.import_suppliers(read.result)
        except SupplierListError as exc:
            self.status.setText(self.tr("Not imported: %1").replace("%1", str(exc)))
            return None
        self.status.setText(
            self.tr("%1 supplier(s) added, %2 updated.")
            .replace("%1", str(added))
            .replace("%2", str(updated))
        )
        self.refresh()
        return added, updated

    def _choose_received(self) -> None:
        for name in ask_files(self, self.tr("A file a supplier sent"), "Excel (*.xlsx *.xlsm)")[:1]:
            self.add_from_file(Path(name))

    def add_from_file(self, path: Path) -> int | None:
        """A supplier from a received declaration: its company name and contacts."""
        from desktop.read_job import read_in_worker

        read = read_in_worker(self, path)
        if read is None:  # cancelled while reading: nothing was added
            self.status.setText(self.tr("Cancelled: no supplier added."))
            return None
        if read.error is not None:
            self.status.setText(read.error)
            return None
        company = read.result.declaration.company
        name = (company.name or "").strip()
        if not name:
            self.status.setText(self.tr("%1 does not name its company.").replace("%1", path.name))
            return None
        contacts = tuple(
            Contact(n or "", e or "")
            for n, e in (
                (company.contact_name, company.contact_email),
                (company.authorizer_name, company.authorizer_email),
            )
            if n or e
        )
        sid = self.store.save_supplier(Supplier(name, contacts))
        self.refresh()
        return sid

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.campaigns.campaign_id() is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths: list[Path] = []
        for url in event.mimeData().urls():
            p = Path(url.toLocalFile())
            paths += sorted(p.rglob("*.xls*")) if p.is_dir() else [p]
        if paths:
            self.campaigns.check_files(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.campaigns.stop()
        super().closeEvent(event)
