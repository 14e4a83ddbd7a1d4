"""The Settings dialog, each choice applied at once and remembered: the interface language,
whether the user works alone (no review step before sending), and how far ahead RMI
re-assessments are flagged."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.settings import AppSettings

SYSTEM = ""


class SettingsDialog(QDialog):
    """Attributes: language (QComboBox; item data is a language code, "" for the system's),
    due_days (QSpinBox: how far ahead an RMI re-assessment is flagged as due).

    Signals: due_days_changed(days)."""

    due_days_changed = Signal(int)

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
        self.due_days = QSpinBox()
        self.due_days.setObjectName("facility_due_days")
        self.due_days.setRange(0, 730)
        self.due_days.setValue(settings.facility_due_days())
        self.due_days_label = QLabel()
        self.due_days_label.setBuddy(self.due_days)
        self.work_alone = QCheckBox()
        self.work_alone.setObjectName("work_alone")
        self.work_alone.setChecked(settings.work_alone() is True)
        self.work_alone.toggled.connect(self._work_alone_toggled)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow("", self.work_alone)
        form.addRow(self.due_days_label, self.due_days)
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
        self.due_days.valueChanged.connect(self._due_days_chosen)
        self.retranslate()
        self.resize(460, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.due_days_label.setText(self.tr("Flag RMI re-assessments &due within:"))
        self.due_days.setSuffix(self.tr(" days"))
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

    def _due_days_chosen(self, days: int) -> None:
        self.settings.set_facility_due_days(days)
        self.settings.sync()
        self.due_days_changed.emit(days)

    def _work_alone_toggled(self, alone: bool) -> None:
        self.settings.set_work_alone(alone)
        self.settings.sync()

    def _language_chosen(self) -> None:
        code = str(self.language.currentData() or SYSTEM)
        self.settings.set_language(code)
        self.settings.sync()
        i18n.install(code or None)
