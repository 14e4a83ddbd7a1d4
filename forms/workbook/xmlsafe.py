"""XML parsing for workbook parts with DTDs, entities and network access refused."""

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


def parse(data: bytes, part: str) -> etree._Element:
    """Parse a small part (workbook, relationships): no DTD, no entities, no network."""
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


_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_XESC = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    return _NAMED[name]


def _xesc(m: re.Match[str]) -> str:
    return chr(int(m.group(1), 16))


def text(raw: bytes) -> str:
    """Decode XML character data: the five predefined entities, character references and
    Excel's `_xHHHH_` escapes (how Excel stores control characters such as CR)."""
    s = raw.decode("utf-8", "replace")
    if "\r" in s:  # XML end-of-line handling, as every XML parser (and Excel) applies it
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in s:
        s = _ENTITY.sub(_entity, s)
    if "_x" in s:
        s = _XESC.sub(_xesc, s)
    return s
