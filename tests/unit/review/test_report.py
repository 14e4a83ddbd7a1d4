"""The review report PDF: generated, then read back with pypdf."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from review_samples import current_cmrt, previous_cmrt, review_comments

from forms import templates
from forms.declaration import new_declaration
from forms.review.report import ReportInput, build_report, write_report
from forms.review.report_fonts import Fonts, has_cjk, markup, register_fonts
from forms.review.status import Status
from forms.rules import check

AT = datetime(2026, 11, 21, 14, 5, tzinfo=UTC)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text)


def _input(**kw: object) -> ReportInput:
    base: dict[str, object] = dict(
        declaration=current_cmrt(), status=Status.IN_REVIEW, generated_at=AT, customer="Lenovo",
        period="2026 H2", comments=review_comments(), previous=previous_cmrt(),
        prepared_by="Li Wei",
    )  # fmt: skip
    base.update(kw)
    return ReportInput(**base)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def report_text() -> str:
    return _text(build_report(_input()))


def test_summary(report_text: str) -> None:
    for expected in (
        "Review report",
        "Customer Lenovo",
        "Template CMRT 6.5 (released 25-Apr-2025)",
        "Period 2026 H2",
        "Effective date 28-Nov-2026",
        "Status in review",
        "Incomplete: 1 required field missing (RMI Checker)",
        "Review comments 2 open, 1 resolved",
        "Dongguan Precision Cable Co., Ltd.",
    ):
        assert expected in report_text


def test_every_finding_with_its_cell(report_text: str) -> None:
    findings = check(current_cmrt())
    assert f"Findings ({len(findings)})" in report_text
    flags = sum(1 for f in findings if f.severity == "warning")
    assert f"Red flags {flags}" in report_text
    squashed = report_text.replace(" ", "")
    for f in findings:
        assert f.code in squashed
        assert f"{f.sheet}!{f.cell}".replace(" ", "") in squashed
    assert "Question 7 for Gold is not answered." in report_text
    assert "Declaration!D64" in report_text


def test_comments(report_text: str) -> None:
    assert "Review comments (3)" in report_text
    assert "have all gold smelters been identified?" in report_text
    assert "Gold — question 7" in report_text
    assert "Smelter List row 3" in report_text
    assert "resolved by Li Wei" in report_text


def test_smelter_statistics_and_chart(report_text: str) -> None:
    assert "Smelters per metal" in report_text
    assert "Metal Listed Not listed Not yet identified Duplicates Rows" in report_text
    assert "Tin 1 1 0 1 3" in report_text
    assert "Gold 1 0 1 0 2" in report_text


def test_changes_since_previous(report_text: str) -> None:
    assert "Compared with CMRT 6.4, effective 29-May-2026." in report_text
    assert "Tin — question 3 Yes No" in report_text
    assert "Smelters added (3)" in report_text
    assert "Smelters removed (1)" in report_text
    assert "Malaysia Smelting Corporation (MSC)" in report_text


def test_cjk_text_is_kept(report_text: str) -> None:
    # CID fonts extract as the original characters.
    assert "东莞精密电缆有限公司" in report_text
    assert "株洲冶炼集团" in report_text


def test_empty_declaration_without_previous_or_comments() -> None:
    decl = new_declaration(templates.get("CRT", "2.2"))
    text = _text(build_report(ReportInput(decl, Status.DRAFT, AT)))
    assert "Review report — unnamed company" in text
    assert "Customer —" in text
    assert "There is no previous declaration to compare with." in text
    assert "No review comments." in text
    assert "Cobalt 0 0 0 0 0" in text


def test_no_findings_and_no_changes() -> None:
    decl = current_cmrt()
    text = _text(build_report(_input(findings=[], previous=decl, comments=())))
    assert "Complete: RMI's Checker shows no required field missing" in text
    assert "No findings" in text
    assert "Nothing changed." in text


def test_builtin_fonts_fallback() -> None:
    bare = register_fonts(body=(), cjk=(), use_cid=False, thai=())
    assert bare == Fonts("Helvetica", "Helvetica-Bold", None, None, unicode_body=False)
    pdf = build_report(_input(), fonts=bare)
    text = _text(pdf)
    assert "Dongguan Precision Cable Co., Ltd." in text
    assert "Question 7 for Gold is not answered." in text


def test_markup() -> None:
    fonts = register_fonts()
    assert fonts.cjk is not None
    m = markup("东莞 <b>&</b> Cable 한국", fonts)
    assert m.startswith(f'<font name="{fonts.cjk}">东莞</font> &lt;b&gt;&amp;')
    assert f'<font name="{fonts.korean}">한국</font>' in m
    bare = Fonts("Helvetica", "Helvetica-Bold", None, None, False)
    assert markup("东莞 Cable — ł", bare) == "?? Cable — ?"
    assert has_cjk("株式会社") and not has_cjk("Société")


def test_write_report_atomically(tmp_path: Path) -> None:
    target = tmp_path / "review.pdf"
    target.write_bytes(b"old")
    write_report(target, _input())
    assert target.read_bytes().startswith(b"%PDF-")
    assert len(PdfReader(target).pages) >= 2
    assert [p.name for p in tmp_path.iterdir()] == ["review.pdf"]
