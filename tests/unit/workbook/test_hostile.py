"""Hostile and broken files, generated at test time: each gives one clear `UnreadableWorkbook`
quickly and with bounded memory."""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from forms.workbook import reader

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
MEMORY_LIMIT = 160 * 1024 * 1024

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>\n"
)
XXE = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def _workbook(sheets: list[str]) -> str:
    items = "".join(
        f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(sheets)
    )
    return f'<workbook xmlns="{NS}" xmlns:r="{R_NS}"><sheets>{items}</sheets></workbook>'


def _wb_rels(sheets: list[str]) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{R_NS}/worksheet" '
        f'Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(len(sheets))
    )
    rels += f'<Relationship Id="rIdS" Type="{R_NS}/sharedStrings" Target="sharedStrings.xml"/>'
    return f'<Relationships xmlns="{PKG_NS}">{rels}</Relationships>'


ROOT_RELS = (
    f'<Relationships xmlns="{PKG_NS}"><Relationship Id="rId1" '
    f'Type="{R_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
DECLARATION = (
    f'<worksheet xmlns="{NS}"><sheetData>'
    '<row r="2"><c r="D2" t="inlineStr"><is><t>Conflict Minerals Reporting Template (CMRT)'
    '</t></is></c></row><row r="3"><c r="J3" t="s"><v>0</v></c></row>'
    "</sheetData></worksheet>"
)
SST = f'<sst xmlns="{NS}"><si><t>Revision 6.5\nApril 25, 2025</t></si></sst>'


def make_xlsx(
    path: Path,
    *,
    sheets: list[str] | None = None,
    parts: dict[str, str | bytes] | None = None,
    big: tuple[str, Callable[[zipfile.ZipFile, str], None]] | None = None,
) -> Path:
    """A minimal workbook whose first sheet is a CMRT 6.5 Declaration; `parts` override or add
    parts, `big` streams one large part in without holding it in memory."""
    sheets = sheets or ["Declaration", "Smelter List", "Product List"]
    content: dict[str, str | bytes] = {
        "[Content_Types].xml": "<Types/>",
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": _workbook(sheets),
        "xl/_rels/workbook.xml.rels": _wb_rels(sheets),
        "xl/sharedStrings.xml": SST,
        "xl/worksheets/sheet1.xml": DECLARATION,
    }
    for i in range(1, len(sheets)):
        content[f"xl/worksheets/sheet{i + 1}.xml"] = (
            f'<worksheet xmlns="{NS}"><sheetData/></worksheet>'
        )
    content.update(parts or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in content.items():
            if big and name == big[0]:
                continue
            zf.writestr(name, data)
        if big:
            big[1](zf, big[0])
    return path


def refused(path: Path) -> reader.UnreadableWorkbook:
    tracemalloc.start()
    try:
        with pytest.raises(reader.UnreadableWorkbook) as err:
            reader.read_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(err.value)
    assert "\n" not in message and path.name in message
    assert peak < MEMORY_LIMIT, f"peak {peak:,} bytes"
    return err.value


def test_the_minimal_workbook_itself_reads(tmp_path: Path) -> None:
    result = reader.read_file(make_xlsx(tmp_path / "ok.xlsx"))
    assert result.template.key == "CMRT-6.5"
    assert result.is_blank


def _repeat(block: bytes, times: int, head: bytes = b"", tail: bytes = b"") -> Callable[..., None]:
    def write(zf: zipfile.ZipFile, name: str) -> None:
        with zf.open(name, "w", force_zip64=True) as fh:
            fh.write(head)
            for _ in range(times):
                fh.write(block)
            fh.write(tail)

    return write


def test_zip_bomb_is_refused_from_the_directory(tmp_path: Path) -> None:
    bomb = _repeat(b"\0" * (1 << 20), 80)  # 80 MB of zeros, ~80 kB compressed
    path = make_xlsx(tmp_path / "bomb.xlsx", big=("xl/media/bomb.bin", bomb))
    assert path.stat().st_size < 1_000_000
    assert refused(path).kind == "too-large"


def test_zip_bomb_lying_about_its_size_is_stopped_while_streaming(tmp_path: Path) -> None:
    head = f'<worksheet xmlns="{NS}"><sheetData>'.encode()
    filler = _repeat(b"<!-- padding -->" * 4096, 300, head, b"</sheetData></worksheet>")
    path = make_xlsx(tmp_path / "liar.xlsx", big=("xl/worksheets/sheet2.xml", filler))
    data = bytearray(path.read_bytes())
    # Claim 1 kB uncompressed in the central directory entry of the Smelter List part.
    name = b"xl/worksheets/sheet2.xml"
    pos = data.find(b"PK\x01\x02" + bytes(data[data.find(b"PK\x01\x02") + 4 :][:0]))
    while pos >= 0:
        (name_len,) = struct.unpack_from("<H", data, pos + 28)
        if data[pos + 46 : pos + 46 + name_len] == name:
            struct.pack_into("<I", data, pos + 24, 1024)
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))
    assert refused(path).kind in {"too-large", "corrupt"}


