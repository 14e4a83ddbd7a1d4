"""The app's display languages: which exist, which one to use, and switching at run time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import resource_files

ENV_LANGUAGE = "MRTDESK_LANGUAGE"
"""Overrides the system language (tests pin English with it)."""


@dataclass(frozen=True)
class Language:
    """`code` names the .qm file; `rmi` lists the RMI `L` sheet columns to use for template
    texts, first found wins (English when none is there)."""

    code: str
    name: str
    rmi: tuple[str, ...]


ENGLISH = "en"
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", ("English",)),
    Language("zh_CN", "简体中文", ("中文 Chinese",)),
    # RMI has no Traditional Chinese column: its Simplified Chinese text is far easier to follow
    # for a reader in Taiwan or Hong Kong than the English one.
    Language("zh_TW", "繁體中文", ("中文 Chinese",)),
    Language("ja", "日本語", ("日本語 Japanese",)),
    Language("ko", "한국어", ("한국어 Korean",)),
    Language("th", "ไทย", ()),
    Language("fr", "Français", ("Français",)),
    Language("de", "Deutsch", ("Deutsch",)),
    Language("es", "Español", ("Español",)),
    Language("pt_BR", "Português (Brasil)", ("Português",)),
)
BY_CODE = {lang.code: lang for lang in LANGUAGES}

_installed: list[QTranslator] = []
_current = ENGLISH


def translations_dir() -> Path:
    """The compiled translations (.qm), package data of `desktop` (see `desktop.resources`)."""
    return resource_files.folder("translations")


def match(locale: QLocale) -> str:
    """The supported language closest to `locale` (English when none is close)."""
    name = locale.name()  # e.g. "zh_CN", "pt_PT", "th_TH"
    lang = name.split("_")[0]
    if lang == "zh":
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or name in (
            "zh_TW",
            "zh_HK",
            "zh_MO",
        )
        return "zh_TW" if traditional else "zh_CN"
    if lang == "pt":
        return "pt_BR"
    return lang if lang in BY_CODE else ENGLISH


def system_language() -> str:
    forced = os.environ.get(ENV_LANGUAGE, "").strip()
    if forced:
        return forced if forced in BY_CODE else match(QLocale(forced))
    return match(QLocale.system())


def current() -> str:
    """The code of the language the interface is in now."""
    return _current


def rmi_columns(code: str | None = None) -> tuple[str, ...]:
    return BY_CODE.get(code or _current, BY_CODE[ENGLISH]).rmi


def install(code: str | None) -> str:
    """Switch the interface to `code` (None or "": the system language); every widget gets a
    LanguageChange event and retranslates. Returns the code now in use."""
    global _current
    app = QCoreApplication.instance()
    chosen = code if code in BY_CODE else system_language()
    if app is None:
        return chosen
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if chosen != ENGLISH:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_dir), ("mrtdesk", str(translations_dir()))):
            translator = QTranslator(app)
            if translator.load(f"{name}_{chosen}", folder):
                app.installTranslator(translator)
                _installed.append(translator)
    locale = QLocale(chosen)
    QLocale.setDefault(locale)
    _current = chosen
    return chosen


def workbook_filter() -> str:
    """The file dialog filter for opening workbooks, in the interface language."""
    workbooks = QCoreApplication.translate("FileDialogs", "Excel workbooks")
    everything = QCoreApplication.translate("FileDialogs", "All files")
    return f"{workbooks} (*.xlsx *.xlsm *.xls);;{everything} (*)"


def save_workbook_filter() -> str:
    """The file dialog filter for saving one workbook, in the interface language."""
    return QCoreApplication.translate("FileDialogs", "Excel workbook") + " (*.xlsx)"
