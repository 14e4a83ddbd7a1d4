"""The shared-string table, read in linear time whatever the file holds: split once into items
(with or without a namespace prefix), each decoded only when a cell asks for it."""

from __future__ import annotations

import functools
import re
from array import array

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
    """The shared-string table, indexed once and decoded only for the indexes asked for.

    The index is an array of offsets, not a list of pieces: tens of thousands of live objects
    per workbook would make every garbage collection of a busy process (the app, a roll-up)
    walk them all."""

    def __init__(self, data: bytes) -> None:
        if xmlsafe.prolog_has_dtd(data[:65536]):
            raise xmlsafe.unsafe("the shared-string table contains a DTD")
        root = _ROOT.search(data, 0, 65536)
        prefix = (root.group(1) or b"") if root else b""
        if data.count(b"<" + prefix + (b":si" if prefix else b"si")) > MAX_STRINGS:
            raise UnreadableWorkbook(
                "too-large",
                f"refused: the shared-string table holds more than {MAX_STRINGS:,} strings; "
                "an RMI template holds far fewer, so this is not a normal declaration",
            )
        self._cache: dict[int, str] = {}
        self._data = data
        self._starts = array("q")
        """Where each `<si` starts; the item runs to the next one."""
        self._skip = len(prefix) + 3 + (1 if prefix else 0)
        if root:
            self._starts.extend(m.start() for m in _split(prefix).finditer(data))

    def __len__(self) -> int:
        return len(self._starts)

    def get(self, index: int) -> str:
        hit = self._cache.get(index)
        if hit is not None:
            return hit
        starts = self._starts
        if not 0 <= index < len(starts):
            return ""
        end = starts[index + 1] if index + 1 < len(starts) else len(self._data)
        item = self._data[starts[index] + self._skip : end]
        text = "" if item.startswith(b"/") else item_text(item)
        self._cache[index] = text
        return text


def load_shared_strings(pkg: Package) -> SharedStrings:
    part = pkg.shared_strings_part()
    return SharedStrings(pkg.read(part) if part else b"")
