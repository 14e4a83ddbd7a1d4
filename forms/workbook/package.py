"""Safe access to an .xlsx package: what the file really is, zip-bomb limits and bounded reads."""

from __future__ import annotations

import io
import os
import posixpath
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from forms.workbook import xmlsafe, xmlstream
from forms.workbook.outcome import UnreadableWorkbook

__all__ = ["DEFAULT_LIMITS", "Limits", "Package", "UnreadableWorkbook", "open_file", "sniff"]


@dataclass(frozen=True)
class Limits:
    """Bounds on what a workbook may unpack to (a real RMI template: ~110 entries, ~10 MB)."""

    max_entries: int = 5000
    max_entry_bytes: int = 64 * 1024 * 1024
    max_total_bytes: int = 512 * 1024 * 1024
    max_ratio: int = 200
    """Uncompressed/compressed ratio allowed for entries larger than `ratio_floor`."""
    ratio_floor: int = 4 * 1024 * 1024
    max_central_directory: int = 4 * 1024 * 1024


DEFAULT_LIMITS = Limits()

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BM", "a bitmap image"),
    (b"{\\rtf", "an RTF document"),
)
_ASK = "ask the sender for the declaration as an Excel workbook (.xlsx)"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


DEFAULT_PASSWORD = "VelvetSweatshop"
"""The key Excel encrypts with when a workbook is protected without an open password (for
example a protected structure): Excel opens such files without asking, so MRT Desk does too."""
MAX_ENCRYPTED_BYTES = 64 * 1024 * 1024
"""Encrypted files are decrypted in memory up to this size (an RMI template is ~2 MB)."""


def _is_encrypted_ole(data: bytes) -> bool:
    return data.startswith(_OLE2) and (
        _utf16("EncryptionInfo") in data or _utf16("EncryptedPackage") in data
    )


def _needs_password() -> UnreadableWorkbook:
    return UnreadableWorkbook(
        "encrypted",
        "it is a password-protected Excel workbook: ask the sender for an unprotected copy, "
        "or open it in Excel and remove the password (File > Info > Protect Workbook)",
    )


def decrypt_default(data: bytes) -> bytes:
    """The package inside an Excel file encrypted with the default key; `UnreadableWorkbook`
    ("encrypted") when it needs a real password or cannot be decrypted."""
    if len(data) > MAX_ENCRYPTED_BYTES:
        raise _too_large(f"the encrypted file is {len(data):,} bytes")
    import msoffcrypto
    from msoffcrypto import exceptions

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=DEFAULT_PASSWORD)
        out = io.BytesIO()
        office.decrypt(out)
    except (exceptions.InvalidKeyError, exceptions.DecryptionError):
        raise _needs_password() from None
    except Exception:  # an unknown or broken encryption header: still a protected file
        raise _needs_password() from None
    plain = out.getvalue()
    if not plain.startswith(b"PK"):
        raise _needs_password()
    return plain


def _describe_ole(data: bytes) -> UnreadableWorkbook:
    if _utf16("EncryptionInfo") in data or _utf16("EncryptedPackage") in data:
        return _needs_password()
    if _utf16("Workbook") in data or _utf16("Book") in data:
        return UnreadableWorkbook(
            "legacy-xls",
            "it is an old-format Excel file (.xls): open it in Excel and save it as .xlsx",
        )
    what = "a Word document" if _utf16("WordDocument") in data else "an old-format Office file"
    return UnreadableWorkbook("not-excel", f"not an Excel workbook (it looks like {what}): {_ASK}")


def sniff(data: bytes) -> None:
    """Raise `UnreadableWorkbook` unless `data` starts like a ZIP package (an .xlsx)."""
    if not data:
        raise UnreadableWorkbook("empty", "the file is empty: ask the sender to send it again")
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return
    if data.startswith(_OLE2):
        raise _describe_ole(data)
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise UnreadableWorkbook("not-excel", f"not an Excel workbook (it looks like {what})")
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<html", b"<!doctype html", b"<?xml", b"<table")):
        raise UnreadableWorkbook(
            "not-excel",
            "not an Excel workbook (it is an HTML/XML file saved with an Excel name): "
            "open it in Excel and save it as .xlsx",
        )
    if data.startswith(b"PK"):
        raise UnreadableWorkbook(
            "corrupt", "the file is damaged (a broken ZIP package): ask the sender to send it again"
        )
    what = "a text file" if _looks_text(data[:4096]) else "an unknown binary file"
    raise UnreadableWorkbook("not-excel", f"not an Excel workbook (it looks like {what}): {_ASK}")


