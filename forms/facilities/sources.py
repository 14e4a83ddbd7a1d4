"""The rows of a downloaded facility list, from any of the three shapes RMI's "Download Data"
gives or a user saves it as: CSV, XLSX, and Excel 2003 XML Spreadsheet.

Every reader returns plain rows (lists of cell values) of each sheet; nothing here knows which
column is which. Files are untrusted: sizes and row counts are bounded, XML is parsed without
DTDs or entities, and a file that is none of the three gets a message saying what it is."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from forms.facilities.model import FacilityListError

MAX_BYTES = 64 * 1024 * 1024
MAX_UNZIPPED = 256 * 1024 * 1024
MAX_ROWS = 200_000
_SS = "urn:schemas-microsoft-com:office:spreadsheet"
Rows = list[list[object]]


def read_bytes(path: Path) -> bytes:
    """The file's bytes: a regular file of at most MAX_BYTES."""
    try:
        if not path.is_file():
            raise FacilityListError(f"{path.name} is not a file.")
        if path.stat().st_size > MAX_BYTES:
            raise FacilityListError(
                f"{path.name} is larger than {MAX_BYTES // (1024 * 1024)} MB: "
                "that is not a facility list."
            )
        return path.read_bytes()
    except OSError as exc:
        raise FacilityListError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc


def sheets(data: bytes, name: str) -> list[Rows]:
    """Every sheet of the file as rows, whichever of the three formats it is."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if data[:4] == b"PK\x03\x04":
        return _xlsx(data, name)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise FacilityListError(
            f"{name} is an old binary Excel file (.xls). Open it in Excel or LibreOffice and "
            "save it as .xlsx or .csv, then import that."
        )
    if head.startswith(b"<"):
        if _SS.encode() in data[:65536]:
            return _spreadsheet_ml(data, name)
        raise FacilityListError(
            f"{name} is an XML or web page file, not a facility list. Use RMI's "
            "“Download Data” export (XML Spreadsheet), or save the list as .xlsx or .csv."
        )
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FacilityListError(f"{name} is not a text, Excel or XML Spreadsheet file.")
    return [_csv(data, name)]


def _text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def _csv(data: bytes, name: str) -> Rows:
    text = _text(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:16384], delimiters=",;\t|"
        )
    except csv.Error:
        dialect = csv.excel
    rows: Rows = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise FacilityListError(f"{name} has more than {MAX_ROWS:,} rows.")
    except csv.Error as exc:
        raise FacilityListError(f"{name} is not a readable CSV file ({exc}).") from exc
    return rows


def _xlsx(data: bytes, name: str) -> list[Rows]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if sum(i.file_size for i in infos) > MAX_UNZIPPED or len(infos) > 10_000:
                raise FacilityListError(f"{name} unpacks to more than a facility list can hold.")
            if not any(i.filename == "xl/workbook.xml" for i in infos):
                raise FacilityListError(f"{name} is a zip file but not an Excel workbook.")
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except FacilityListError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a damaged package
        raise FacilityListError(
            f"{name} is a damaged or password-protected Excel file ({type(exc).__name__})."
        ) from exc
    out: list[Rows] = []
    try:
        for ws in book.worksheets:
            rows: Rows = []
            for row in ws.iter_rows(values_only=True):
                rows.append(list(row))
                if len(rows) > MAX_ROWS:
                    raise FacilityListError(f"{name} has more than {MAX_ROWS:,} rows.")
            out.append(rows)
    finally:
        book.close()
    return out


def _spreadsheet_ml(data: bytes, name: str) -> list[Rows]:
    """Excel 2003 XML Spreadsheet: Worksheet > Table > Row > Cell (ss:Index skips) > Data."""
    out: list[Rows] = []
    try:
        for sheet in _iter_sheets(data):
            out.append(sheet)
    except (DefusedXmlException, SyntaxError) as exc:
        raise FacilityListError(
            f"{name} is a damaged XML Spreadsheet ({type(exc).__name__})."
        ) from exc
    return out


def _iter_sheets(data: bytes) -> Iterator[Rows]:
    rows: Rows = []
    ss_index = f"{{{_SS}}}Index"
    for event, el in iterparse(
        io.BytesIO(data), events=("start", "end"), forbid_dtd=True, forbid_entities=True
    ):
        tag = el.tag.rsplit("}", 1)[-1]
        if event == "start":
            if tag == "Worksheet":
                rows = []
            continue
        if tag == "Row":
            rows.append(_row(el, ss_index))
            if len(rows) > MAX_ROWS:
                raise FacilityListError(f"The file has more than {MAX_ROWS:,} rows.")
            el.clear()
        elif tag == "Worksheet":
            yield rows
            el.clear()


def _row(el: Element, ss_index: str) -> list[object]:
    row: list[object] = []
    for cell in el:
        if cell.tag.rsplit("}", 1)[-1] != "Cell":
            continue
        index = cell.get(ss_index)
        if index and index.isdigit():
            while len(row) < min(int(index), 16384) - 1:
                row.append(None)
        row.append(_data(cell))
    return row


def _data(cell: Element) -> object:
    for child in cell:
        if child.tag.rsplit("}", 1)[-1] == "Data":
            text = "".join(child.itertext())
            kind = child.get(f"{{{_SS}}}Type", "String")
            if kind == "Number":
                try:
                    return float(text)
                except ValueError:
                    return text
            return text
    return None
