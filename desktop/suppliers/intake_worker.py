"""Intake run off the interface thread: each file's result as it is ready, and a cancel."""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from forms.facilities import FacilityList
from forms.suppliers.intake import intake
from forms.suppliers.model import Campaign, Supplier


class IntakeWorker(QObject):
    """Signals: result(IntakeResult) per file, in order; done(cancelled) at the end;
    failed(message) on a bug."""

    result = Signal(object)
    done = Signal(bool)
    failed = Signal(str)

    def __init__(
        self,
        paths: Sequence[Path],
        suppliers: Sequence[Supplier],
        *,
        campaign: Campaign | None,
        reference_cids: Collection[str] | None = None,
        facilities: FacilityList | None = None,
    ) -> None:
        super().__init__()
        self.paths, self.suppliers, self.campaign = list(paths), list(suppliers), campaign
        self.reference_cids, self.facilities = reference_cids, facilities
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        results = intake(
            self.paths,
            self.suppliers,
            campaign=self.campaign,
            reference_cids=self.reference_cids,
            facilities=self.facilities,
        )
        try:
            for item in results:
                self.result.emit(item)
                if self._stop.is_set():
                    break
        except Exception as exc:  # intake reports bad files itself; this is a bug: say it
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        finally:
            results.close()
        self.done.emit(self._stop.is_set())
