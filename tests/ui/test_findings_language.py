"""Findings read in the user's language: the findings panel and the review report, worded from
each finding's message id and params (the command line keeps English)."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from ui_driver import new_declaration

from desktop import i18n
from desktop.review.report_export import write_review_report
from desktop.widgets.findings_panel import PATH_ROLE
from forms.rules.messages import MESSAGES

EXPECTED = {
    "zh_CN": ("Tin 的问题 1 未回答。", "缺少Company Name。"),
    "th": ("ยังไม่ได้ตอบคำถามข้อ 1 สำหรับ Tin", "ไม่มีCompany Name"),
}


def _switch(code: str) -> None:
    i18n.install(code)
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_the_findings_panel_and_the_report_speak_the_users_language(qtbot, window, tmp_path, lang):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    editor.session.set_field("answers.Tin.1.comment", "供应商未回复")  # a red flag too
    editor.recheck()
    try:
        _switch(lang)
        texts = {item.text(0) for item in editor.findings_panel.items()}
        question, company = EXPECTED[lang]
        assert question in texts and company in texts
        shown = [f for sev in ("error", "warning") for f in editor.findings if f.severity == sev]
        items = editor.findings_panel.items()
        assert [i.data(0, PATH_ROLE) for i in items] == [f.path for f in shown]
        for f, item in zip(shown, items, strict=True):
            assert f.id in MESSAGES, f"{f.code} has no catalogued wording"
            assert item.text(0) != f.message, f"{f.id} is still English in {lang}"
        # The command line's English is untouched.
        assert any(f.message == "Question 1 for Tin is not answered." for f in editor.findings)

        pdf = write_review_report(window.store, editor.session.decl_id, tmp_path / "r.pdf")
        text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(pdf).pages))
        assert re.sub(r"\s+", "", question) in text
    finally:
        _switch(i18n.ENGLISH)
    texts = {item.text(0) for item in editor.findings_panel.items()}
    assert "Question 1 for Tin is not answered." in texts


def test_a_plain_finding_keeps_its_words_unless_the_catalogue_matches_it(qapp):  # type: ignore[no-untyped-def]
    from desktop.finding_texts import finding_words
    from forms.rules.finding import Finding

    macros = Finding(
        "FILE-MACROS", "warning", "template",
        "The workbook contains macros; MRT Desk read its values and ran nothing.",
        "RMI templates have no macros: someone changed this file.",
    )  # fmt: skip
    # A catalogued code whose params are not given: its own English, never "{mineral} …".
    partial = Finding("RF-NO-SMELTERS", "warning", "smelters[Tin]", "Tin has no smelter.")
    new = Finding("FILE-SOMETHING-NEW", "warning", "template", "Something new.", "Do this.")
    try:
        _switch("zh_CN")
        assert (
            finding_words(macros)[0]
            == "该工作簿包含宏；MRT Desk 只读取了其中的值，没有运行任何内容。"
        )
        assert finding_words(partial) == ("Tin has no smelter.", "")
        assert finding_words(new) == ("Something new.", "Do this.")
    finally:
        _switch(i18n.ENGLISH)
