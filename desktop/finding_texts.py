"""A finding in the interface language: its catalogued wording (`forms.rules.messages`) looked
up in the translations and filled with its params. Findings with no catalogued wording show
their English `message`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from forms.rules.finding import Finding
from forms.rules.messages import MESSAGES, english, fill

Display = Callable[[str], str]


def _same(text: str) -> str:
    return text


def _value(value: str, display: Display) -> str:
    """A param value: a catalogued term in the interface language, else as `display` shows it
    (RMI's own translation of a mineral, an answer or a question text, when there is one)."""
    term = QCoreApplication.translate("FindingTerm", value)
    return term if term != value else display(value)


def finding_words(finding: Finding, display: Display = _same) -> tuple[str, str]:
    """(message, hint) of `finding` in the interface language."""
    entry = MESSAGES.get(finding.id)
    # Only a finding whose params make the catalogue's English its own message is reworded: a
    # finding built with the plain constructor under a catalogued code keeps its own words.
    if entry is None or english(finding.id, finding.params)[0] != finding.message:
        return finding.message, finding.hint
    params = {k: _value(v, display) for k, v in finding.params.items()}
    message = fill(QCoreApplication.translate("Finding", entry[0]), params)
    hint = fill(QCoreApplication.translate("Finding", entry[1]), params) if entry[1] else ""
    return message, hint
