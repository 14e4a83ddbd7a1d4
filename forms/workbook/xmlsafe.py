"""XML parsing for workbook parts with DTDs, entities and network access refused, and the
linear-time text helpers the streaming scanners share (character data, `<t>` runs)."""

from __future__ import annotations

import re

from lxml import etree

from forms.workbook.outcome import UnreadableWorkbook

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")


def unsafe(kind_detail: str) -> UnreadableWorkbook:
    return UnreadableWorkbook(
        "unsafe-xml",
        f"refused: {kind_detail} (a document type declaration, as used by "
        "entity-expansion and external-entity attacks); a real Excel workbook has none",
    )


def has_dtd(data: bytes) -> bool:
    return b"<!" in data and any(marker in data for marker in _DTD_MARKERS)


_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


def prolog_has_dtd(head: bytes) -> bool:
    """A DTD before the root element (the only place XML allows one). The streaming scanners
    expand no entities, so a declaration anywhere else is harmless to them (and lxml refuses
    such a document as malformed)."""
    m = _FIRST_ELEMENT.search(head)
    return has_dtd(head[: m.start()] if m else head)


def parse(data: bytes, part: str) -> etree._Element:
    """Parse a small part into a tree: no DTD, no entities, no network. Large or untrusted
    parts go through `forms.workbook.xmlstream` instead."""
    if has_dtd(data):
        raise unsafe(f"part {part} contains a DTD")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise UnreadableWorkbook(
            "corrupt", f"the workbook is damaged (part {part} is not valid XML: {exc.msg})"
        ) from None


def local(tag: object) -> str:
    """The local name of an lxml tag or attribute name (`{ns}name` → `name`)."""
    text = str(tag)
    return text.rsplit("}", 1)[-1]


_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]{1,8}|#[0-9]{1,10}|lt|gt|amp|quot|apos);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_XESC = re.compile(r"_x([0-9A-Fa-f]{4})_")
REPLACEMENT = "\ufffd"


def _char(code: int) -> str:
    try:
        return chr(code)
    except (ValueError, OverflowError):
        return REPLACEMENT


def _entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name.startswith("#x"):
        return _char(int(name[2:], 16))
    if name.startswith("#"):
        return _char(int(name[1:]))
    return _NAMED[name]


def _xesc(m: re.Match[str]) -> str:
    return chr(int(m.group(1), 16))


def unescape_ooxml(s: str) -> str:
    """Excel's `_xHHHH_` escapes decoded (how Excel stores control characters such as CR)."""
    return _XESC.sub(_xesc, s) if "_x" in s else s


def text(raw: bytes) -> str:
    """Decode XML character data: the five predefined entities, character references and
    Excel's `_xHHHH_` escapes. Character references to no character become U+FFFD; lone
    surrogates are kept here and dealt with by the reader (`forms.workbook.untrusted`)."""
    s = raw.decode("utf-8", "replace")
    if "\r" in s:  # XML end-of-line handling, as every XML parser (and Excel) applies it
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in s:
        s = _ENTITY.sub(_entity, s)
    return unescape_ooxml(s)


def element_texts(data: bytes, opening: re.Pattern[bytes], closing: re.Pattern[bytes]) -> bytes:
    """The joined contents of every closed `opening`…`closing` element in `data`, in linear
    time: an element that never closes ends the search (nothing after it can close either)."""
    out: list[bytes] = []
    pos = 0
    while True:
        m = opening.search(data, pos)
        if m is None:
            break
        gt = data.find(b">", m.end() - 1)
        if gt < 0:
            break
        if data[gt - 1] == 0x2F:  # <t/>: empty
            pos = gt + 1
            continue
        end = closing.search(data, gt + 1)
        if end is None:
            break
        out.append(data[gt + 1 : end.start()])
        pos = end.end()
    return b"".join(out)


def without_elements(data: bytes, opening: re.Pattern[bytes], closing: re.Pattern[bytes]) -> bytes:
    """`data` without the `opening`…`closing` elements (phonetic runs), in linear time; an
    element that never closes is cut off with everything after it."""
    out: list[bytes] = []
    pos = 0
    while True:
        m = opening.search(data, pos)
        if m is None:
            out.append(data[pos:])
            break
        out.append(data[pos : m.start()])
        end = closing.search(data, m.end())
        if end is None:
            break
        pos = end.end()
    return b"".join(out)
