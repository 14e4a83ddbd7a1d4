"""Fonts for the review report: a Unicode body font, CJK and Thai fonts when the system has them,
and the markup that switches font for runs of Chinese, Japanese, Korean or Thai text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

# (folder, regular, bold) TrueType files, first found wins: Linux, Windows, macOS.
BODY_FONTS = (
    ("/usr/share/fonts/truetype/dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    (
        "/usr/share/fonts/truetype/liberation2",
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
    ),
    ("C:/Windows/Fonts", "arial.ttf", "arialbd.ttf"),
    ("/Library/Fonts", "Arial Unicode.ttf", "Arial Unicode.ttf"),
)
# CJK fonts with TrueType outlines (reportlab cannot embed CFF-based ones such as Noto CJK).
CJK_FONTS = (
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)
# Thai TrueType fonts (the Latin body fonts have no Thai letters): Linux, Windows, macOS.
THAI_FONTS = (
    "/usr/share/fonts/truetype/tlwg/Loma.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
    "C:/Windows/Fonts/tahoma.ttf",
    "C:/Windows/Fonts/LeelawUI.ttf",
    "/System/Library/Fonts/Supplemental/Thonburi.ttf",
)
# Fallback: Adobe's CID fonts, not embedded (the PDF viewer supplies a matching font).
CID_FONT = "STSong-Light"  # Adobe-GB1: Chinese, plus kana for Japanese
CID_FONT_KOREAN = "HYSMyeongJo-Medium"

_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
_CJK = (
    "\u2e80-\u2fdf\u3000-\u30ff\u3190-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    "\U00020000-\U0003134f"
)
_THAI = "\u0e00-\u0e7f"
_RUNS = re.compile(f"([{_HANGUL}]+)|([{_CJK}]+)|([{_THAI}]+)")


@dataclass(frozen=True)
class Fonts:
    """Registered font names: `regular`/`bold` for Latin text, `cjk`/`korean` for CJK runs
    (None when none could be registered, in which case such characters show as "?")."""

    regular: str
    bold: str
    cjk: str | None
    korean: str | None
    unicode_body: bool
    """`regular` is a TrueType font with wide coverage (False: the built-in Helvetica)."""
    thai: str | None = None


def _ttf(name: str, path: str) -> str | None:
    if not Path(path).is_file():
        return None
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    try:
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
    except (TTFError, OSError, ValueError):
        return None
    return name


def _cid(name: str) -> str | None:
    try:
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    except (KeyError, ValueError, OSError):
        return None
    return name


@lru_cache(maxsize=8)
def register_fonts(
    body: tuple[tuple[str, str, str], ...] = BODY_FONTS,
    cjk: tuple[str, ...] = CJK_FONTS,
    *,
    use_cid: bool = True,
    thai: tuple[str, ...] = THAI_FONTS,
) -> Fonts:
    """Register the best fonts available and say which (once per argument set). Never raises."""
    regular, bold = "Helvetica", "Helvetica-Bold"
    for folder, r_name, b_name in body:
        r = _ttf(f"MRT-{Path(r_name).stem}", f"{folder}/{r_name}")
        if r:
            regular = r
            bold = _ttf(f"MRT-{Path(b_name).stem}", f"{folder}/{b_name}") or r
            break
    cjk_font = next((n for p in cjk if (n := _ttf(f"MRT-CJK-{Path(p).stem}", p))), None)
    korean = cjk_font
    if cjk_font is None and use_cid:
        cjk_font, korean = _cid(CID_FONT), _cid(CID_FONT_KOREAN)
    thai_font = next((n for p in thai if (n := _ttf(f"MRT-Thai-{Path(p).stem}", p))), None)
    return Fonts(regular, bold, cjk_font, korean, regular != "Helvetica", thai_font)


def _latin(text: str, fonts: Fonts) -> str:
    if not fonts.unicode_body:
        # The built-in fonts only cover Windows-1252.
        text = text.encode("cp1252", "replace").decode("cp1252")
    return escape(text)


def markup(text: str, fonts: Fonts) -> str:
    """`text` as reportlab paragraph markup: escaped, CJK and Thai runs in their own fonts."""
    out, pos = [], 0
    for m in _RUNS.finditer(text):
        out.append(_latin(text[pos : m.start()], fonts))
        font = fonts.korean if m[1] else fonts.cjk if m[2] else fonts.thai
        run = escape(m[0])
        out.append(f'<font name="{font}">{run}</font>' if font else "?" * len(m[0]))
        pos = m.end()
    out.append(_latin(text[pos:], fonts))
    return "".join(out)


def has_cjk(text: str) -> bool:
    return _RUNS.search(text) is not None
