"""Every catalogued finding reads in each of the nine translated languages (issue 13, point 3):
the reader's, the export's, the facility list's, the AMRT's and the carried-over findings too,
with the English phrases they pass as params (the carried-over reason, the sheet) translated."""

from __future__ import annotations

import re

import pytest

from desktop import i18n
from desktop.finding_texts import finding_words
from forms.review.carried import confirm_findings
from forms.rules.finding import Finding
from forms.rules.messages import MESSAGES

LANGUAGES = [lang.code for lang in i18n.LANGUAGES if lang.code != i18n.ENGLISH]


def _sample(message_id: str) -> Finding:
    """The finding worded by `message_id`, each placeholder filled with a number."""
    names = sorted({n for t in MESSAGES[message_id] for n in re.findall(r"\{(\w+)\}", t)})
    return Finding.of(message_id, "warning", "template", **{n: "7" for n in names})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalogued_finding_is_translated(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    samples = [_sample(message_id) for message_id in sorted(MESSAGES)]
    try:
        i18n.install(lang)
        for f in samples:
            message, hint = finding_words(f)
            assert message != f.message, f"{f.id} is English in {lang}"
            assert not re.search(r"\{\w+\}", message + hint), f"{f.id} in {lang}: {message}"
            assert bool(hint) == bool(f.hint), f.id
    finally:
        i18n.install(i18n.ENGLISH)


def test_the_carried_over_reason_and_a_list_name_are_translated(qapp) -> None:  # type: ignore[no-untyped-def]
    carried = confirm_findings([("company.effective_date", "confirm the effective date")])[0]
    sheet = Finding.of(
        "FILE-SHEET-NOT-WORKSHEET", "warning", "template", sheet_name="Smelter List",
        kind="chartsheet",
    )  # fmt: skip
    try:
        i18n.install("zh_CN")
        assert finding_words(carried)[0] == "沿用自上一份申报（确认生效日期）：请确认。"
        assert (
            finding_words(sheet)[0] == "冶炼厂清单是 chartsheet，不是工作表；未从中读取任何内容。"
        )
        i18n.install("th")
        assert finding_words(carried)[0] == "ยกมาจากคำประกาศก่อนหน้า (ยืนยันวันที่มีผลบังคับ): โปรดยืนยัน"
    finally:
        i18n.install(i18n.ENGLISH)
    assert finding_words(carried)[0] == carried.message
