"""Streaming reader of cached cell values from worksheet XML and the shared-string table.

Worksheet parts are scanned cell by cell in bounded chunks without building a tree: a filled
Smelter List is ~5 MB of mostly formulas, and only the few cells holding values matter. Files
written with namespace prefixes (`<x:c>`) or cells without `r` fall back to lxml.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree

from forms.workbook import xmlsafe
from forms.workbook.package import Package, UnreadableWorkbook

MAX_ROW = 1_048_576
"""Excel's own limit; a cell beyond it means a forged file."""


@dataclass(frozen=True)
class Cell:
    """A cached value: `kind` is "s" (text), "n" (number), "b" (boolean), "e" (error), "d" (ISO
    date text). `value` is the text as stored (numbers keep their XML spelling)."""

    kind: str
    value: str


Cells = dict[tuple[int, str], Cell]
"""(row, column letters) → cell."""


class SharedStrings:
    """The shared-string table, split once and decoded only for the indexes asked for."""

    _SPLIT = re.compile(rb"<si(?=[\s/>])")
    _PHONETIC = re.compile(rb"<rPh\b.*?</rPh>", re.S)
    _T = re.compile(rb"<t(?:\s[^>]*)?>(.*?)</t>", re.S)

    def __init__(self, data: bytes) -> None:
        if xmlsafe.has_dtd(data):
            raise xmlsafe.unsafe("the shared-string table contains a DTD")
        self._cache: dict[int, str] = {}
        if b"<si" in data or b"<sst" not in data:
            self._items: list[bytes] = self._SPLIT.split(data)[1:]
            self._decoded: list[str] | None = None
        else:  # prefixed elements (<x:si>): let lxml do it
            root = xmlsafe.parse(data, "sharedStrings")
            self._items = []
            self._decoded = [
                "".join(
                    t.text or ""
                    for t in si.iter()
                    if xmlsafe.local(t.tag) == "t" and xmlsafe.local(t.getparent().tag) != "rPh"
                )
                for si in root
                if xmlsafe.local(si.tag) == "si"
            ]

    def __len__(self) -> int:
        return len(self._decoded) if self._decoded is not None else len(self._items)

    def get(self, index: int) -> str:
        if self._decoded is not None:
            return self._decoded[index] if 0 <= index < len(self._decoded) else ""
        hit = self._cache.get(index)
        if hit is not None:
            return hit
        if not 0 <= index < len(self._items):
            return ""
        item = self._items[index]
        if item.startswith(b"/"):
            text = ""
        else:
            if b"<rPh" in item:
                item = self._PHONETIC.sub(b"", item)
            text = "".join(xmlsafe.text(m) for m in self._T.findall(item))
        self._cache[index] = text
        return text


def load_shared_strings(pkg: Package) -> SharedStrings:
    part = pkg.shared_strings_part()
    return SharedStrings(pkg.read(part) if part else b"")


_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_TYPE = re.compile(rb'\bt="([a-zA-Z]+)"')
_V = re.compile(rb"<v(?:\s[^>]*)?>(.*?)</v>", re.S)
_IS_T = re.compile(rb"<t(?:\s[^>]*)?>(.*?)</t>", re.S)
_ROOT_PREFIX = re.compile(rb"<([A-Za-z_][\w.-]*):worksheet\b")


class _SlowPath(Exception):
    """The fast scanner met something it does not handle; use lxml instead."""


Want = Callable[[int, str], bool]
"""Which (row, column) cells the caller wants."""


def _cell(kind: bytes, payload: bytes, sst: SharedStrings) -> Cell | None:
    if kind == b"s":
        try:
            return Cell("s", sst.get(int(payload)))
        except ValueError:
            return None
    text = xmlsafe.text(payload)
    if kind in (b"n", b""):
        return Cell("n", text.strip())
    if kind in (b"str", b"inlineStr"):
        return Cell("s", text)
    return Cell(kind.decode("ascii", "replace")[:1], text)


def _scan(piece: bytes, sst: SharedStrings) -> tuple[int, str, Cell | None]:
    end = piece.find(b">")
    if end < 0:
        raise _SlowPath
    head = piece[:end]
    ref = _REF.search(head)
    if ref is None:
        raise _SlowPath
    row, col = int(ref.group(2)), ref.group(1).decode()
    if head.endswith(b"/"):
        return row, col, None
    tm = _TYPE.search(head)
    kind = tm.group(1) if tm else b""
    body_end = piece.find(b"</c>", end)
    body = piece[end + 1 : body_end if body_end >= 0 else len(piece)]
    if kind == b"inlineStr":
        texts = _IS_T.findall(body)
        return row, col, _cell(kind, b"".join(texts), sst) if texts else None
    vm = _V.search(body)
    if vm is None or not vm.group(1):
        return row, col, None
    return row, col, _cell(kind, vm.group(1), sst)


