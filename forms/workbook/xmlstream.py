"""Streaming parse of workbook parts with lxml and bounded memory: each element is handed over
when it ends, then its children and its finished siblings are dropped, so a part of any size
holds only the open elements and one finished sibling per level. The number of elements is
bounded too (a forged part can hold millions of tiny ones)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lxml import etree

from forms.workbook import xmlsafe
from forms.workbook.outcome import UnreadableWorkbook

MAX_ELEMENTS = 1_000_000
"""Elements per part at most (a filled RMI Smelter List has ~250,000)."""


def _too_many(part: str) -> Exception:
    return UnreadableWorkbook(
        "too-large",
        f"refused: part {part} holds more than {MAX_ELEMENTS:,} XML elements; an RMI "
        "template holds far fewer, so this is not a normal declaration",
    )


def _corrupt(part: str, exc: etree.XMLSyntaxError) -> Exception:
    return UnreadableWorkbook(
        "corrupt", f"the workbook is damaged (part {part} is not valid XML: {exc.msg})"
    )


def iter_ended(
    chunks: Iterable[bytes], part: str, max_elements: int = MAX_ELEMENTS
) -> Iterator[tuple[str, etree._Element]]:
    """(local name, element) of every element of the part at its end (its text, attributes
    and children complete; ancestors' attributes readable through `getparent()`). After the
    caller moves on, the element's children and earlier siblings are dropped."""
    parser = etree.XMLPullParser(
        events=("end",),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    tags = 0
    tail = b""
    try:
        for chunk in chunks:
            if xmlsafe.has_dtd(tail + chunk[:16]) or xmlsafe.has_dtd(chunk):
                raise xmlsafe.unsafe(f"part {part} contains a DTD")
            tail = chunk[-16:]
            tags += chunk.count(b"<") - chunk.count(b"</")
            if tags > max_elements:
                raise _too_many(part)
            parser.feed(chunk)
            yield from _drain(parser)
        parser.close()
        yield from _drain(parser)
    except etree.XMLSyntaxError as exc:
        raise _corrupt(part, exc) from None


_LOCAL: dict[str, str] = {}


def _drain(parser: etree.XMLPullParser) -> Iterator[tuple[str, etree._Element]]:
    for _event, el in parser.read_events():
        tag = el.tag
        name = _LOCAL.get(tag) if isinstance(tag, str) else "?"
        if name is None:
            name = _LOCAL[tag] = tag.rsplit("}", 1)[-1]
        yield name, el
        if len(el):
            el.clear(keep_tail=True)
        if el.getprevious() is not None:
            parent = el.getparent()
            while el.getprevious() is not None:
                del parent[0]
