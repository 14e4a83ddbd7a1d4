"""The "I work alone" setting: asked once, on the first export. A one-person supplier has no
colleague to review and approve; under this setting a draft goes straight to ready-to-send."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.settings import AppSettings


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows."""
    return QCoreApplication.translate(context, text)


def works_alone(data_dir: Path) -> bool:
    return AppSettings(data_dir).work_alone() is True


def ask_work_alone(parent: QWidget, data_dir: Path) -> bool:
    """Ask once whether a colleague reviews the user's declarations (the answer is kept in the
    settings; Settings… changes it later). True when the user works alone."""
    settings = AppSettings(data_dir)
    known = settings.work_alone()
    if known is not None:
        return known
    answer = QMessageBox.question(
        parent,
        translate("WorkAlone", "Review before sending"),
        translate(
            "WorkAlone",
            "Does a colleague review and approve your declarations before they are sent?\n\n"
            "Yes: keep the review workflow (submit, approve, then prepare the e-mail).\n"
            "No, I work alone: a declaration goes straight from draft to ready to send.\n\n"
            "You can change this later in Settings.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    alone = answer == QMessageBox.StandardButton.No
    settings.set_work_alone(alone)
    settings.sync()
    return alone
