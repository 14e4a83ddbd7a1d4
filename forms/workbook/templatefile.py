"""An official template package as the writer sees it: its sheet parts, the package parts that
tie them together, and the family and version it carries (from `Declaration!J3`)."""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import unescape

from lxml import etree

from forms.templates import TemplateDef
from forms.workbook import verify

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_MAX_PART = 64 * 1024 * 1024


class TemplateFileError(ValueError):
    """The file is not an official template package the writer can use."""


@dataclass(frozen=True)
class TemplatePackage:
    workbook_part: str
    rels_part: str
    sheets: dict[str, str]
    """Sheet name → worksheet part name, in workbook order."""
    calc_chain: str | None
    template: TemplateDef


def _read(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise TemplateFileError(f"the package has no {name}") from None
    if info.file_size > _MAX_PART:
        raise TemplateFileError(f"{name} is too large for an RMI template")
    return zf.read(info)


def _xml(zf: zipfile.ZipFile, name: str) -> etree._Element:
    try:
        return etree.fromstring(_read(zf, name), _PARSER)
    except etree.XMLSyntaxError as exc:
        raise TemplateFileError(f"{name} is not well-formed XML: {exc}") from None


def _workbook_part(zf: zipfile.ZipFile) -> str:
    rels = _xml(zf, "_rels/.rels")
    for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
        if rel.get("Type", "").endswith("/officeDocument"):
            return str(rel.get("Target", "")).lstrip("/")
    raise TemplateFileError("the package has no workbook")


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def shared_string(zf: zipfile.ZipFile, index: int) -> str:
    """The text of shared string `index`, found without parsing the whole table."""
    from forms.workbook.package import UnreadableWorkbook
    from forms.workbook.sharedstrings import SharedStrings

    try:
        table = SharedStrings(_read(zf, "xl/sharedStrings.xml"))
    except UnreadableWorkbook as exc:
        raise TemplateFileError(str(exc)) from None
    if index >= len(table):
        raise TemplateFileError(f"shared string {index} does not exist")
    return table.get(index)


def _cell_text(zf: zipfile.ZipFile, sheet_part: str, ref: str) -> str | None:
    data = _read(zf, sheet_part).decode("utf-8")
    m = re.search(rf'<c r="{ref}"([^>]*?)(?:/>|>(.*?)</c>)', data, re.S)
    if not m or not m.group(2):
        return None
    body, attrs = m.group(2), m.group(1)
    v = re.search(r"<v>(.*?)</v>", body, re.S)
    if 't="s"' in attrs and v:
        return shared_string(zf, int(v.group(1)))
    if 't="inlineStr"' in attrs:
        return "".join(unescape(t) for t in re.findall(r"<t\b[^>]*>(.*?)</t>", body, re.S))
    return unescape(v.group(1)) if v else None


def open_template(zf: zipfile.ZipFile) -> TemplatePackage:
    """Locate the parts of the official template in `zf` and identify it."""
    wb_part = _workbook_part(zf)
    rels_part = _rels_name(wb_part)
    wb = _xml(zf, wb_part)
    rels = _xml(zf, rels_part)
    folder = posixpath.dirname(wb_part)
    targets: dict[str, str] = {}
    calc_chain = None
    for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        targets[rel.get("Id", "")] = posixpath.normpath(part)
        if rel.get("Type", "").endswith("/calcChain"):
            calc_chain = posixpath.normpath(part)
    sheets: dict[str, str] = {}
    for sheet in wb.iter(f"{{{MAIN}}}sheet"):
        rid = sheet.get(f"{{{REL}}}id", "")
        if rid in targets:
            sheets[sheet.get("name", "")] = targets[rid]
    if "Declaration" not in sheets:
        raise TemplateFileError("the workbook has no Declaration sheet")
    declaration = sheets["Declaration"]
    tpl = verify.template_of_zip(zf, lambda: _cell_text(zf, declaration, "J3"), TemplateFileError)
    return TemplatePackage(wb_part, rels_part, sheets, calc_chain, tpl)
