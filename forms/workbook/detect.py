"""Which template a workbook is: family and revision read from its own cells, in any language."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from forms import templates
from forms.rules.finding import Finding
from forms.templates import TemplateDef
from forms.templates.versioning import version_key as version_key
from forms.workbook.package import UnreadableWorkbook

# The family abbreviation survives translation of the title ("钴报告模板 (CRT)").
_ABBREV = re.compile(r"\((CMRT|CRT|EMRT|AMRT)\)")
_NAMES = (
    ("conflict minerals reporting template", "CMRT"),
    ("cobalt reporting template", "CRT"),
    ("extended mineral reporting template", "EMRT"),
    ("extended minerals reporting template", "EMRT"),
    ("additional minerals reporting template", "AMRT"),
)
_FULL_NAMES = {
    "CMRT": "Conflict Minerals Reporting Template",
    "CRT": "Cobalt Reporting Template",
    "EMRT": "Extended Minerals Reporting Template",
    "AMRT": "Additional Minerals Reporting Template",
}
# A letter suffix is part of the revision ("2.03a"), a word after it is not ("6.5April").
_REVISION = re.compile(
    r"(?:Revision|Version|Rev\.?)\s*([0-9]+(?:\.[0-9]+)*(?:[a-z](?![a-z]))?)", re.I
)
_YEAR = re.compile(r"(19|20)\d\d")

# Oldest revision read per family (with the layout of the oldest definition, CRT: of 2.2).
_OLDEST = {"CMRT": "6.01", "CRT": "2.0", "EMRT": "1.1", "AMRT": "1.2"}
_LIST_SHEETS = ("Declaration", "Smelter List", "Product List")

# The hidden sheet forms/workbook/layout.py adds (named here: layout.py imports openpyxl).
LAYOUT_OPTIONS_SHEET = "MRT Desk options"


def family_from_text(text: str | None) -> str | None:
    if not text:
        return None
    m = _ABBREV.search(text)
    if m:
        return m.group(1)
    low = " ".join(text.lower().split())
    for name, family in _NAMES:
        if name in low:
            return family
    return None


def revision_from_text(text: str | None) -> str | None:
    m = _REVISION.search(text or "")
    return m.group(1) if m else None


def stamp_date(stamp: str | None) -> date | None:
    """The release date in a revision stamp ("Revision 6.5\nApril 25, 2025")."""
    lines = (stamp or "").splitlines()
    for line in lines[1:]:
        for fmt in ("%B %d, %Y", "%b %d, %Y", "%B %d %Y"):
            try:
                return datetime.strptime(line.strip(), fmt).date()
            except ValueError:
                continue
    return None


@dataclass
class Detection:
    family: str
    version_in_file: str
    template: TemplateDef
    findings: list[Finding] = field(default_factory=list)


def _warning(message_id: str, **params: Any) -> Finding:
    """A file-level warning worded by `forms.rules.messages`."""
    return Finding.of(message_id, "warning", "template", **params)


def _label(family: str, version: str, stamp: str | None) -> str:
    year = _YEAR.search(stamp or "")
    when = f" ({year.group(0)})" if year else ""
    return f"{_FULL_NAMES.get(family, family)} {family} {version}{when}"


def choose(
    family: str,
    version: str,
    stamp: str | None,
    sheets: list[str],
    prove: Callable[[], TemplateDef | None] | None = None,
) -> Detection:
    """The definition to read a `family` `version` workbook with, or `UnreadableWorkbook`.
    `prove` (for a revision newer than every definition) is the known layout the workbook's
    structure was verified to match, if any (`forms.workbook.verify`)."""
    what = _label(family, version, stamp)
    known = sorted(templates.versions(family), key=lambda t: version_key(t.version))
    newest = known[-1]
    key = version_key(version)
    if key < version_key(_OLDEST[family]):
        raise UnreadableWorkbook(
            "unsupported-version",
            f"this is a {what}, older than MRT Desk can read ({family} {_OLDEST[family]} or "
            f"newer): ask the sender to fill in the current {family} {newest.version}",
        )
    exact = [t for t in known if t.version == version]
    if exact:
        det = Detection(family, version, exact[0])
    else:
        older = [t for t in known if version_key(t.version) <= key]
        tpl = older[-1] if older else known[0]
        det = Detection(family, version, tpl)
        proven = prove() if prove is not None and key > version_key(newest.version) else None
        if proven is not None:
            det.template = proven
            det.findings.append(
                _warning(
                    "FILE-NEWER-VERIFIED",
                    template=f"{family} {version}",
                    layout=f"{family} {proven.version}",
                )
            )
        elif key > version_key(newest.version):
            det.findings.append(
                _warning(
                    "FILE-NEWER-VERSION",
                    template=f"{family} {version}",
                    newest=f"{family} {newest.version}",
                    layout=newest.version,
                )
            )
        else:
            det.findings.append(
                _warning(
                    "FILE-UNKNOWN-REVISION", template=f"{family} {version}", layout=tpl.version
                )
            )
    if LAYOUT_OPTIONS_SHEET in sheets:
        det.findings.append(_warning("FILE-COMPATIBLE-LAYOUT", template=f"{family} {version}"))
        return det
    needed = [*_LIST_SHEETS, *(["Mine List"] if det.template.mine_list else [])]
    missing = [s for s in needed if s not in sheets]
    if missing and not exact:
        raise UnreadableWorkbook(
            "unsupported-version",
            f"this is a {what} whose layout MRT Desk does not know (no sheet "
            f"{', '.join(missing)}): ask the sender for the current {family} {newest.version}",
        )
    if missing:
        det.findings.append(_warning("FILE-MODIFIED-TEMPLATE/missing", sheets=", ".join(missing)))
    extra = [s for s in sheets if s not in det.template.sheets]
    if extra and exact:
        det.findings.append(
            _warning(
                "FILE-MODIFIED-TEMPLATE/extra",
                template=f"{family} {version}",
                sheets=", ".join(extra),
            )
        )
    return det