def _looks_text(chunk: bytes) -> bool:
    try:
        chunk.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in chunk


def _too_large(detail: str) -> UnreadableWorkbook:
    return UnreadableWorkbook(
        "too-large",
        f"refused: {detail}; an RMI template is far smaller, so this is not a normal "
        "declaration (possibly a zip bomb)",
    )


def _corrupt() -> UnreadableWorkbook:
    return UnreadableWorkbook(
        "corrupt",
        "the file is damaged or incomplete (truncated ZIP): ask the sender to send it again",
    )


def _check_end_record(data: bytes, limits: Limits) -> None:
    """Refuse huge central directories before zipfile builds an object per entry."""
    pos = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if pos < 0 or pos + 22 > len(data):
        raise _corrupt()
    entries, cd_size = struct.unpack_from("<xxxxxxxxxxHI", data, pos)
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF:
        loc = pos - 20
        if loc >= 0 and data[loc : loc + 4] == b"PK\x06\x07":
            (eocd64,) = struct.unpack_from("<Q", data, loc + 8)
            if eocd64 + 56 <= len(data) and data[eocd64 : eocd64 + 4] == b"PK\x06\x06":
                entries, cd_size = struct.unpack_from("<QQ", data, eocd64 + 32)
    if entries > limits.max_entries:
        raise _too_large(f"the package has {entries:,} entries (limit {limits.max_entries:,})")
    if cd_size > limits.max_central_directory:
        raise _too_large(f"the package directory is {cd_size:,} bytes")


_OFFICE_DOC = re.compile(r"/officeDocument$")
_WORKSHEET = re.compile(r"/worksheet$")


