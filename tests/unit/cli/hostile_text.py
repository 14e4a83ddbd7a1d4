"""Received workbooks whose text would act on a terminal or cannot be encoded: the filled
JX fixture with its company name replaced by escape sequences, NUL, C1 CSI and a lone surrogate."""

from __future__ import annotations

import zipfile
from pathlib import Path

JX = "CMRT_6.4_JX_Advanced_Metals.xlsx"
JX_NAME = b"JX Advanced Metals Corporation"
# OOXML's _xHHHH_ escapes carry characters XML itself cannot: ESC, BEL, NUL, a lone surrogate.
HOSTILE_NAME = b"JX_x001B_]0;owned_x0007__x001B_[2J_x0000_\xc2\x9b31m_xD800_ Evil \xe2\x80\xae"
# The same without the surrogate, for the store (the reader's own clean-up handles surrogates).
CONTROL_NAME = HOSTILE_NAME.replace(b"_xD800_", b"")
RAW = ("\x1b", "\x07", "\x00", "\x9b", "\u202e")


def hostile_workbook(sample: Path, out: Path, name: bytes = HOSTILE_NAME) -> Path:
    """`sample` with its company name replaced by `name` (UTF-8 XML text)."""
    with zipfile.ZipFile(sample) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/sharedStrings.xml":
                assert JX_NAME in data
                data = data.replace(JX_NAME, name, 1)
            dst.writestr(info, data)
    return out


def unescaped(text: str) -> list[str]:
    """The raw dangerous characters found in `text`."""
    found = [ch for ch in RAW if ch in text]
    found += [ch for ch in text if 0xD800 <= ord(ch) <= 0xDFFF]
    return found
