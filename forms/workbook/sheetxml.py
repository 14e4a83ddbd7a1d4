"""Reader of cached cell values from worksheet XML, without building a tree.

One regular-expression pass over the part finds every cached value and inline string; the cell
holding each is found backwards, and cells of unwanted columns are dropped on their letter (a
filled Smelter List is ~5 MB of mostly formulas and helper columns; a few hundred cells
matter). Every search stops at the next `<` or the previous value, so the time is linear in the
size of the part whatever it holds, and rows may come in any order. Parts written with a
namespace prefix (`<x:c>`) take the same path; cells without an `r` reference fall back to a
bounded streaming parse (`forms.workbook.xmlstream`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from forms.workbook import xmlsafe, xmlstream
from forms.workbook.package import Package
from forms.workbook.sharedstrings import SharedStrings, item_text, load_shared_strings

__all__ = [
    "MAX_ROW",
    "Cell",
    "Cells",
    "RowsBeyond",
    "SharedStrings",
    "load_shared_strings",
    "read_cells",
    "show_zeros",
]

MAX_ROW = 1_048_576
"""Excel's own limit; a cell beyond it means a forged file."""
_MAX_COL = 16_384


@dataclass(frozen=True)
class Cell:
    """A cached value: `kind` is "s" (text), "n" (number), "b" (boolean), "e" (error), "d" (ISO
    date text). `value` is the text as stored (numbers keep their XML spelling)."""

    kind: str
    value: str


Cells = dict[tuple[int, str], Cell]
"""(row, column letters) → cell."""

Want = Callable[[int, str], bool]
"""Which (row, column) cells the caller wants."""


class RowsBeyond(Exception):
    """A wanted cell holds a value below the row limit the caller set (`refuse_beyond`)."""

    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


class _SlowPath(Exception):
    """The fast scanner met cells it does not handle (no `r`, mixed prefixes)."""


_ROOT = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet[\s>/]")
_FOREIGN_CELL = re.compile(rb"<[A-Za-z_][\w.-]*:c[\s>/]")
_TYPE = re.compile(rb'\bt="([a-zA-Z]+)"')


@dataclass(frozen=True)
class _Tags:
    cell: bytes
    cell_r: bytes
    bare_cell: bytes
    inline_end: bytes
    value: re.Pattern[bytes]


@functools.lru_cache(maxsize=16)
def _tags(prefix: bytes) -> _Tags:
    pc = prefix + b":" if prefix else b""
    p = re.escape(pc)
    return _Tags(
        cell=b"<" + pc + b"c ",
        cell_r=b"<" + pc + b'c r="',
        bare_cell=b"<" + pc + b"c>",
        inline_end=b"</" + pc + b"is>",
        # A cached value, or the start of an inline string: one pass finds both.
        value=re.compile(rb"<" + p + rb"(?:v(?:\s[^<>]*)?>([^<]+)</" + p + rb"v>|is>)"),
    )


_REF_AT = re.compile(rb'([A-Z]{1,3})([0-9]{1,7})"([^<>]*)>')


def _cell(kind: str, text: str, sst: SharedStrings) -> Cell | None:
    if kind == "s":
        index = text.strip()
        if not index.isdigit() or len(index) > 9:
            return None
        return Cell("s", sst.get(int(index)))
    if kind in ("n", ""):
        return Cell("n", text.strip())
    if kind in ("str", "inlineStr"):
        return Cell("s", text)
    return Cell(kind[:1], text)


