"""Opening workbooks in the app: filled-in files become declarations, a blank official template
is offered to the template library, and a file that cannot be read is explained, never raised.
Files are read off the UI thread behind a progress dialog with Cancel (`desktop.read_job`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QMessageBox

from desktop.read_job import FileRead, ReadJob

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows (it reads the context here)."""
    return QCoreApplication.translate(context, text)


def workbook_paths(mime: QMimeData) -> list[Path]:
    """The local workbook files carried by a drag (other URLs and files are left out)."""
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in WORKBOOK_SUFFIXES]


@dataclass
class Outcome:
    """What became of the files the user opened."""

    imported: list[int] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def _offer_template(window: MainWindow, path: Path, result: Any) -> str | None:
    """A blank official template goes to the library (if the user agrees), not into a draft."""
    family, version = result.declaration.family, result.declaration.version
    answer = QMessageBox.question(
        window,
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
    entry = window.add_template_file(path)
    return f"{entry.family} {entry.version}" if entry is not None else None


def _one(window: MainWindow, read: FileRead, outcome: Outcome) -> None:
    path, result = read.path, read.result
    if read.error is not None:
        outcome.failed.append(read.error)
        return
    if result.is_blank:
        added = _offer_template(window, path, result)
        if added:
            outcome.templates.append(added)
        return
    try:
        decl_id = window.store.create(
            result.declaration, source_file=path.name, source_sha256=read.sha256
        )
        outcome.imported.append(int(decl_id))
    except Exception as exc:  # the store's refusal (disk full, locked …) is a message too
        outcome.failed.append(f"{path.name}: {exc}")


def open_paths(window: MainWindow, paths: list[Path]) -> Outcome:
    """Import `paths`; one file opens in the editor, several are listed on the home page.
    Files that cannot be read are reported together in one dialog."""
    outcome = Outcome()
    if not paths:
        return outcome
    window.settings.set_last_folder(str(paths[-1].parent))
    reads = ReadJob(window, list(paths)).wait()
    if reads is None:  # cancelled: nothing was imported
        window.statusBar().showMessage(translate("Opening", "Opening cancelled"), 5000)
        return outcome
    for read in reads:
        _one(window, read, outcome)
    if outcome.failed:
        title = (
            translate("Opening", "Cannot open this file")
            if len(outcome.failed) == 1
            else translate("Opening", "Cannot open {n} files").format(n=len(outcome.failed))
        )
        QMessageBox.warning(window, title, "\n\n".join(outcome.failed))
    if len(outcome.imported) == 1 and len(paths) == 1:
        window.open_declaration(outcome.imported[0])
        window.statusBar().showMessage(
            translate("Opening", "Opened {name}").format(name=paths[0].name), 5000
        )
    elif outcome.imported:
        window.show_home()
        window.statusBar().showMessage(
            translate("Opening", "Imported {n} workbooks").format(n=len(outcome.imported)), 8000
        )
    return outcome
