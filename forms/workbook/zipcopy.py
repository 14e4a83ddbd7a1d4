"""A zip copier: writes a package entry by entry in the source order, copying the compressed
bytes of untouched entries verbatim and compressing only the entries that were replaced."""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from collections.abc import Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from typing import BinaryIO

_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")
_UTF8_FLAG = 0x800


@dataclass(frozen=True)
class Deflated:
    """An entry's new content, already compressed (zlib works without the GIL, so a large
    part can be compressed in a thread while the rest of the export goes on)."""

    data: bytes
    crc: int
    size: int


def deflate(raw: bytes, level: int = 1) -> Deflated:
    comp = zlib.compressobj(level, zlib.DEFLATED, -15)
    return Deflated(comp.compress(raw) + comp.flush(), zlib.crc32(raw), len(raw))


Replacement = bytes | Deflated | Future[Deflated]


def _dos_time(date_time: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    y, mo, d, h, mi, s = date_time
    return (h << 11) | (mi << 5) | (s // 2), ((max(y, 1980) - 1980) << 9) | (mo << 5) | d


def _raw_data(src: BinaryIO, info: zipfile.ZipInfo) -> bytes:
    src.seek(info.header_offset)
    header = src.read(_LOCAL.size)
    if len(header) != _LOCAL.size or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    fields = _LOCAL.unpack(header)
    src.seek(info.header_offset + _LOCAL.size + fields[9] + fields[10])
    return src.read(info.compress_size)


def copy_package(
    source: str | os.PathLike[str] | BinaryIO,
    target: BinaryIO,
    replace: Mapping[str, Replacement],
    drop: frozenset[str] = frozenset(),
    level: int = 1,
) -> None:
    """Write the zip `source` to `target`: entries named in `replace` get the new content
    (deflated here, or already), entries in `drop` are left out, every other entry keeps its
    compressed bytes."""
    with zipfile.ZipFile(source) as zf:
        fp = zf.fp
        assert fp is not None
        central: list[bytes] = []
        offset = 0
        for info in zf.infolist():
            if info.filename in drop:
                continue
            name = info.filename.encode("utf-8")
            flags = _UTF8_FLAG if not info.filename.isascii() else 0
            if info.filename in replace:
                new = replace[info.filename]
                if isinstance(new, Future):
                    new = new.result()
                elif isinstance(new, bytes):
                    new = deflate(new, level)
                data, crc, size = new.data, new.crc, new.size
                method = zipfile.ZIP_DEFLATED
            else:
                if info.flag_bits & 0x1:
                    raise zipfile.BadZipFile(f"{info.filename} is encrypted")
                data = _raw_data(fp, info)  # type: ignore[arg-type]
                crc, size, method = info.CRC, info.file_size, info.compress_type
                flags |= info.flag_bits & 0x6  # keep the deflate level hint bits
            if size >= 0xFFFFFFFF or len(data) >= 0xFFFFFFFF or offset >= 0xFFFFFFFF:
                raise zipfile.LargeZipFile("packages over 4 GB are not supported")
            dos_t, dos_d = _dos_time(info.date_time)
            version = 20
            target.write(
                _LOCAL.pack(
                    b"PK\x03\x04",
                    version,
                    flags,
                    method,
                    dos_t,
                    dos_d,
                    crc,
                    len(data),
                    size,
                    len(name),
                    0,
                )
            )
            target.write(name)
            target.write(data)
            central.append(
                _CENTRAL.pack(
                    b"PK\x01\x02",
                    (info.create_system << 8) | info.create_version,
                    version,
                    flags,
                    method,
                    dos_t,
                    dos_d,
                    crc,
                    len(data),
                    size,
                    len(name),
                    0,
                    0,
                    0,
                    0,
                    info.external_attr,
                    offset,
                )
                + name
            )
            offset += _LOCAL.size + len(name) + len(data)
        cd = b"".join(central)
        target.write(cd)
        target.write(_END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(cd), offset, 0))
