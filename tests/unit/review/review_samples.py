"""Sample declarations for the review tests: a Chinese supplier's CMRT, this period and last."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from forms import templates
from forms.declaration import Answer, Declaration, Smelter, new_declaration
from forms.review.comments import ReviewComment, new_comment, resolve

AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def smelter(metal: str, name: str, country: str, cid: str | None = None, **kw: str) -> Smelter:
    lookup = kw.pop("lookup_name", name if cid else "Smelter not listed")
    return Smelter(metal=metal, lookup_name=lookup, name=name, country=country, smelter_id=cid,
                   **kw)  # fmt: skip


def current_cmrt() -> Declaration:
    """A mostly filled CMRT 6.5 with a Chinese company name, some gaps and odd smelter rows."""
    d = new_declaration(templates.get("CMRT", "6.5"))
    c = d.company
    c.name = "东莞精密电缆有限公司 Dongguan Precision Cable Co., Ltd."
    c.scope = "A. Company"
    c.contact_name = "李伟 Li Wei"
    c.contact_email = "li.wei@dg-cable.example"
    c.contact_phone = "+86 769 1234 5678"
    c.authorizer_name = "王芳 Wang Fang"
    c.authorizer_email = "wang.fang@dg-cable.example"
    c.effective_date = "2026-11-28"
    for mineral in d.minerals_in_scope:
        for number, a in d.answers[mineral].items():
            a.answer = {"6": "Greater than 75%"}.get(number, "Yes")
    d.answers["Gold"]["7"] = Answer(None)  # left empty: a Checker error
    d.answers["Tin"]["3"] = Answer("No", "All tin from RMAP conformant smelters")
    for letter in d.company_answers:
        d.company_answers[letter] = Answer("Yes")
    d.company_answers["B"] = Answer("Yes", "https://dg-cable.example/policy")
    d.smelters = [
        smelter("Tin", "Yunnan Tin Company Limited", "CHINA", "CID002180"),
        smelter("Tin", "Yunnan Tin Company Limited", "CHINA", "CID002180"),  # duplicate
        smelter("Tin", "株洲冶炼集团 Zhuzhou Smelter", "CHINA"),  # not listed
        smelter("Gold", "Asahi Pretec Corp.", "JAPAN", "CID000082"),
        smelter(
            "Gold",
            "Smelter not yet identified",
            "UNKNOWN",
            lookup_name="Smelter not yet identified",
        ),
        smelter("Tantalum", "Ningxia Orient Tantalum Industry Co., Ltd.", "CHINA", "CID001277"),
        smelter("Tungsten", "Japan New Metals Co., Ltd.", "JAPAN", "CID000825"),
        smelter("Tungsten", "Korea Tungsten 대한중석", "KOREA, REPUBLIC OF"),
    ]
    return d


def previous_cmrt() -> Declaration:
    """Last period's CMRT 6.4 from the same supplier."""
    d = new_declaration(templates.get("CMRT", "6.4"))
    cur = current_cmrt()
    d.company = replace(cur.company)
    d.company.effective_date = "2026-05-29"
    d.company.contact_name = "张敏 Zhang Min"
    for mineral in d.minerals_in_scope:
        for number, a in d.answers[mineral].items():
            a.answer = cur.answers[mineral][number].answer or "Yes"
    d.answers["Tin"]["3"] = Answer("Yes")
    for letter in d.company_answers:
        d.company_answers[letter] = Answer(cur.company_answers[letter].answer)
    d.company_answers["B"] = Answer("Yes", "https://dg-cable.example/policy")
    d.smelters = [
        smelter("Tin", "Yunnan Tin Company Limited", "CHINA", "CID002180"),
        smelter("Tin", "Malaysia Smelting Corporation (MSC)", "MALAYSIA", "CID001105"),
        smelter("Gold", "Asahi Pretec Corp.", "JAPAN", "CID000082"),
        smelter("Tantalum", "Ningxia Orient Tantalum Industry Co., Ltd.", "CHINA", "CID001277"),
        smelter("Tungsten", "Japan New Metals Co., Ltd.", "JAPAN", "CID000825"),
    ]
    return d


def review_comments() -> list[ReviewComment]:
    a = new_comment("answers.Gold.7.answer", "陈静 Chen Jing", "Question 7 is empty — have all "
                    "gold smelters been identified?", AT)  # fmt: skip
    b = new_comment("smelters[2]", "陈静 Chen Jing", "株洲 smelter: please find its CID in the "
                    "Smelter Look-up, it may be listed under another name.", AT)  # fmt: skip
    c = new_comment("company.contact_name", "Chen Jing", "New contact confirmed.", AT)
    return [a, b, resolve(c, "Li Wei", AT.replace(hour=11))]
