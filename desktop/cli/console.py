"""The command line's output streams: untrusted text is shown, never acted on.

Workbook text, file names and error messages reach the terminal from other companies' files.
`install()` wraps standard output and error so that every command, whatever it prints:
- spells out control characters, lone surrogates and direction overrides as `\\uXXXX`
  (`forms.visible.showable`), so an ESC sequence never reaches the terminal raw; and
- spells out what the stream's encoding cannot carry (a cp1252 console on Windows, output
  redirected to a file) as `\\uXXXX` instead of stopping with UnicodeEncodeError.
`\\uXXXX` is also a JSON escape, so `--json` output stays valid JSON.
"""

from __future__ import annotations

import codecs
import sys
from typing import Any, TextIO

from forms.visible import showable

ERRORS = "mrtdesk.spell-out"


def _spell_out(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start : exc.end]:
        code = ord(ch)
        if code > 0xFFFF:  # as JSON spells it: a surrogate pair
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), exc.end


codecs.register_error(ERRORS, _spell_out)


class ShowingStream:
    """A text stream that writes through `inner` with unsafe characters spelled out."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner
        self._encoding = getattr(inner, "encoding", None) or "utf-8"

    def write(self, text: str) -> int:
        shown = showable(text)
        try:
            shown.encode(self._encoding)
        except UnicodeEncodeError:
            shown = shown.encode(self._encoding, ERRORS).decode(self._encoding)
        except LookupError:
            pass
        self.inner.write(shown)
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.inner.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def install() -> None:
    """Wrap `sys.stdout` and `sys.stderr` (once) for the rest of this command."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, ShowingStream):
            setattr(sys, name, ShowingStream(stream))