class Package:
    """An opened .xlsx: its parts, the sheet name → part map and bounded reads of parts."""

    def __init__(self, data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
        self.was_encrypted = _is_encrypted_ole(data)
        if self.was_encrypted:
            data = decrypt_default(data)
        sniff(data)
        _check_end_record(data, limits)
        self.limits = limits
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, struct.error):
            raise _corrupt() from None
        self._infos = {i.filename: i for i in infos}
        self._heads: dict[str, bytes] = {}
        self._check_sizes(infos)
        self.workbook_part = self._find_workbook()
        self.sheets: dict[str, str] = {}
        self.sheet_order: list[str] = []
        self.other_sheets: dict[str, str] = {}
        """Sheets that are not worksheets (chartsheets, dialog sheets): name → their kind."""
        self.date1904 = False
        self.stale_cache = False
        """`calcPr fullCalcOnLoad`: the cached formula values predate the cells (an export)."""
        self._read_workbook()

    def _check_sizes(self, infos: list[zipfile.ZipInfo]) -> None:
        lim = self.limits
        if len(infos) > lim.max_entries:
            raise _too_large(f"the package has {len(infos):,} entries")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise UnreadableWorkbook(
                    "encrypted",
                    "the ZIP package is encrypted: ask the sender for an unprotected copy",
                )
            size = info.file_size
            total += size
            if size > lim.max_entry_bytes:
                raise _too_large(f"part {info.filename} unpacks to {size:,} bytes")
            if size > lim.ratio_floor and size > lim.max_ratio * max(info.compress_size, 1):
                raise _too_large(
                    f"part {info.filename} is compressed {size // max(info.compress_size, 1):,}:1"
                )
        if total > lim.max_total_bytes:
            raise _too_large(f"the package unpacks to {total:,} bytes")

    def _find_workbook(self) -> str:
        if "_rels/.rels" in self._infos:
            for rel_type, target in self._rels("_rels/.rels").values():
                if _OFFICE_DOC.search(rel_type):
                    part = target.lstrip("/")
                    if part in self._infos:
                        return part
        if "xl/workbook.xml" in self._infos:
            return "xl/workbook.xml"
        names = self._infos.keys()
        if "word/document.xml" in names:
            what = "a Word document"
        elif "ppt/presentation.xml" in names:
            what = "a PowerPoint presentation"
        elif "content.xml" in names:
            what = "an OpenDocument file; open it in Excel and save it as .xlsx"
        else:
            what = "a ZIP archive"
        raise UnreadableWorkbook("not-excel", f"not an Excel workbook (it is {what})")

    def has(self, part: str) -> bool:
        return part in self._infos

    @property
    def has_macros(self) -> bool:
        return any(name.lower().endswith("vbaproject.bin") for name in self._infos)

    def _rels(self, rels_part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type, target part path resolved against the source part)."""
        base = posixpath.dirname(posixpath.dirname(rels_part))
        out = {}
        for tag, rel in xmlstream.iter_ended(self.iter_chunks(rels_part), rels_part):
            if tag != "Relationship" or rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            path = target[1:] if target.startswith("/") else posixpath.join(base, target)
            out[rel.get("Id", "")] = (rel.get("Type", ""), posixpath.normpath(path))
        return out

    def _read_workbook(self) -> None:
        wb = self.workbook_part
        rels_part = posixpath.join(posixpath.dirname(wb), "_rels", posixpath.basename(wb) + ".rels")
        rels = self._rels(rels_part) if rels_part in self._infos else {}
        for tag, el in xmlstream.iter_ended(self.iter_chunks(wb), wb):
            if tag == "workbookPr":
                self.date1904 = el.get("date1904", "0").lower() in {"1", "true"}
            elif tag == "calcPr":
                self.stale_cache = el.get("fullCalcOnLoad", "0").lower() in {"1", "true"}
            elif tag == "sheet":
                rid = next((v for k, v in el.attrib.items() if xmlsafe.local(k) == "id"), "")
                name = el.get("name", "")
                if rid not in rels:
                    continue
                rel_type, target = rels[rid]
                if _WORKSHEET.search(rel_type):
                    self.sheets[name] = target
                    self.sheet_order.append(name)
                else:
                    self.other_sheets[name] = rel_type.rsplit("/", 1)[-1]

    def sheet_part(self, name: str) -> str | None:
        part = self.sheets.get(name)
        return part if part and part in self._infos else None

    def shared_strings_part(self) -> str | None:
        for part in ("xl/sharedStrings.xml", "xl/SharedStrings.xml"):
            if part in self._infos:
                return part
        return None

    def iter_chunks(self, part: str, chunk: int = 1 << 20) -> Generator[bytes, None, None]:
        """The part's bytes in chunks; the size limit is enforced while decompressing."""
        limit = min(self.limits.max_entry_bytes, self._infos[part].file_size)
        seen = 0
        try:
            with self._zip.open(part) as fh:
                while True:
                    block = fh.read(chunk)
                    if not block:
                        return
                    seen += len(block)
                    if seen > limit:
                        raise _too_large(f"part {part} unpacks to more than it declares")
                    yield block
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, struct.error):
            raise _corrupt() from None
        except zipfile.LargeZipFile:
            raise _too_large(f"part {part} is too large") from None

    def read(self, part: str) -> bytes:
        """The part's bytes in one piece (zipfile stops at the size checked in the directory)."""
        if part not in self._infos:
            raise UnreadableWorkbook("not-excel", f"the workbook has no part {part}")
        try:
            data = self._zip.read(part)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, struct.error, zlib.error):
            raise _corrupt() from None
        except zipfile.LargeZipFile:
            raise _too_large(f"part {part} is too large") from None
        if len(data) > self.limits.max_entry_bytes:
            raise _too_large(f"part {part} unpacks to more than it declares")
        self._heads[part] = data[:16384]
        return data

    def head(self, part: str) -> bytes:
        """The first 16 kB of the part (remembered from a full read, else read on its own)."""
        head = self._heads.get(part)
        if head is None:
            chunks = self.iter_chunks(part, chunk=16384)
            try:
                head = next(chunks, b"")
            finally:
                chunks.close()
        return head


def open_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of `path`: only a regular file (not a device such as /dev/zero, a FIFO or a
    socket, which could be endless or never answer), read no further than the package limit."""
    try:
        # Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb", buffering=0) as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise UnreadableWorkbook("io", f"{path} is not a regular file")
            if st.st_size > limits.max_total_bytes:
                raise _too_large(f"the file is {st.st_size:,} bytes")
            # The size it has, plus one byte to notice a file that grew past the limit.
            data = fh.read(min(st.st_size, limits.max_total_bytes) + 1)
            if len(data) > limits.max_total_bytes:
                raise _too_large(f"the file is over {limits.max_total_bytes:,} bytes")
            return data
    except FileNotFoundError:
        raise UnreadableWorkbook("io", f"{path}: no such file") from None
    except IsADirectoryError:
        raise UnreadableWorkbook("io", f"{path} is a folder, not a file") from None
    except PermissionError:
        raise UnreadableWorkbook("io", f"{path}: permission denied") from None
    except OSError as exc:
        raise UnreadableWorkbook("io", f"{path}: cannot be read ({exc.strerror})") from None
