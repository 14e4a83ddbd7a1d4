"""The shared-string table, read in linear time whatever the file holds: split once into items
(with or without a namespace prefix), each decoded only when a cell asks for it."""

from __future__ import annotations

import functools
import re

from forms.workbook import xmlsafe
from forms.workbook.package import Package, UnreadableWorkbook

MAX_STRINGS = 1_000_000
"""Shared strings at most (an RMI template holds ~16,000)."""

_P = rb"(?:[A-Za-z_][\w.-]*:)?"
_ROOT = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?sst[\s/>]")
_T_OPEN = re.compile(rb"<" + _P + rb"t(?=[\s/>])")
_T_CLOSE = re.compile(rb"</" + _P + rb"t\s*>")
_RPH_OPEN = re.compile(rb"<" + _P + rb"rPh(?=[\s/>])")
_RPH_CLOSE = re.compile(rb"</" + _P + rb"rPh\s*>")


@functools.lru_cache(maxsize=8)
def _split(prefix: bytes) -> re.Pattern[bytes]:
    return re.compile(rb"<" + re.escape(prefix + b":" if prefix else b"") + rb"si(?=[\s/>])")


def item_text(item: bytes) -> str:
    """The text of one `<si>` (or `<is>`) body: its `<t>` runs without the phonetic ones."""
    if b"rPh" in item:
        item = xmlsafe.without_elements(item, _RPH_OPEN, _RPH_CLOSE)
    return xmlsafe.text(xmlsafe.element_texts(item, _T_OPEN, _T_CLOSE))


class SharedStrings:
    """The shared-string table, split once and decoded only for the indexes asked for."""

    def __init__(self, data: bytes) -> None:
        if xmlsafe.prolog_has_dtd(data[:65536]):
            raise xmlsafe.unsafe("the shared-string table contains a DTD")
        root = _ROOT.search(data, 0, 65536)
        prefix = (root.group(1) or b"") if root else b""
        tag = b"<" + prefix + (b":si" if prefix else b"si")
        # Only a part this large can hold that many strings (each is at least "<si/>").
        if len(data) > 5 * MAX_STRINGS and data.count(tag) > MAX_STRINGS:
            raise UnreadableWorkbook(
                "too-large",
                f"refused: the shared-string table holds more than {MAX_STRINGS:,} strings; "
                "an RMI template holds far fewer, so this is not a normal declaration",
            )
        self._cache: dict[int, str] = {}
        if not root:
            self._items: list[bytes] = []
        else:
            self._items = data.split(tag + b">")[1:]  # as Excel writes it: the quick split
            if len(self._items) != data.count(tag):  # <si/>, <si xml:space=…>: split exactly
                self._items = _split(prefix).split(data)[1:]

    def __len__(self) -> int:
        return len(self._items)

    def get(self, index: int) -> str:
        hit = self._cache.get(index)
        if hit is not None:
            return hit
        if not 0 <= index < len(self._items):
            return ""
        item = self._items[index]
        text = "" if item.startswith(b"/") else item_text(item)
        self._cache[index] = text
        return text


def load_shared_strings(pkg: Package) -> SharedStrings:
    part = pkg.shared_strings_part()
    return SharedStrings(pkg.read(part) if part else b"")
