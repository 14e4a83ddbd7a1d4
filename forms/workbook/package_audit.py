"""What a template may carry into every export: only the kinds of parts RMI's own workbooks carry.

An export copies the template's package as it is, so whatever a "template" holds goes to every
customer. A workbook is refused as a template when it carries anything RMI's published files
do not: a VBA project or other macro-enabled content, ActiveX or embedded objects, a zip entry
that names a path outside the package (`../x`, `/x`, `C:\\x`), a relationship leading out of
the package, or a link to another computer (a UNC path `\\\\server\\share`, a URL other than a
web or mail link). The allowed kinds are data, taken from every RMI workbook in circulation
(CMRT 6.01–6.5, CRT 2.2, EMRT 1.1–2.1, AMRT 1.2–1.3): printer settings, custom XML, drawings,
comments, images, sheet metadata, classification labels, web hyperlinks, and external-link
parts whose path is missing or local (as RMI's AMRT files carry).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from urllib.parse import unquote

from lxml import etree

from forms.workbook.package import UnreadableWorkbook
from forms.workbook.templatefile import TemplateFileError
from forms.workbook.xmlsafe import local, parse

_OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
_OFFICE = "application/vnd.openxmlformats-officedocument."
ALLOWED_CONTENT_TYPES = frozenset({
    "application/xml",
    "image/png",
    "image/jpeg",
    "application/vnd.openxmlformats-package.relationships+xml",
    "application/vnd.openxmlformats-package.core-properties+xml",
    "application/vnd.ms-office.classificationlabels+xml",
    _OFFICE + "custom-properties+xml",
    _OFFICE + "customXmlProperties+xml",
    _OFFICE + "drawing+xml",
    _OFFICE + "extended-properties+xml",
    _OFFICE + "theme+xml",
    _OFFICE + "vmlDrawing",
    _SML + "calcChain+xml",
    _SML + "comments+xml",
    _SML + "externalLink+xml",
    _SML + "printerSettings",
    _SML + "sharedStrings+xml",
    _SML + "sheet.main+xml",
    _SML + "sheetMetadata+xml",
    _SML + "styles+xml",
    _SML + "worksheet+xml",
})  # fmt: skip
ALLOWED_RELATIONSHIPS = frozenset({
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
    "http://schemas.microsoft.com/office/2006/relationships/xlExternalLinkPath/xlPathMissing",
    "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
    *(_OD + t for t in (
        "calcChain", "comments", "custom-properties", "customXml", "customXmlProps", "drawing",
        "extended-properties", "externalLink", "externalLinkPath", "hyperlink", "image",
        "officeDocument", "printerSettings", "sharedStrings", "sheetMetadata", "styles",
        "theme", "vmlDrawing", "worksheet",
    )),
})  # fmt: skip
_WEB_LINK = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
# Another computer or a program: `\\server`, `//server`, any scheme of two letters or more
# (`file:`, `smb:`, `http:`); a drive letter (`C:`) is local.
_REMOTE = re.compile(r"^(\\\\|//|[a-z][a-z0-9+.-]+:)", re.IGNORECASE)
_DRIVE = re.compile(r"^[a-z]:", re.IGNORECASE)
# Words for what a refused content type is, checked in this order.
_NAMED_KINDS = (
    ("vbaproject", "a VBA project (macros)"),
    ("macroenabled", "macro-enabled content"),
    ("activex", "ActiveX controls"),
    ("oleobject", "embedded objects"),
    ("package", "embedded files"),
)


class UnsafeTemplate(TemplateFileError):
    """The workbook carries something that must not go into exports; the message says what."""


def _entry_problem(name: str) -> str | None:
    bare = name.rstrip("/")
    segments = bare.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or _DRIVE.match(name) or "\\" in name:
        return f"a zip entry with an absolute or Windows path ({name!r})"
    if ".." in segments or "." in segments:
        return f"a zip entry that leads out of the package ({name!r})"
    return None


def _content_types(zf: zipfile.ZipFile) -> tuple[dict[str, str], dict[str, str]]:
    root = parse(zf.read("[Content_Types].xml"), "[Content_Types].xml")
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for el in root:
        kind = local(el.tag)
        if kind == "Default":
            defaults[el.get("Extension", "").lower()] = el.get("ContentType", "")
        elif kind == "Override":
            overrides[el.get("PartName", "").lstrip("/").lower()] = el.get("ContentType", "")
    return defaults, overrides


def _kind(content_type: str) -> str:
    lowered = content_type.lower()
    for marker, words in _NAMED_KINDS:
        if marker in lowered:
            return words
    return f"a kind of part RMI's templates do not carry ({content_type or 'no content type'})"


def _link_problem(source: str, rel: etree._Element) -> str | None:
    rel_type = str(rel.get("Type", ""))
    target = str(rel.get("Target", ""))
    external = rel.get("TargetMode", "") == "External"
    if rel_type not in ALLOWED_RELATIONSHIPS:
        return f"a link RMI's templates do not have ({rel_type.rsplit('/', 1)[-1]} in {source})"
    if not external:
        folder = posixpath.dirname(posixpath.dirname(source))  # `x/_rels/y.rels` → `x`
        joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        inside = posixpath.normpath(joined)
        if inside == ".." or inside.startswith("../") or "\\" in target:
            return f"a link that leads out of the package ({target!r} in {source})"
        return None
    decoded = unquote(target)
    if rel_type == _OD + "hyperlink":
        if _WEB_LINK.match(decoded):
            return None
        return f"a link to something other than a web page ({target!r})"
    if rel_type.endswith("/xlPathMissing"):
        return None
    if rel_type == _OD + "externalLinkPath" and not _REMOTE.match(decoded):
        return None
    return f"a link to another computer or program ({target!r})"


def problems(zf: zipfile.ZipFile) -> list[str]:
    """Why this package must not become a template (empty when it may)."""
    found: list[str] = []
    names = [info.filename for info in zf.infolist()]
    if len(set(n.lower() for n in names)) != len(names):
        found.append("two zip entries with the same name")
    for name in names:
        problem = _entry_problem(name)
        if problem:
            found.append(problem)
    if found:
        return found
    defaults, overrides = _content_types(zf)
    for declared in {*defaults.values(), *overrides.values()}:
        if declared not in ALLOWED_CONTENT_TYPES:
            found.append(_kind(declared))
    for name in names:
        if name.endswith("/") or name == "[Content_Types].xml":
            continue
        base = posixpath.basename(name)
        extension = base.rsplit(".", 1)[-1].lower() if "." in base else ""
        content_type = overrides.get(name.lower(), defaults.get(extension, ""))
        if content_type not in ALLOWED_CONTENT_TYPES:
            found.append(f"{_kind(content_type)}: {name}")
        if name.endswith(".rels"):
            for rel in parse(zf.read(name), name):
                problem = _link_problem(name, rel)
                if problem:
                    found.append(problem)
        elif content_type == _SML + "externalLink+xml":
            # An external link part may also be a DDE or OLE link, which starts a program.
            kinds = {local(el.tag) for el in parse(zf.read(name), name).iter()}
            if kinds & {"ddeLink", "oleLink"}:
                found.append(f"a DDE or OLE link, which starts a program ({name})")
    return list(dict.fromkeys(found))


def check(zf: zipfile.ZipFile) -> None:
    """Raise `UnsafeTemplate` naming what `zf` carries that no export may copy."""
    try:
        found = problems(zf)
    except UnreadableWorkbook as exc:  # a DTD or broken XML in a package part
        found = [str(exc)]
    except KeyError:
        found = ["no [Content_Types].xml (not an Office package)"]
    if found:
        raise UnsafeTemplate("it carries " + "; ".join(found[:5]))


def refuse_unsafe(data: bytes, name: str) -> None:
    """`check` for a workbook's bytes, as `UnreadableWorkbook` (kind "unsafe-template")."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            check(zf)
    except UnsafeTemplate as exc:
        raise UnreadableWorkbook(
            "unsafe-template",
            f"{name} cannot become a template: {exc}; nothing executable or linking outside "
            "may go into an export. Add the blank template as downloaded from RMI",
        ) from None
    except (zipfile.BadZipFile, KeyError) as exc:
        raise UnreadableWorkbook("corrupt", f"{name} is not a workbook package ({exc})") from None