class _Scan:
    """One fast scan of a worksheet part.

    Values are found from their `<v>` (and inline strings from their `<is>`), then the cell
    that holds each is found backwards, never further back than the previous value. A filled
    Smelter List is ~75,000 cells, mostly formulas without a value; the few thousand values are
    mostly helper columns, rejected on their column letter before anything else is looked at.
    Every search stops at the next `<` or the previous value, so the time stays linear whatever
    the part holds.
    """

    def __init__(
        self,
        sst: SharedStrings,
        want: Want,
        stop_row: int,
        columns: Collection[str] | None,
        refuse_beyond: bool,
    ) -> None:
        self.sst, self.want, self.stop_row = sst, want, stop_row
        self.refuse_beyond = refuse_beyond
        self.columns = frozenset(columns) if columns else None
        self.letters: frozenset[int] | None = None
        if self.columns and all(len(c) == 1 for c in self.columns):
            self.letters = frozenset(ord(c) for c in self.columns)
        self.cells: Cells = {}
        self.tags: _Tags | None = None
        self.checked = False

    def start(self, head: bytes) -> _Tags:
        m = _ROOT.search(head)
        if m is None:
            raise _SlowPath
        prefix = m.group(1) or b""
        if prefix:
            if b"<c " in head or b"<c>" in head:
                raise _SlowPath
        elif _FOREIGN_CELL.search(head):
            raise _SlowPath
        self.tags = _tags(prefix)
        return self.tags

    def block(self, block: bytes) -> None:
        tags = self.tags
        assert tags is not None
        if not self.checked:
            # Writers either give every cell its reference or none: the first cells tell.
            sample = block[:65536]
            cells = sample.count(tags.cell)
            if cells != sample.count(tags.cell_r) or tags.bare_cell in sample:
                raise _SlowPath
            self.checked = cells > 0
        self._values(block, tags)

    def _cell_at(self, block: bytes, start: int, end: int) -> re.Match[bytes] | None:
        """The reference of the cell starting at `start` when its column is wanted."""
        if start < 0:
            return None
        at = start + len(self.tags.cell_r) if self.tags else start
        if self.letters is not None:
            nxt = block[at + 1 : at + 2]
            if block[at] not in self.letters or (nxt and 65 <= nxt[0] <= 90):
                return None
        m = _REF_AT.match(block, at, end)
        if m is None or (self.columns is not None and m.group(1).decode() not in self.columns):
            return None
        return m

    def _values(self, block: bytes, tags: _Tags) -> None:
        # The hot loop of a read: locals only, the column letter checked before anything else.
        last = 0
        rfind, cell_r, skip = block.rfind, tags.cell_r, len(tags.cell_r)
        letters, columns, ref_at = self.letters, self.columns, _REF_AT.match
        for v in tags.value.finditer(block):
            pos = v.start()
            start = rfind(cell_r, last, pos)
            last = pos
            if start < 0:
                continue
            at = start + skip
            if letters is not None and (block[at] not in letters or 65 <= block[at + 1] <= 90):
                continue
            ref = ref_at(block, at, pos)
            if ref is None or (columns is not None and ref.group(1).decode() not in columns):
                continue
            value = v.group(1)
            if value is not None:
                self._found(ref, xmlsafe.text(value), False)
                continue
            nxt = block.find(tags.cell, pos)  # an inline string ends at its cell's end at most
            limit = nxt if nxt >= 0 else len(block)
            end = block.find(tags.inline_end, pos, limit)
            body = block[v.end() : end if end >= 0 else limit]
            self._found(ref, item_text(body), True)

    def _found(self, ref: re.Match[bytes], text: str, inline: bool) -> None:
        row, col = int(ref.group(2)), ref.group(1).decode()
        if not self.want(row, col):
            return
        if row > self.stop_row:
            if self.refuse_beyond and text.strip():
                raise RowsBeyond(row)
            return
        if inline:
            cell = Cell("s", text) if text else None
        else:
            tm = _TYPE.search(ref.group(3))
            cell = _cell(tm.group(1).decode() if tm else "", text, self.sst)
        if cell is not None:
            self.cells[(row, col)] = cell


def _fast(data: bytes, scan: _Scan) -> Cells:
    """One pass over the whole part (at most the package's entry limit, 64 MB): scanning it in
    pieces would copy every byte once more to join them at cell boundaries."""
    head = data[:65536]
    if xmlsafe.prolog_has_dtd(head):
        raise xmlsafe.unsafe("a worksheet contains a DTD")
    scan.start(head)
    scan.block(data)
    return scan.cells


