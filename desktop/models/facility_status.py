"""The "RMI status" column of the Smelters page: each row's standing on the imported facility
list in words and colour (conformant, active, not enrolled, unknown CID), with the next
re-assessment date in the tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from forms.facilities.status import SmelterStanding, SmelterStatus

_COLORS = {
    SmelterStanding.CONFORMANT: "#2e7d32",
    SmelterStanding.ACTIVE: "#1565c0",
    SmelterStanding.NOT_ENROLLED: "#c62828",
    SmelterStanding.UNKNOWN_CID: "#b26a00",
}


def header() -> str:
    return QCoreApplication.translate("FacilityStatus", "RMI status")


def words(status: SmelterStatus) -> str:
    """What the cell says."""
    if status.standing is SmelterStanding.CONFORMANT:
        if status.overdue:
            return QCoreApplication.translate("FacilityStatus", "Conformant, overdue")
        if status.due_soon:
            return QCoreApplication.translate("FacilityStatus", "Conformant, due soon")
        return QCoreApplication.translate("FacilityStatus", "Conformant")
    return {
        SmelterStanding.ACTIVE: QCoreApplication.translate("FacilityStatus", "Active"),
        SmelterStanding.NOT_ENROLLED: QCoreApplication.translate("FacilityStatus", "Not enrolled"),
        SmelterStanding.UNKNOWN_CID: QCoreApplication.translate("FacilityStatus", "Unknown CID"),
        SmelterStanding.NO_CID: "—",
    }[status.standing]


def tooltip(status: SmelterStatus) -> str:
    f = status.facility
    if f is None:
        if status.standing is SmelterStanding.UNKNOWN_CID:
            return QCoreApplication.translate(
                "FacilityStatus", "RMI's facility list does not know this smelter ID."
            )
        return QCoreApplication.translate("FacilityStatus", "No smelter ID: nothing to look up.")
    lines = [f"{f.cid} · {f.name} · {f.metal}", f.status_text or words(status)]
    if f.programme:
        lines.append(
            QCoreApplication.translate("FacilityStatus", "Programme: %1").replace("%1", f.programme)
        )
    if f.last_assessment is not None:
        lines.append(
            QCoreApplication.translate("FacilityStatus", "Last assessment: %1").replace(
                "%1", f.last_assessment.isoformat()
            )
        )
    if status.next_assessment is not None:
        lines.append(
            QCoreApplication.translate("FacilityStatus", "Next assessment: %1").replace(
                "%1", status.next_assessment.isoformat()
            )
        )
    return "\n".join(lines)


def cell_data(status: SmelterStatus, role: int) -> Any:
    """The cell's data for `role` (display, tooltip, colours, sort key)."""
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
        return words(status)
    if role == Qt.ItemDataRole.ToolTipRole:
        return tooltip(status)
    color = _COLORS.get(status.standing)
    if status.standing is SmelterStanding.CONFORMANT and (status.overdue or status.due_soon):
        color = _COLORS[SmelterStanding.UNKNOWN_CID]
    if role == Qt.ItemDataRole.ForegroundRole and color:
        return QColor(color)
    if role == Qt.ItemDataRole.BackgroundRole and color:
        tint = QColor(color)
        tint.setAlpha(28)
        return tint
    return None
