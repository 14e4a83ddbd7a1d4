"""The review bar of the editor: the declaration's status and the actions it allows (submit,
request changes, approve, mark as sent), the review report and the e-mail step; and the
warning before an approved or sent declaration is edited."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop.dialogs.email_dialog import EmailDialog, matching_request
from desktop.dialogs.work_alone import works_alone
from desktop.review.comments_ui import CommentsController
from desktop.review.report_export import ask_pdf_path, suggested_name, write_review_report
from forms.review.mail import ExportedDeclaration
from forms.review.status import Status, allowed_targets, edit_warning

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop.editor.editor import Editor

OUTBOX = "outbox"


class ReviewBar(QWidget):
    """Attributes: status_label, buttons (target status → button), report_button,
    email_button."""

    language_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_bar")
        # The bar must not set the window's minimum width: a narrow window clips it instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.status_label = QLabel()
        self.status_label.setObjectName("review.status")
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.action_row = QHBoxLayout()
        self.buttons: dict[Status, QPushButton] = {}
        self.report_button = QPushButton()
        self.report_button.setObjectName("review.report")
        self.email_button = QPushButton()
        self.email_button.setObjectName("review.email")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addLayout(self.action_row)
        layout.addStretch(1)
        layout.addWidget(self.report_button)
        layout.addWidget(self.email_button)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.report_button.setText(self.tr("Export review report (PDF)…"))
        self.email_button.setText(self.tr("Prepare e-mail…"))

    def action_text(self, target: Status) -> str:
        return {
            Status.IN_REVIEW: self.tr("Submit for review"),
            Status.CHANGES_REQUESTED: self.tr("Request changes"),
            Status.APPROVED: self.tr("Approve"),
            Status.SENT: self.tr("Mark as sent"),
            Status.DRAFT: self.tr("Back to draft"),
        }[target]

    def status_text(self, status: Status) -> str:
        return {
            Status.DRAFT: self.tr("Draft"),
            Status.IN_REVIEW: self.tr("In review"),
            Status.CHANGES_REQUESTED: self.tr("Changes requested"),
            Status.APPROVED: self.tr("Approved"),
            Status.SENT: self.tr("Sent"),
        }[status]


class ReviewController(QObject):
    """The review workflow of one open editor (see `attach_review`).

    Attributes: bar (ReviewBar), comments (CommentsController), status, last_report,
    email_dialog (the open Prepare e-mail dialog, if any)."""

    def __init__(
        self, editor: Editor, data_dir: Path, show_message: Callable[[str, int], None]
    ) -> None:
        super().__init__(editor)
        self.editor, self.session, self.data_dir = editor, editor.session, data_dir
        self.show_message = show_message
        self.store = self.session.store
        self.status = Status.DRAFT
        self.received = bool(self.store.is_received(self.session.decl_id))
        self.last_report: Path | None = None
        self.email_dialog: EmailDialog | None = None
        self.bar = ReviewBar()
        editor.add_banner(self.bar)
        self.bar.report_button.clicked.connect(self.export_report)
        self.bar.email_button.clicked.connect(self.prepare_email)
        self.comments = CommentsController(editor)
        self.bar.language_changed.connect(self.refresh)
        self.bar.language_changed.connect(self.comments.reload)
        self.session.edit_guard = self.allow_edit
        self.session.saved.connect(self.refresh)
        self.refresh()

    # --- status -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.status = self.store.status(self.session.decl_id)
        bar = self.bar
        bar.status_label.setText(
            self.tr("Status: <b>{status}</b>").format(status=bar.status_text(self.status))
        )
        for button in bar.buttons.values():
            bar.action_row.removeWidget(button)
            button.deleteLater()
        bar.buttons.clear()
        if self.received:
            # A supplier's file is read and rolled up, not reviewed or sent by this user.
            bar.status_label.setText(self.tr("<b>Received from a supplier</b>"))
            bar.email_button.setEnabled(False)
            bar.email_button.setToolTip(self.tr("This declaration was received from a supplier."))
            return
        alone = works_alone(self.data_dir)
        for target in allowed_targets(self.status, alone=alone):
            text = (
                self.tr("Mark ready to send")
                if alone and target is Status.APPROVED
                else bar.action_text(target)
            )
            button = QPushButton(text)
            button.setObjectName(f"review.to.{target.value}")
            button.clicked.connect(lambda _c=False, t=target: self.move_to(t))
            bar.action_row.addWidget(button)
            bar.buttons[target] = button
        ready = self.status is Status.APPROVED or (alone and self.status is not Status.SENT)
        bar.email_button.setEnabled(ready)
        bar.email_button.setToolTip(
            ""
            if ready
            else self.tr(
                "Approve the declaration first (or choose “I work alone” in Settings when no "
                "colleague reviews your declarations)."
            )
        )

    def move_to(self, target: Status) -> None:
        decl_id = self.session.decl_id
        if target is Status.SENT:
            stored = self.store.load(decl_id)
            request = matching_request(self.store, stored.customer, stored.declaration.family)
            self.store.mark_sent(decl_id, request)
        else:
            self.store.set_status(decl_id, target, alone=works_alone(self.data_dir))
        self.refresh()

    def allow_edit(self) -> bool:
        """Before an edit: warn when it takes an approved or sent declaration back to draft."""
        warning = edit_warning(self.status)
        if warning is None:
            return True
        answer = QMessageBox.question(
            self.editor,
            self.tr("Edit the {status} declaration?").format(
                status=self.bar.status_text(self.status).lower()
            ),
            warning,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.status = Status.DRAFT  # the store records the move with the edit
        return True

    # --- report -------------------------------------------------------------------------------

    def export_report(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stored = self.store.load(self.session.decl_id)
        path = ask_pdf_path(self.editor, str(Path(folder) / suggested_name(stored)))
        if not path:
            return None
        try:
            self.last_report = write_review_report(self.store, self.session.decl_id, Path(path))
        except Exception as exc:  # a folder that cannot be written: say so, keep going
            log.exception("the review report could not be written")
            QMessageBox.warning(self.editor, self.tr("Review report"), str(exc))
            return None
        self.show_message(
            self.tr("Review report written to {path}").format(path=self.last_report), 8000
        )
        return self.last_report

    # --- e-mail -------------------------------------------------------------------------------

    def _export_is_current(self, path: Path) -> bool:
        """Whether `path` was written after the declaration's last edit (status changes,
        comments and exports are not edits)."""
        bookkeeping = ("status", "exported", "request sent", "created")
        edits = [
            c.at
            for c in self.store.history(self.session.decl_id)
            if c.field not in bookkeeping and not c.field.startswith("review:")
        ]
        return not edits or path.stat().st_mtime >= max(edits).timestamp()

    def prepare_email(self) -> None:
        """Open the Prepare e-mail dialog on the exported workbook of the declaration as it is
        now: the last export if nothing changed since, else a new export into the outbox (the
        dialog opens when that export has finished)."""
        if self.status is not Status.APPROVED:
            if not works_alone(self.data_dir) or self.status is Status.SENT:
                return
            self.store.set_status(self.session.decl_id, Status.APPROVED, alone=True)
            self.refresh()
        page = self.editor.review_page()
        last = page.last_export
        if last is not None and last.exists() and self._export_is_current(last):
            self._open_email(last)
            return
        from forms.workbook.writer import suggested_file_name

        decl = self.session.decl
        outbox = self.data_dir / OUTBOX
        outbox.mkdir(parents=True, exist_ok=True)
        target = (
            outbox / f"{Path(suggested_file_name(decl)).stem}-{decl.family}-{decl.version}.xlsx"
        )

        def exported() -> None:
            page.export_finished.disconnect(exported)
            if page.last_export is not None and page.last_export.resolve() == target.resolve():
                self._open_email(page.last_export)

        page.export_finished.connect(exported)
        page.export_to(target)

    def _open_email(self, workbook: Path) -> EmailDialog:
        dialog = EmailDialog(
            store=self.store,
            decl_id=self.session.decl_id,
            exported=[ExportedDeclaration(self.session.decl, workbook)],
            outbox=self.data_dir / OUTBOX,
            parent=self.editor,
        )
        dialog.sent.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "email_dialog", None))
        self.email_dialog = dialog
        dialog.open()
        return dialog


def attach_review(
    editor: Editor, data_dir: Path, show_message: Callable[[str, int], None]
) -> ReviewController:
    """Give an editor its review bar, comments and edit warning; `show_message` puts a
    message in the window's status bar for some milliseconds."""
    return ReviewController(editor, data_dir, show_message)