_COL = re.compile(r"([A-Z]{1,3})([0-9]+)")


def _col_letters(n: int) -> str:
    s = ""
    while n:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _number(text: str | None, default: int) -> int:
    return int(text) if text and text.isdigit() and len(text) <= 7 else default


def _in_inline(parent: object) -> bool:
    tag = xmlsafe.local(getattr(parent, "tag", ""))
    if tag == "is":
        return True
    grand = getattr(parent, "getparent", lambda: None)()
    return tag == "r" and grand is not None and xmlsafe.local(grand.tag) == "is"


def _slow(chunks: Iterator[bytes], part: str, scan: _Scan) -> Cells:
    """Cells without references, counted by position, through a bounded streaming parse."""
    cells: Cells = {}
    texts: list[str] = []
    row_el: object = None
    row_no = col_no = 0
    for tag, el in xmlstream.iter_ended(chunks, part):
        if tag in ("v", "t"):
            parent = el.getparent()
            if (tag == "v" and parent is not None and xmlsafe.local(parent.tag) == "c") or (
                tag == "t" and _in_inline(parent)
            ):
                texts.append(el.text or "")
        elif tag == "c":
            parent = el.getparent()
            if parent is not row_el:
                row_el, row_no, col_no = parent, _number(parent.get("r"), row_no + 1), 0
            m = _COL.fullmatch(el.get("r") or "")
            col_no = _col_number(m.group(1)) if m else col_no + 1
            payload, texts = "".join(texts), []
            if not payload or col_no > _MAX_COL or row_no > MAX_ROW:
                continue
            col = _col_letters(col_no)
            if not scan.want(row_no, col):
                continue
            if row_no > scan.stop_row:
                if scan.refuse_beyond:
                    raise RowsBeyond(row_no)
                continue
            cell = _cell(el.get("t") or "", xmlsafe.unescape_ooxml(payload), scan.sst)
            if cell is not None:
                cells[(row_no, col)] = cell
        elif tag == "row":
            if el is not row_el:
                row_no = _number(el.get("r"), row_no + 1)
            row_el = None
    return cells


def read_cells(
    pkg: Package,
    part: str,
    sst: SharedStrings,
    want: Want,
    stop_row: int = MAX_ROW,
    *,
    columns: Collection[str] | None = None,
    refuse_beyond: bool = False,
) -> Cells:
    """The cached values of the wanted cells of a worksheet part down to `stop_row` (rows in any
    order). `columns` narrows the scan to those columns (faster); with `refuse_beyond` a wanted
    value below `stop_row` raises `RowsBeyond` instead of being skipped."""
    scan = _Scan(sst, want, stop_row, columns, refuse_beyond)
    try:
        return _fast(pkg.read(part), scan)
    except _SlowPath:
        pass
    return _slow(pkg.iter_chunks(part), part, scan)


def _slices(data: bytes, size: int = 1 << 20) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]


def value_cells(xml: bytes, columns: Collection[str], first_row: int) -> set[tuple[int, str]]:
    """(row, column) of every cell of `columns` from `first_row` down that holds a value (a
    constant or a formula's cached result) in the worksheet `xml`: what a reader would see."""
    scan = _Scan(SharedStrings(b""), lambda r, c: r >= first_row, MAX_ROW, columns, False)
    try:
        return set(_fast(xml, scan))
    except _SlowPath:
        pass
    return set(_slow(_slices(xml), "worksheet", scan))


def show_zeros(pkg: Package, part: str) -> bool:
    """False when the sheet view hides zero values (RMI templates do: Excel shows them blank)."""
    head = pkg.head(part)
    m = re.search(rb"<(?:[\w.-]+:)?sheetView\b[^<>]*>", head)
    return not (m and re.search(rb'\bshowZeros="(0|false)"', m.group(0)))
