"""Untrusted text made safe to show or write: control characters, lone surrogates and
direction overrides spelled out as `\\uXXXX`, so they are seen instead of acted on.

Text from received workbooks and file names is untrusted: an ESC sequence printed raw can
rewrite a terminal, a NUL or a lone surrogate cannot be written to XML or UTF-8 at all.
"""

from __future__ import annotations

import re

# C0 controls except tab and line feed, DEL, C1 controls (0x9b is a one-byte "ESC ["), and
# UTF-16 surrogates that do not form a pair (they cannot be encoded).
_UNWRITABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# For a terminal also the characters that reorder what is shown around them.
_UNSHOWABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def _spelled(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group(0)):04x}"


def writable(text: str) -> str:
    """`text` with what a workbook or UTF-8 file cannot hold spelled out."""
    return _UNWRITABLE.sub(_spelled, text)


def showable(text: str) -> str:
    """`text` with everything a terminal would act on (escape sequences, direction
    overrides) spelled out; tabs and line feeds stay."""
    return _UNSHOWABLE.sub(_spelled, text)
