"""Rewriting single cells inside a worksheet's XML text, leaving every other byte as it was.

The official templates are patched, not re-serialised: only the `<row>` elements that hold a
written cell change, and inside them only the written `<c>` elements. Text is always written as
an inline string and numbers as plain values, so a written cell can never be a formula.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator, Mapping
from xml.sax.saxutils import escape

CellValue = str | int | float | None
"""str → inline text, int/float → number, None → the cell is emptied (style kept)."""


class Clear:
    """Write nothing into the cell: a constant is removed, a formula stays without its cached
    result (Excel and LibreOffice recompute it on load). For cells a declaration does not fill
    but the chosen workbook might: another declaration's leftovers must not go out with it."""

    def __repr__(self) -> str:
        return "CLEAR"


CLEAR = Clear()
PatchValue = CellValue | Clear


class PatchError(ValueError):
    """The sheet cannot be patched safely (e.g. a written cell anchors a shared formula)."""


_ATTR_R = re.compile(r'\br="([A-Z]+)(\d+)"')
_ATTR_S = re.compile(r'\ss="(\d+)"')
_ROW_R = re.compile(r'\br="(\d+)"')
_SPANS = re.compile(r'\bspans="(\d+):(\d+)"')
_FORMULA = re.compile(r"<f\b([^>]*)")
_COL = re.compile(r"<col\b([^>]*)/?>")
_REF = re.compile(r'\bref="([^"]+)"')
_CELL_REF = re.compile(r"([A-Z]+)(\d+)$")
_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_UNWRITABLE = re.compile("[\ud800-\udfff\x00]")
_PLAIN = re.compile("[^&<>_\x00-\x1f\ud800-\udfff\ufffe\uffff]*\\Z")


