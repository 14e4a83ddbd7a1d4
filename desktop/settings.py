"""The app's remembered settings (window state, recent declarations, language), kept in the data
folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from forms.facilities.status import DUE_WITHIN_DAYS

RECENT_MAX = 8


class AppSettings:
    """QSettings in an INI file under the data folder, so tests and users keep them apart."""

    def __init__(self, data_dir: Path) -> None:
        self._qs = QSettings(str(data_dir / "mrtdesk.ini"), QSettings.Format.IniFormat)

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)

    def recent(self) -> list[int]:
        """Ids of the declarations opened most recently, newest first."""
        raw = self._qs.value("recent/declarations", "")
        text = (
            raw
            if isinstance(raw, str)
            else ",".join(str(v) for v in raw)
            if isinstance(raw, list)
            else ""
        )
        return [int(x) for x in text.split(",") if x.strip().isdigit()]

    def add_recent(self, decl_id: int) -> None:
        ids = [decl_id, *(i for i in self.recent() if i != decl_id)][:RECENT_MAX]
        self._qs.setValue("recent/declarations", ",".join(str(i) for i in ids))

    def last_folder(self) -> str:
        value = self._qs.value("files/last_folder", "")
        return value if isinstance(value, str) else ""

    def set_last_folder(self, folder: str) -> None:
        self._qs.setValue("files/last_folder", folder)

    def language(self) -> str:
        """The chosen interface language code, or "" to follow the system."""
        value = self._qs.value("ui/language", "")
        return value if isinstance(value, str) else ""

    def set_language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)

    def facility_due_days(self) -> int:
        """How many days ahead a conformant smelter's re-assessment counts as "due"."""
        value = self._qs.value("facilities/due_days", DUE_WITHIN_DAYS)
        try:
            days = int(str(value))
        except ValueError:
            return DUE_WITHIN_DAYS
        return days if 0 <= days <= 730 else DUE_WITHIN_DAYS

    def set_facility_due_days(self, days: int) -> None:
        self._qs.setValue("facilities/due_days", int(days))

    def work_alone(self) -> bool | None:
        """Whether the user works alone (no second person reviews); None: not asked yet."""
        value = self._qs.value("review/work_alone", "")
        text = str(value).casefold()
        return True if text == "true" else False if text == "false" else None

    def set_work_alone(self, alone: bool) -> None:
        self._qs.setValue("review/work_alone", "true" if alone else "false")

    def team_database(self) -> str:
        """Settings ▸ Team database: the PostgreSQL URL to work in ("" for the local store)."""
        value = self._qs.value("team/database_url", "")
        return value.strip() if isinstance(value, str) else ""

    def set_team_database(self, url: str) -> None:
        self._qs.setValue("team/database_url", url.strip())

    def sync(self) -> None:
        self._qs.sync()
