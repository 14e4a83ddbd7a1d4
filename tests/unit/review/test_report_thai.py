"""Thai text in the review report is set in a Thai font, not shown as boxes or question marks."""

from __future__ import annotations

from pathlib import Path

from forms.review.report_fonts import THAI_FONTS, markup, register_fonts
from tests.conftest import missing


def test_thai_runs_get_the_thai_font() -> None:
    if not any(Path(p).is_file() for p in THAI_FONTS):
        missing("no Thai TrueType font on this machine (Debian: fonts-thai-tlwg)")
    fonts = register_fonts()
    assert fonts.thai is not None
    text = markup("บริษัท สยาม จำกัด (Siam Co.)", fonts)
    assert f'<font name="{fonts.thai}">บริษัท</font>' in text
    assert "(Siam Co.)" in text


def test_without_a_thai_font_thai_becomes_question_marks() -> None:
    fonts = register_fonts(thai=())
    assert fonts.thai is None
    assert markup("สยาม", fonts) == "????"
