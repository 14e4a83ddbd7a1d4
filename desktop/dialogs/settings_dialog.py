"""The Settings dialog: the interface language, applied at once and remembered, and whether
the user works alone (no review step before sending)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.settings import AppSettings

SYSTEM = ""


class SettingsDialog(QDialog):
    """Attributes: language (QComboBox; item data is a language code, "" for the system's)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("", SYSTEM)
        for lang in i18n.LANGUAGES:
            # Each language is named in itself: whoever reads it finds their own.
            self.language.addItem(lang.name, lang.code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.work_alone = QCheckBox()
        self.work_alone.setObjectName("work_alone")
        self.work_alone.setChecked(settings.work_alone() is True)
        self.work_alone.toggled.connect(self._work_alone_toggled)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow("", self.work_alone)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()
        self.resize(460, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        system = i18n.BY_CODE[i18n.system_language()].name
        self.language.setItemText(
            0, self.tr("System language ({language})").format(language=system)
        )
        self.work_alone.setText(
            self.tr("I work alone: no colleague reviews my declarations before they are sent")
        )
        self.note.setText(
            self.tr(
                "The questions are shown in RMI's translation where the template has one. "
                "Answers and comments must still be written in English: the workbook you send "
                "is in English."
            )
        )

    def _work_alone_toggled(self, alone: bool) -> None:
        self.settings.set_work_alone(alone)
        self.settings.sync()

    def _language_chosen(self) -> None:
        code = str(self.language.currentData() or SYSTEM)
        self.settings.set_language(code)
        self.settings.sync()
        i18n.install(code or None)
