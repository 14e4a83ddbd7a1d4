"""Writing the review report PDF of an open declaration, with last period's one for the diff."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.finding_texts import finding_words
from forms.review.status import Status

if TYPE_CHECKING:
    from db.records import StoredDeclaration
    from db.store import Store


def ask_pdf_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to write the report (tests replace this function)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReviewReport", "Export review report"),
        suggested,
        QCoreApplication.translate("ReviewReport", "PDF document (*.pdf)"),
    )
    return path or None


def suggested_name(stored: StoredDeclaration) -> str:
    decl = stored.declaration
    company = (decl.company.name or "declaration").replace("/", "-")
    return f"{company}-{decl.family}-{decl.version}-review.pdf"


def write_review_report(store: Store, decl_id: int, output: Path) -> Path:
    """The report of the declaration as stored, compared with the previous period's (see
    `Store.previous_id`); returns the file written."""
    from forms.review.report import ReportInput, write_report  # reportlab loads on first use

    stored = store.load(decl_id)
    previous_id = store.previous_id(decl_id)
    previous = store.load(previous_id).declaration if previous_id is not None else None
    inp = ReportInput(
        declaration=stored.declaration,
        status=Status(str(stored.status).replace(" ", "_")),
        generated_at=datetime.now().astimezone(),
        customer=stored.customer,
        period=stored.period,
        comments=[n.comment() for n in store.review_comments(decl_id)],
        previous=previous,
        prepared_by=store.user,
        facilities=store.facility_list(),
        wording=finding_words,
    )
    if output.suffix.lower() != ".pdf":
        output = output.with_suffix(".pdf")
    return write_report(output, inp)
