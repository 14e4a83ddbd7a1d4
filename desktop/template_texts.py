"""RMI's own translations of a template's texts (its `L` sheet), looked up by the English text.

The workbook stays in English: these texts are only shown; answers keep the English options.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from desktop import i18n

if TYPE_CHECKING:
    from db.store import Store

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"^(\d+\)|[A-Z][.)])\s*")  # "1) …", "A. …": the app shows its own number
_REQUIRED = re.compile(r"\s*[(（]\*[)）]\s*[:：]?\s*$")
# RMI's own keys win over a text that only happens to be the same elsewhere in the workbook.
_PREFERRED_SHEET = "Declaration"


def _norm(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    text = _REQUIRED.sub("", _NUMBER.sub("", text)).rstrip(":").strip()
    return text.casefold()


def _strip_number(text: str) -> str:
    return _NUMBER.sub("", _SPACE.sub(" ", text).strip())


class TemplateTexts:
    """English → text in one RMI language column; unknown texts come back in English."""

    def __init__(self, labels: dict[str, dict[str, str]], columns: tuple[str, ...]) -> None:
        self._map: dict[str, str] = {}
        self.language: str | None = None
        available = {lang for per in labels.values() for lang in per}
        column = next((c for c in columns if c in available), None)
        if column is None or column == "English":
            return
        self.language = column
        ordered = sorted(labels.items(), key=lambda kv: kv[0].startswith(_PREFERRED_SHEET))
        for _key, per in ordered:  # preferred keys last: they overwrite
            english, text = per.get("English"), per.get(column)
            if english and text and text.strip():
                self._map[_norm(english)] = _strip_number(text)

    @property
    def translated(self) -> bool:
        return bool(self._map)

    def text(self, english: str) -> str:
        """`english` in the chosen language when RMI translated it, else unchanged (a leading
        "A. " or "1) " of `english` is kept)."""
        found = self._map.get(_norm(english)) if self._map else None
        if found is None:
            return english
        prefix = _NUMBER.match(english.strip())
        return f"{prefix[0]}{found}" if prefix else found

    def label(self, english: str) -> str:
        """A field label: translated, keeping the template's "(*)" required mark."""
        found = self._map.get(_norm(english))
        if found is None:
            return english
        # RMI's Chinese labels carry the mark in full-width brackets: "公司名称（*）：".
        marked = "(*)" in found or "（*）" in found
        required = "(*)" in english and not marked
        return f"{found} (*)" if required else found


def load_labels(store: Store, family: str, version: str) -> dict[str, dict[str, str]]:
    """The `L` sheet texts of the added template (empty without one: built-in English)."""
    try:
        return dict(store.template_labels(family, version))
    except Exception:  # an unreadable library (or a store without one) shows English texts
        log.exception("the template's translated texts could not be read")
        return {}


def texts(labels: dict[str, dict[str, str]]) -> TemplateTexts:
    """`labels` in the interface language now in use."""
    return TemplateTexts(labels, i18n.rmi_columns())
