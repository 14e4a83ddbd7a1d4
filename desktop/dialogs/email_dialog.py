"""The Prepare e-mail dialog: a draft .eml to the customer's contact with the exported
workbooks attached, opened in the system's mail program; copy the summary; mark as sent."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forms.declaration import Declaration
from forms.review.mail import (
    ExportedDeclaration,
    build_eml,
    plain_message,
    subject,
    summary_text,
    write_eml,
)
from forms.review.requests import Customer

if TYPE_CHECKING:
    from db.store import Store

log = logging.getLogger(__name__)


def ask_workbook(parent: QWidget) -> str | None:
    """Ask for another exported workbook to attach (tests replace this function)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("EmailDialog", "Attach an exported workbook"),
        "",
        QCoreApplication.translate("EmailDialog", "Excel workbook (*.xlsx)"),
    )
    return path or None


def matching_request(store: Store, customer: str | None, family: str) -> int | None:
    """The open request of `customer` that asked for `family` (soonest due), if any."""
    for r in store.requests(include_sent=False):
        req = r.request
        if req.customer.name == customer and any(t.family == family for t in req.templates):
            return int(r.id)
    return None


class EmailDialog(QDialog):
    """Attributes: exported (the attachments), eml_path (once written), to_name, to_email,
    request_combo, open_button, copy_button, sent_button.

    Signals: sent() — the declaration was marked as sent."""

    sent = Signal()

    def __init__(
        self,
        *,
        store: Store,
        decl_id: int,
        exported: list[ExportedDeclaration],
        outbox: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.decl_id, self.outbox = store, decl_id, outbox
        self.exported = list(exported)
        self.eml_path: Path | None = None
        stored = store.load(decl_id)
        self.customer_name = stored.customer or ""
        self.setWindowTitle(self.tr("Prepare e-mail"))
        self.setMinimumWidth(560)
        known = {c.name: c for c in store.customers()}
        contact = known.get(self.customer_name)
        self.to_name = QLineEdit(self.customer_name)
        self.to_name.setObjectName("email.to_name")
        self.to_email = QLineEdit(contact.contact_email or "" if contact else "")
        self.to_email.setObjectName("email.to_email")
        self.to_email.setPlaceholderText(self.tr("the customer's contact e-mail"))
        self.request_combo = QComboBox()
        self.request_combo.addItem(self.tr("(no request)"), None)
        for r in store.requests(include_sent=False):
            if r.request.customer.name == self.customer_name:
                labels = ", ".join(t.label for t in r.request.templates)
                self.request_combo.addItem(
                    self.tr("{period}: {templates}, due {due}").format(
                        period=r.request.period, templates=labels, due=r.request.due_date
                    ),
                    r.id,
                )
        found = matching_request(store, self.customer_name, stored.declaration.family)
        if found is not None:
            self.request_combo.setCurrentIndex(self.request_combo.findData(found))
        self.attachments = QListWidget()
        self.attachments.setObjectName("email.attachments")
        self.attachments.setMaximumHeight(90)
        add = QPushButton(self.tr("Attach another workbook…"))
        add.clicked.connect(self._attach)
        self.subject = QLabel()
        self.subject.setObjectName("email.subject")
        self.subject.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Customer:"), self.to_name)
        form.addRow(self.tr("Contact e-mail:"), self.to_email)
        form.addRow(self.tr("Request:"), self.request_combo)
        attach_row = QVBoxLayout()
        attach_row.addWidget(self.attachments)
        attach_row.addWidget(add)
        form.addRow(self.tr("Attachments:"), attach_row)
        form.addRow(self.tr("Subject:"), self.subject)

        self.open_button = QPushButton(self.tr("Open in mail program"))
        self.open_button.setObjectName("email.open")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_in_mail_program)
        self.copy_button = QPushButton(self.tr("Copy summary"))
        self.copy_button.setObjectName("email.copy")
        self.copy_button.clicked.connect(self.copy_summary)
        self.sent_button = QPushButton(self.tr("Mark as sent"))
        self.sent_button.setObjectName("email.sent")
        self.sent_button.setEnabled(False)
        self.sent_button.setToolTip(self.tr("After you have sent the message"))
        self.sent_button.clicked.connect(self.mark_sent)
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.setObjectName("email.folder")
        self.folder_button.setToolTip(self.tr("Show the message and workbook in their folder"))
        self.folder_button.clicked.connect(self.show_in_folder)
        self.copy_message_button = QPushButton(self.tr("Copy message"))
        self.copy_message_button.setObjectName("email.copy_message")
        self.copy_message_button.setToolTip(
            self.tr("Recipient, subject, text and the files to attach, for webmail")
        )
        self.copy_message_button.clicked.connect(self.copy_message)
        actions = QHBoxLayout()
        for b in (self.open_button, self.copy_button, self.sent_button):
            actions.addWidget(b)
        actions.addStretch(1)
        fallback = QHBoxLayout()
        self.webmail_label = QLabel(self.tr("Webmail or no mail program?"))
        fallback.addWidget(self.webmail_label)
        fallback.addWidget(self.copy_message_button)
        fallback.addWidget(self.folder_button)
        fallback.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addLayout(fallback)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self._show()

    def _declarations(self) -> list[Declaration]:
        return [e.declaration for e in self.exported]

    def _show(self) -> None:
        self.attachments.clear()
        self.attachments.addItems([e.file.name for e in self.exported])
        company = self._declarations()[0].company.name or ""
        self.subject.setText(subject(company, self._declarations()))

    def _attach(self) -> None:
        path = ask_workbook(self)
        if not path:
            return
        from desktop.read_job import read_in_worker

        read = read_in_worker(self, Path(path))
        if read is None:  # cancelled while reading: nothing was attached
            return
        if read.error is not None:  # the user picked a file that is not a declaration
            self.note.setText(self.tr("Cannot attach {name}: {error}").format(
                name=Path(path).name, error=read.error
            ))  # fmt: skip
            return
        decl = read.result.declaration
        self.exported.append(ExportedDeclaration(decl, Path(path)))
        self._show()

    def message(self) -> bytes:
        first = self._declarations()[0]
        return build_eml(
            self._customer(),
            self.exported,
            first.company.name or "",
            sender_email=first.company.contact_email,
            sender_name=first.company.contact_name,
            when=datetime.now().astimezone(),
        )

    def open_in_mail_program(self) -> Path | None:
        """Write the .eml into the outbox and open it with the system's mail program."""
        name, email = self.to_name.text().strip(), self.to_email.text().strip()
        if not name or "@" not in email:
            self.note.setText(self.tr("Give the customer's name and contact e-mail first."))
            return None
        self.store.add_customer(name, email)  # remembered for next time
        self.outbox.mkdir(parents=True, exist_ok=True)
        self.eml_path = write_eml(self.outbox / f"{self.exported[0].file.stem}.eml", self.message())
        self.sent_button.setEnabled(True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.eml_path))):
            self.note.setText(
                self.tr(
                    "No mail program opened the message. Use “Copy message” to paste it into "
                    "your webmail and attach the workbook from “Show in folder”, then click "
                    "Mark as sent."
                )
            )
            self.copy_message_button.setFocus()
            return self.eml_path
        self.note.setText(
            self.tr(
                "The message was handed to your mail program ({path}). Send it from there, then "
                "click Mark as sent. Nothing opened? Use “Copy message” and “Show in folder”."
            ).format(path=self.eml_path)
        )
        return self.eml_path

    def _customer(self) -> Customer:
        return Customer(self.to_name.text().strip(), self.to_email.text().strip())

    def copy_message(self) -> str:
        """Recipient, subject, text and the attachments' paths on the clipboard."""
        first = self._declarations()[0]
        text = plain_message(
            self._customer(),
            self.exported,
            first.company.name or "",
            sender_name=first.company.contact_name,
        )
        QGuiApplication.clipboard().setText(text)
        self.sent_button.setEnabled(True)
        self.note.setText(
            self.tr(
                "The message is on the clipboard: paste it into a new e-mail, attach the "
                "workbook (Show in folder), send it, then click Mark as sent."
            )
        )
        return text

    def show_in_folder(self) -> bool:
        """The folder of the workbook (and of the .eml, once written) in the file manager."""
        folder = (self.eml_path or self.exported[0].file).parent
        shown = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not shown:
            self.note.setText(self.tr("The files are in {folder}").format(folder=folder))
        return bool(shown)

    def copy_summary(self) -> str:
        text = summary_text(self._declarations(), [e.file.name for e in self.exported])
        QGuiApplication.clipboard().setText(text)
        self.note.setText(self.tr("The summary is on the clipboard."))
        return text

    def mark_sent(self) -> None:
        request_id = self.request_combo.currentData()
        self.store.mark_sent(self.decl_id, request_id if isinstance(request_id, int) else None)
        self.sent_button.setEnabled(False)
        self.note.setText(self.tr("Marked as sent."))
        self.sent.emit()