def _fast(chunks: Iterator[bytes], sst: SharedStrings, want: Want, stop_row: int) -> Cells:
    cells: Cells = {}
    buf = b""
    tail = b""
    first = True
    for chunk in chunks:
        if xmlsafe.has_dtd(tail + chunk[:16]) or xmlsafe.has_dtd(chunk):
            raise xmlsafe.unsafe("a worksheet contains a DTD")
        tail = chunk[-16:]
        buf += chunk
        if first:
            first = False
            if _ROOT_PREFIX.search(buf[:4096]) or b"<c>" in buf:
                raise _SlowPath
        cut = buf.rfind(b"<c ")
        if cut <= 0:
            continue
        done, buf = buf[:cut], buf[cut:]
        if _scan_block(done, sst, want, stop_row, cells):
            return cells
    _scan_block(buf, sst, want, stop_row, cells)
    return cells


def _ref(piece: bytes) -> tuple[int, str]:
    if piece.startswith(b'r="'):
        end = piece.find(b'"', 3)
        ref = piece[3:end]
        i = 0
        while i < len(ref) and 65 <= ref[i] <= 90:
            i += 1
        if 0 < i <= 3 and ref[i:].isdigit():
            return int(ref[i:]), ref[:i].decode()
    m = _REF.search(piece[: piece.find(b">")])
    if m is None:
        raise _SlowPath
    return int(m.group(2)), m.group(1).decode()


def _value_positions(block: bytes) -> list[int]:
    """Where cached values start, in document order (most cells hold none: skip them)."""
    found: list[int] = []
    for marker in (b"<v>", b"<v ", b"<is>"):
        pos = block.find(marker)
        while pos >= 0:
            found.append(pos)
            pos = block.find(marker, pos + 3)
    found.sort()
    return found


def _scan_block(block: bytes, sst: SharedStrings, want: Want, stop_row: int, out: Cells) -> bool:
    """Scan the complete cells in `block` that hold a value; True once past `stop_row`."""
    last_start = -1
    if b"<v></v>" in block:
        block = block.replace(b"<v></v>", b"")
    for pos in _value_positions(block):
        start = block.rfind(b"<c ", 0, pos)
        if start < 0 or start == last_start:
            continue
        last_start = start
        end = block.find(b"</c>", pos)
        piece = block[start + 3 : end if end >= 0 else len(block)]
        row, col = _ref(piece)
        if row > stop_row:
            return True
        if want(row, col):
            cell = _scan(piece, sst)[2]
            if cell is not None:
                out[(row, col)] = cell
    return False


_COL = re.compile(r"([A-Z]{1,3})([0-9]+)")


def _col_letters(n: int) -> str:
    s = ""
    while n:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s


def _slow(data: bytes, sst: SharedStrings, want: Want, stop_row: int) -> Cells:
    root = xmlsafe.parse(data, "worksheet")
    cells: Cells = {}
    row_no = 0
    for row_el in root.iter():
        if xmlsafe.local(row_el.tag) != "row":
            continue
        row_no = int(row_el.get("r") or row_no + 1)
        if row_no > stop_row:
            break
        col_no = 0
        for c in row_el:
            if xmlsafe.local(c.tag) != "c":
                continue
            m = _COL.fullmatch(c.get("r") or "")
            col_no = _col_number(m.group(1)) if m else col_no + 1
            col = _col_letters(col_no)
            texts = [
                (e.text or "").encode()
                for e in c.iter()
                if xmlsafe.local(e.tag) in {"v", "t"} and xmlsafe.local(e.getparent().tag) != "rPh"
            ]
            payload = b"".join(texts)
            kind = (c.get("t") or "").encode()
            if payload and want(row_no, col):
                cell = _cell(kind, payload, sst)
                if cell is not None:
                    cells[(row_no, col)] = cell
    return cells


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def read_cells(
    pkg: Package, part: str, sst: SharedStrings, want: Want, stop_row: int = MAX_ROW
) -> Cells:
    """The cached values of the wanted cells of a worksheet part, read up to `stop_row`."""
    try:
        return _fast(pkg.iter_chunks(part), sst, want, stop_row)
    except _SlowPath:
        pass
    try:
        return _slow(pkg.read(part), sst, want, stop_row)
    except etree.LxmlError:
        raise UnreadableWorkbook("corrupt", f"the workbook is damaged ({part})") from None


def show_zeros(pkg: Package, part: str) -> bool:
    """False when the sheet view hides zero values (RMI templates do: Excel shows them blank)."""
    chunks = pkg.iter_chunks(part, chunk=16384)
    try:
        head = next(chunks, b"")
    finally:
        chunks.close()
    m = re.search(rb"<(?:\w+:)?sheetView\b[^>]*>", head)
    return not (m and re.search(rb'\bshowZeros="(0|false)"', m.group(0)))