@functools.lru_cache(maxsize=4096)
def col_index(letters: str) -> int:
    """`A` → 1, `AB` → 28."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


@functools.lru_cache(maxsize=65536)
def split_ref(ref: str) -> tuple[str, int]:
    m = _CELL_REF.match(ref)
    if not m:
        raise PatchError(f"not a cell reference: {ref!r}")
    return m.group(1), int(m.group(2))


@functools.lru_cache(maxsize=65536)
def position(ref: str) -> tuple[int, int]:
    """`"AB12"` → (row 12, column 28)."""
    letters, row = split_ref(ref)
    return row, col_index(letters)


def ooxml_escape(value: str) -> str:
    """`value` with characters XML cannot carry written the way Excel writes them (`_x0001_`),
    and text that looks like such an escape protected (`_x005F_x0041_`)."""
    if _UNWRITABLE.search(value):  # not characters (lone surrogates) or refused (NUL)
        value = _UNWRITABLE.sub("\ufffd", value)
    if "_x" in value:
        value = _ESCAPE_LIKE.sub(r"_x005F_\1", value)
    if not value.isprintable():
        value = _BAD_XML_CHARS.sub(lambda m: f"_x{ord(m.group(0)):04X}_", value)
    return value


def xml_text(value: str) -> str:
    """`value` as element text (see `ooxml_escape`), XML-escaped."""
    return escape(ooxml_escape(value))


_FORMULA_ELEMENT = re.compile(r"<f\b[^>]*/>|<f\b[^>]*>.*?</f>", re.S)
_T_ATTR = re.compile(r'\st="[^"]*"')


def cleared_cell(cell: str, attrs: str, body: str | None, ref: str) -> str:
    """The cell `cell` without its value (see `Clear`)."""
    if not body:
        return cell
    f = _FORMULA_ELEMENT.search(body) if "<f" in body else None
    if f is None:
        sm = _ATTR_S.search(attrs)
        return cell_xml(ref, sm.group(1) if sm else None, None)
    return f"<c{_T_ATTR.sub('', attrs)}>{f.group(0)}</c>"


def is_plain(value: str) -> bool:
    """Text written as it is: nothing to escape, no surrounding space to preserve."""
    return _PLAIN.match(value) is not None and value == value.strip()


def cell_xml(ref: str, style: str | None, value: PatchValue) -> str:
    s = f' s="{style}"' if style is not None else ""
    if value is None or isinstance(value, Clear):
        return f'<c r="{ref}"{s}/>'
    if isinstance(value, str):
        if is_plain(value):  # nothing to escape (most text)
            return f'<c r="{ref}"{s} t="inlineStr"><is><t>{value}</t></is></c>'
        space = ' xml:space="preserve"' if value != value.strip() or "\n" in value else ""
        return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{xml_text(value)}</t></is></c>'
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PatchError(f"cannot write a {type(value).__name__} into {ref}")
    if isinstance(value, float) and not math.isfinite(value):
        raise PatchError(f"cannot write {value!r} into {ref}: not a number Excel can hold")
    number = repr(value) if isinstance(value, float) else str(value)
    return f'<c r="{ref}"{s}><v>{number}</v></c>'


def check_formula(ref: str, body: str | None) -> None:
    """Refuse to overwrite the anchor of a shared or array formula that covers other cells."""
    if not body:
        return
    m = _FORMULA.search(body)
    if not m:
        return
    r = _REF.search(m.group(1))
    if r and ":" in r.group(1) and r.group(1).split(":")[0] != r.group(1).split(":")[1]:
        raise PatchError(f"cell {ref} anchors a formula for {r.group(1)}; it cannot be written")


class _ColumnStyles:
    """Default styles from `<cols>`, for cells the writer has to create."""

    def __init__(self, head: str) -> None:
        self.ranges: list[tuple[int, int, str]] = []
        for m in _COL.finditer(head):
            attrs = m.group(1)
            lo, hi, st = (re.search(rf'\b{a}="(\d+)"', attrs) for a in ("min", "max", "style"))
            if lo and hi and st:
                self.ranges.append((int(lo.group(1)), int(hi.group(1)), st.group(1)))

    def style(self, col: int) -> str | None:
        for lo, hi, st in self.ranges:
            if lo <= col <= hi:
                return st
        return None


def _cells(inner: str) -> Iterator[tuple[int, int, str, str | None]]:
    """(start, end, attributes, body) of each `<c>` element of a row's content, found with
    plain string search (much faster than a regular expression on large rows)."""
    pos = 0
    while True:
        start = inner.find("<c", pos)
        if start < 0:
            return
        nxt = inner[start + 2 : start + 3]
        if nxt not in (" ", ">", "/"):
            pos = start + 2
            continue
        close = inner.index(">", start)
        if inner[close - 1] == "/":
            yield start, close + 1, inner[start + 2 : close - 1], None
            pos = close + 1
        else:
            end = inner.index("</c>", close)
            yield start, end + 4, inner[start + 2 : close], inner[close + 1 : end]
            pos = end + 4


def _patch_row(
    row_xml: str, self_closing: bool, start_tag_end: int, cells: dict[int, tuple[str, PatchValue]],
    cols: _ColumnStyles,
) -> str:  # fmt: skip
    start = row_xml[:start_tag_end]
    if self_closing:
        start = start[:-2].rstrip() + ">"
        inner = ""
    else:
        inner = row_xml[start_tag_end : -len("</row>")]
    row_style = None
    if 'customFormat="1"' in start:
        m = _ATTR_S.search(start)
        row_style = m.group(1) if m else None
    pending = sorted(cells.items())
    k = 0
    out: list[str] = []
    pos = 0
    for c_start, c_end, attrs, body in _cells(inner):
        if k == len(pending):
            break
        r = attrs.find(' r="')
        if r < 0:
            raise PatchError("a cell without a reference: the sheet cannot be patched safely")
        ref_text = attrs[r + 4 : attrs.index('"', r + 4)]
        col = col_index(ref_text.rstrip("0123456789"))
        while k < len(pending) and pending[k][0] < col:
            c, (ref, value) = pending[k]
            k += 1
            if value is not None and not isinstance(value, Clear):
                out.append(inner[pos:c_start])
                pos = c_start
                out.append(cell_xml(ref, row_style or cols.style(c), value))
        if k < len(pending) and pending[k][0] == col:
            ref, value = pending[k][1]
            k += 1
            out.append(inner[pos:c_start])
            pos = c_end
            if isinstance(value, Clear):
                out.append(cleared_cell(inner[c_start:c_end], attrs, body, ref))
            elif value is None and not body:
                out.append(inner[c_start:c_end])
            else:
                check_formula(ref, body)
                sm = _ATTR_S.search(attrs)
                out.append(cell_xml(ref, sm.group(1) if sm else None, value))
    tail = inner[pos:]
    if k < len(pending):
        # Cells go before a row-level extLst, if any.
        cut = tail.find("<extLst")
        cut = len(tail) if cut < 0 else cut
        out.append(tail[:cut])
        for c, (ref, value) in pending[k:]:
            if value is not None and not isinstance(value, Clear):
                out.append(cell_xml(ref, row_style or cols.style(c), value))
        tail = tail[cut:]
    out.append(tail)
    sp = _SPANS.search(start)
    if sp:
        lo = min(int(sp.group(1)), *cells)
        hi = max(int(sp.group(2)), *cells)
        start = start[: sp.start()] + f'spans="{lo}:{hi}"' + start[sp.end() :]
    return start + "".join(out) + "</row>"


def _rows(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end of start tag, attributes, self-closing) of each `<row>` in text[start:end]."""
    pos = start
    while True:
        i = text.find("<row", pos, end)
        if i < 0:
            return
        if text[i + 4] not in " >/":
            pos = i + 4
            continue
        close = text.index(">", i)
        closing = text[close - 1] == "/"
        yield i, close + 1, text[i + 4 : close - 1 if closing else close], closing
        pos = close + 1


