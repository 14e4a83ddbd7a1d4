"""The dialog that explains why a workbook was not taken as a template: for a structure that
differs from the template it claims to be, the differences one per line and what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from forms.workbook.verify import TemplateMismatch

SHOWN = 8


def refusal_text(path: Path, exc: Exception) -> tuple[str, str]:
    """(title, text) of the warning for `exc` raised while adding `path`."""
    if not isinstance(exc, TemplateMismatch):
        message = str(exc)
        return QCoreApplication.translate("TemplateRefusal", "Cannot add this template"), (
            message if message.startswith(path.name) else f"{path.name}: {message}"
        )
    lines = "\n".join(f"• {d}" for d in exc.differences[:SHOWN])
    more = len(exc.differences) - SHOWN
    if more > 0:
        more_text = QCoreApplication.translate("TemplateRefusal", "… and {n} more")
        lines += "\n" + more_text.format(n=more)
    text = QCoreApplication.translate(
        "TemplateRefusal",
        "{name} was not added: its structure differs from the RMI template it names, so MRT "
        "Desk will not write a declaration into it.\n\nWhat differs:\n{lines}\n\nUse the blank "
        "template exactly as downloaded from RMI or sent by your customer. If it is genuine, RMI "
        "changed the template and MRT Desk needs an update for it.",
    ).format(name=path.name, lines=lines)
    return QCoreApplication.translate("TemplateRefusal", "Not the template it claims to be"), text


def show_refusal(parent: QWidget | None, path: Path, exc: Exception) -> None:
    title, text = refusal_text(path, exc)
    QMessageBox.warning(parent, title, text)
