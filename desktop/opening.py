"""Opening workbooks in the app: filled-in files become declarations, a blank official template
is offered to the template library, and a file that cannot be read is explained, never raised.
Files are read off the UI thread behind a progress dialog with Cancel (`desktop.read_job`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.read_job import FileRead, ReadJob
from forms.workbook.files import WORKBOOK_SUFFIXES

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from db.records import TemplateInfo
    from db.store import Store
    from forms.workbook.reader import ReadResult


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows (it reads the context here)."""
    return QCoreApplication.translate(context, text)


def workbook_paths(mime: QMimeData) -> list[Path]:
    """The local workbook files carried by a drag (other URLs and files are left out)."""
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in WORKBOOK_SUFFIXES]


@dataclass(frozen=True)
class OpeningHost:
    """What opening files needs from the window: a parent for its dialogs, the store, and
    what it may ask the window to do."""

    parent: QWidget
    store: Store
    remember_folder: Callable[[str], None]
    add_template_file: Callable[[Path], TemplateInfo | None]
    open_declaration: Callable[[int], object]
    show_home: Callable[[], None]
    show_message: Callable[[str, int], None]


@dataclass
class Outcome:
    """What became of the files the user opened."""

    imported: list[int] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def _offer_template(host: OpeningHost, path: Path, result: ReadResult) -> str | None:
    """A blank official template goes to the library (if the user agrees), not into a draft."""
    family, version = result.declaration.family, result.declaration.version
    answer = QMessageBox.question(
        host.parent,
        translate("Opening", "Blank official template"),
        translate(
            "Opening",
            "{name} is the blank official RMI {family} {version} template, not a filled-in "
            "declaration.\n\nAdd it to your template library? Exports of {family} {version} "
            "declarations will then fill in this official workbook. To fill one in, click "
            "New declaration.",
        ).format(name=path.name, family=family, version=version),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    entry = host.add_template_file(path)
    return f"{entry.family} {entry.version}" if entry is not None else None


def _one(host: OpeningHost, read: FileRead, outcome: Outcome) -> None:
    path, result = read.path, read.result
    if read.error is not None:
        outcome.failed.append(read.error)
        return
    if result.is_blank:
        added = _offer_template(host, path, result)
        if added:
            outcome.templates.append(added)
        return
    try:
        decl_id = host.store.create(
            result.declaration, source_file=path.name, source_sha256=read.sha256
        )
        outcome.imported.append(int(decl_id))
    except Exception as exc:  # the store's refusal (disk full, locked …) is a message too
        log.exception("a workbook could not be stored")
        outcome.failed.append(f"{path.name}: {exc}")


def open_paths(host: OpeningHost, paths: list[Path]) -> Outcome:
    """Import `paths`; one file opens in the editor, several are listed on the home page.
    Files that cannot be read are reported together in one dialog."""
    outcome = Outcome()
    if not paths:
        return outcome
    host.remember_folder(str(paths[-1].parent))
    reads = ReadJob(host.parent, list(paths)).wait()
    if reads is None:  # cancelled: nothing was imported
        host.show_message(translate("Opening", "Opening cancelled"), 5000)
        return outcome
    for read in reads:
        _one(host, read, outcome)
    if outcome.failed:
        title = (
            translate("Opening", "Cannot open this file")
            if len(outcome.failed) == 1
            else translate("Opening", "Cannot open {n} files").format(n=len(outcome.failed))
        )
        QMessageBox.warning(host.parent, title, "\n\n".join(outcome.failed))
    if len(outcome.imported) == 1 and len(paths) == 1:
        host.open_declaration(outcome.imported[0])
        host.show_message(translate("Opening", "Opened {name}").format(name=paths[0].name), 5000)
    elif outcome.imported:
        host.show_home()
        host.show_message(
            translate("Opening", "Imported {n} workbooks").format(n=len(outcome.imported)), 8000
        )
    return outcome