def patch_sheet(xml: bytes, values: Mapping[str, PatchValue]) -> bytes:
    """The worksheet `xml` with each cell of `values` (`"D8"` → value) rewritten."""
    if not values:
        return xml
    text = xml.decode("utf-8")
    by_row: dict[int, dict[int, tuple[str, PatchValue]]] = {}
    for ref, value in values.items():
        letters, row = split_ref(ref)
        by_row.setdefault(row, {})[col_index(letters)] = (ref, value)
    sd = re.search(r"<sheetData\s*/>|<sheetData>", text)
    if not sd:
        raise PatchError("the worksheet has no sheetData")
    cols = _ColumnStyles(text[: sd.start()])
    if sd.group(0) != "<sheetData>":
        text = text[: sd.start()] + "<sheetData></sheetData>" + text[sd.end() :]
    body_start = sd.start() + len("<sheetData>")
    body_end = text.index("</sheetData>", body_start)
    out: list[str] = [text[:body_start]]
    pos, prev = body_start, 0
    pending = sorted(by_row)
    i = 0
    for r_start, tag_end, attrs, closing in _rows(text, body_start, body_end):
        if i == len(pending):
            break
        rm = _ROW_R.search(attrs)
        num = int(rm.group(1)) if rm else prev + 1
        if num <= prev:
            raise PatchError(
                f"the sheet's rows are out of order (row {num} after row {prev}); open the "
                "workbook in Excel and save it, then export again"
            )
        prev = num
        while i < len(pending) and pending[i] < num:
            out.append(text[pos:r_start])
            pos = r_start
            out.append(_new_row(pending[i], by_row[pending[i]], cols))
            i += 1
        if i < len(pending) and pending[i] == num:
            end = tag_end if closing else text.index("</row>", tag_end) + len("</row>")
            out.append(text[pos:r_start])
            out.append(_patch_row(text[r_start:end], closing, tag_end - r_start, by_row[num], cols))
            pos = end
            i += 1
    out.append(text[pos:body_end])
    for num in pending[i:]:
        out.append(_new_row(num, by_row[num], cols))
    out.append(text[body_end:])
    return "".join(out).encode("utf-8")


def _new_row(num: int, cells: dict[int, tuple[str, PatchValue]], cols: _ColumnStyles) -> str:
    written = [
        cell_xml(ref, cols.style(c), v)
        for c, (ref, v) in sorted(cells.items())
        if v is not None and not isinstance(v, Clear)
    ]
    if not written:
        return ""
    return f'<row r="{num}">{"".join(written)}</row>'
