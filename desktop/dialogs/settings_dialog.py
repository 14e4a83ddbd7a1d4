"""The Settings dialog: the interface language, applied at once and remembered."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
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
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        from desktop.dialogs.team_settings import team_box

        self.team = team_box(settings, parent)
        layout.addWidget(self.team)
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
        self.note.setText(
            self.tr(
                "The questions are shown in RMI's translation where the template has one. "
                "Answers and comments must still be written in English: the workbook you send "
                "is in English."
            )
        )

    def _language_chosen(self) -> None:
        code = str(self.language.currentData() or SYSTEM)
        self.settings.set_language(code)
        self.settings.sync()
        i18n.install(code or None)