@pytest.mark.parametrize(
    ("part", "doc"),
    [
        (
            "xl/worksheets/sheet1.xml",
            LAUGHS + DECLARATION.replace("<sheetData>", "<sheetData>&lol9;", 1),
        ),
        ("xl/sharedStrings.xml", LAUGHS + SST.replace("<t>", "<t>&lol9;", 1)),
        (
            "xl/worksheets/sheet1.xml",
            XXE + DECLARATION.replace("<sheetData>", "<sheetData>&xxe;", 1),
        ),
        ("xl/workbook.xml", XXE + _workbook(["Declaration"]).replace("<sheets>", "&xxe;<sheets>")),
        ("xl/worksheets/sheet2.xml", LAUGHS + f'<worksheet xmlns="{NS}"><sheetData/></worksheet>'),
    ],
    ids=["laughs-sheet", "laughs-sst", "xxe-sheet", "xxe-workbook", "laughs-list"],
)
def test_dtd_entities_are_refused(tmp_path: Path, part: str, doc: str) -> None:
    path = make_xlsx(tmp_path / "entities.xlsx", parts={part: doc})
    err = refused(path)
    assert err.kind == "unsafe-xml"
    assert "passwd" not in str(err)


def test_million_row_sheet_is_refused(tmp_path: Path) -> None:
    head = f'<worksheet xmlns="{NS}"><sheetData>'.encode()

    def rows(zf: zipfile.ZipFile, name: str) -> None:
        with zf.open(name, "w", force_zip64=True) as fh:
            fh.write(head)
            for start in range(5, 1_000_005, 10_000):
                fh.write(
                    b"".join(
                        b'<row r="%d"><c r="D%d"><v>7</v></c></row>' % (r, r)
                        for r in range(start, start + 10_000)
                    )
                )
            fh.write(b"</sheetData></worksheet>")

    path = make_xlsx(tmp_path / "rows.xlsx", big=("xl/worksheets/sheet2.xml", rows))
    err = refused(path)
    assert err.kind == "too-large"
    assert "Smelter List" in str(err)


def test_hundred_megabyte_shared_string_is_refused(tmp_path: Path) -> None:
    sst = _repeat(b"A" * (1 << 20), 100, f'<sst xmlns="{NS}"><si><t>'.encode(), b"</t></si></sst>")
    path = make_xlsx(tmp_path / "bigstring.xlsx", big=("xl/sharedStrings.xml", sst))
    assert refused(path).kind == "too-large"


def test_workbook_without_declaration_sheet(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "nodecl.xlsx",
        sheets=["Sheet1"],
        parts={"xl/worksheets/sheet1.xml": f'<worksheet xmlns="{NS}"><sheetData/></worksheet>'},
    )
    err = refused(path)
    assert err.kind == "not-a-template"
    assert "Declaration" in str(err) and "Sheet1" in str(err)


def test_truncated_zip(tmp_path: Path, templates_dir: Path) -> None:
    data = (templates_dir / "RMI_CMRT_6.5.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    err = refused(path)
    assert err.kind == "corrupt"
    assert "truncated" in str(err)


def _many_entries(count: int) -> bytes:
    """A well-formed ZIP64 archive of `count` empty stored entries, built directly (zipfile
    takes seconds for this)."""
    local, central = [], []
    offset = 0
    for i in range(count):
        name = b"x/%d" % i
        local.append(
            struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0) + name
        )
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
        offset += 30 + len(name)
    cd = b"".join(central)
    eocd64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(cd), offset)
    locator = struct.pack("<IIQI", 0x07064B50, 0, offset + len(cd), 1)
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, len(cd), offset, 0)
    return b"".join(local) + cd + eocd64 + locator + eocd


def test_zip_with_100k_entries(tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    path.write_bytes(_many_entries(100_000))
    assert len(zipfile.ZipFile(path).infolist()) == 100_000  # a genuine archive
    err = refused(path)
    assert err.kind == "too-large" and "100,000 entries" in str(err)


@pytest.mark.parametrize(
    ("data", "kind", "words"),
    [
        (b"", "empty", "empty"),
        (b"%PDF-1.7\n...", "not-excel", "PDF"),
        (b"name,country\nAcme,US\n", "not-excel", "text file"),
        (b"<html><body><table></table></body></html>", "not-excel", "HTML"),
        (b"PK\x03\x04garbage", "corrupt", "damaged"),
    ],
)
def test_not_a_workbook_by_content(tmp_path: Path, data: bytes, kind: str, words: str) -> None:
    path = tmp_path / "declaration.xlsx"
    path.write_bytes(data)
    err = refused(path)
    assert err.kind == kind and words in str(err)


def test_macro_workbook_is_read_without_running_anything(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "macro.xlsm", parts={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"})
    result = reader.read_file(path)
    assert [f.code for f in result.findings] == ["FILE-MACROS"]


def test_newer_revision_reads_with_a_warning(tmp_path: Path) -> None:
    sst = SST.replace("Revision 6.5\nApril 25, 2025", "Revision 6.7\nApril 30, 2027")
    result = reader.read_file(make_xlsx(tmp_path / "new.xlsx", parts={"xl/sharedStrings.xml": sst}))
    assert result.version_in_file == "6.7"
    # a stand-in workbook matches no known layout: read with the newest one, with a warning
    assert result.template.key == "CMRT-6.6.1"
    assert [f.code for f in result.findings] == ["FILE-NEWER-VERSION"]


def test_crt_21_reads_with_22_layout(tmp_path: Path) -> None:
    decl = DECLARATION.replace("Conflict Minerals Reporting Template (CMRT)", "钴报告模板 (CRT)")
    sst = SST.replace("Revision 6.5\nApril 25, 2025", "Revision 2.1\nMay 13, 2020")
    path = make_xlsx(
        tmp_path / "crt.xlsx",
        parts={"xl/worksheets/sheet1.xml": decl, "xl/sharedStrings.xml": sst},
    )
    result = reader.read_file(path)
    assert (result.template.key, result.version_in_file) == ("CRT-2.2", "2.1")
    assert [f.code for f in result.findings] == ["FILE-UNKNOWN-REVISION"]
