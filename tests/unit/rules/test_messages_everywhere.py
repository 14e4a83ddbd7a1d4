"""Every finding the app builds is worded from the catalogue (issue 13, point 3), so it reads in
the user's language: no plain `Finding(...)` is left in forms, db or desktop; the reader's, the
export's, the facility list's, the AMRT's and the carried-over findings keep their English word
for word; no placeholder is named like an argument of `Finding.of`."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from forms import templates
from forms.declaration import Smelter, new_declaration
from forms.review.carried import confirm_findings
from forms.rules.finding import Finding
from forms.rules.messages import CARRY_REASONS, MESSAGES, TERMS, english
from forms.rules.rf_amrt import mineral_name_flags
from forms.rules.rf_facilities import facility_flags
from forms.workbook import amrt_cells, reader
from forms.workbook.placement import export_findings
from forms.workbook.sheetxml import Cell
from forms.workbook.untrusted import clean_declaration
from tests.unit.facilities.test_status import LIST, TODAY
from tests.unit.workbook.test_hostile import DECLARATION, make_xlsx

ROOT = Path(__file__).resolve().parents[3]
OF_ARGUMENTS = {"message_id", "severity", "path", "sheet", "cell", "code"}


def _catalogued(findings: list[Finding]) -> dict[str, Finding]:
    """`findings` by message id, each checked to be worded by its catalogue entry."""
    for f in findings:
        assert f.id in MESSAGES, f.code
        assert (f.message, f.hint) == english(f.id, f.params), f.id
        assert not re.search(r"\{\w+\}", f.message + f.hint), f.id
    return {f.id: f for f in findings}


def test_no_finding_is_built_with_the_plain_constructor() -> None:
    plain = []
    for package in ("forms", "db", "desktop"):
        for source in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "Finding"
                ):
                    plain.append(f"{source.relative_to(ROOT)}:{node.lineno}")
    assert plain == [], "use Finding.of with a catalogue entry in forms/rules/messages.py"


def test_no_placeholder_is_named_like_an_argument_of_of() -> None:
    for message_id, texts in MESSAGES.items():
        names = {n for t in texts for n in re.findall(r"\{(\w+)\}", t)}
        assert not names & OF_ARGUMENTS, message_id


def test_the_carried_over_reasons_are_translated_terms() -> None:
    from db import carry

    reasons = {carry.CONFIRM_DATE, carry.CONFIRM_SURVEY, carry.OPTION_GONE}
    reasons |= {carry.SMELTER_GONE, carry.NO_MINE_LIST}
    assert reasons == set(CARRY_REASONS) and set(CARRY_REASONS) <= set(TERMS)
    found = _catalogued(confirm_findings([("company.effective_date", carry.CONFIRM_DATE)]))
    f = found["CONFIRM-CARRIED-OVER"]
    assert (f.code, f.severity, f.params) == (
        "CONFIRM-CARRIED-OVER",
        "confirm",
        {"reason": "confirm the effective date"},
    )
    assert f.message == (
        "Carried over from the previous declaration (confirm the effective date): confirm it."
    )
    assert f.hint == 'Check the value, then change it or choose "Confirm unchanged".'


def test_facility_list_findings() -> None:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.smelters = [
        Smelter(metal="Tin", smelter_id="CID000185", name="CV Gita Pesona"),  # overdue
        Smelter(metal="Tin", smelter_id="CID000292", name="Alpha"),  # not conformant
        Smelter(metal="Gold", smelter_id="CID999999", name="Nobody"),  # unknown
        Smelter(metal="Tungsten", smelter_id="CID000211", name="Chenzhou"),  # due soon
    ]
    found = _catalogued(facility_flags(decl, LIST, TODAY))
    assert found["RF-FACILITY-NOT-CONFORMANT/status"].message == (
        "Alpha is neither conformant nor active in RMI's programme (“Non-Conformant”)."
    )
    assert found["RF-FACILITY-NOT-CONFORMANT/status"].code == "RF-FACILITY-NOT-CONFORMANT"
    assert found["RF-FACILITY-UNKNOWN-CID"].message == (
        "CID999999 (Nobody) is not on RMI's facility list."
    )
    overdue = found["RF-FACILITY-REASSESSMENT-OVERDUE"]
    assert overdue.message == "CV Gita Pesona's re-assessment was due on 2026-03-10."
    assert (overdue.sheet, overdue.cell) == ("Smelter List", "F5")
    assert found["RF-FACILITY-REASSESSMENT-DUE"].message.endswith("is due on 2027-01-01.")
    old = _catalogued(facility_flags(decl, LIST, date(2027, 3, 1)))["RF-FACILITY-LIST-OLD"]
    assert old.message == "The RMI facility list is 101 days old (from 2026-11-20)."
    assert old.hint == (
        "Download the current list from RMI's website and import it again; lists older than "
        "90 days miss status changes."
    )


def test_amrt_mineral_findings() -> None:
    tpl = templates.get("AMRT", "1.3")
    decl = new_declaration(tpl)
    decl.minerals_in_scope = ["铝", *[f"Mineral {i}" for i in range(10)]]
    found = _catalogued(mineral_name_flags(decl, tpl))
    assert found["RF-AMRT-MINERAL-NOT-ENGLISH"].message == (
        'The mineral "铝" is not named in English.'
    )
    assert found["RF-AMRT-TOO-MANY-MINERALS"].message == (
        "The declaration names 11 minerals; the AMRT 1.3 holds 10."
    )


def test_amrt_cells_findings() -> None:
    tpl = templates.get("AMRT", "1.3")
    choice = tpl.mineral_choice
    assert choice is not None and choice.other_option is not None
    cells = {choice.cells[0]: Cell("s", choice.other_option), choice.cells[1]: Cell("s", "Cobalt")}
    findings: list[Finding] = []
    amrt_cells.amrt_minerals(tpl, cells.get, findings, True)
    decl = new_declaration(tpl)
    decl.minerals_in_scope = ["Cobalt"]
    decl.ensure_shape()
    amrt_cells.apply_reasons(decl, [{"mineral": "Unobtainium", "reason": "r"}], findings)
    found = _catalogued(findings)
    other = found["FILE-AMRT-OTHER-UNNAMED"]
    assert other.message == (
        f'Mineral cell {choice.cells[0]} says "{choice.other_option}" but no mineral is named '
        f"in {choice.other_cells[0]}; it was left out."
    )
    assert found["FILE-AMRT-REASON-NOT-IN-SCOPE"].message == (
        'The Minerals Scope sheet gives a reason for "Unobtainium", which is not a mineral of '
        "this declaration; it was left out."
    )


@pytest.mark.parametrize(
    ("typed", "message_id", "message"),
    [
        (
            "03/04/2025",
            "FILE-AMBIGUOUS-DATE",
            "Effective Date (*) was typed as text in which day and month could be swapped: read "
            "as 04-Mar-2025; it could also mean 03-Apr-2025.",
        ),
        (
            "01-Jan-0001",
            "FILE-DATE-OUT-OF-RANGE",
            "Effective Date (*) holds '01-Jan-0001', a date Excel cannot hold; it was kept as "
            "written.",
        ),
        (
            "soon",
            "FILE-RAW-VALUE",
            "Effective Date (*) holds 'soon', which is not a date; it was kept as written.",
        ),
    ],
)
def test_reader_date_findings(tmp_path: Path, typed: str, message_id: str, message: str) -> None:
    sheet = DECLARATION.replace(
        "</sheetData>",
        f'<row r="22"><c r="D22" t="inlineStr"><is><t>{typed}</t></is></c></row></sheetData>',
    )
    path = make_xlsx(tmp_path / "dated.xlsx", parts={"xl/worksheets/sheet1.xml": sheet})
    found = _catalogued(reader.read_file(path).findings)
    assert found[message_id].message == message and found[message_id].cell == "D22"


def test_untrusted_text_findings() -> None:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = "x" * 40_000
    decl.company.contact_name = "a\x00b\x1bc"
    where = {"company.name": ("Declaration", "D8")}
    found = _catalogued(clean_declaration(decl, where.get))
    assert found["FILE-TEXT-TOO-LONG"].message == (
        "Declaration!D8 holds 40,000 characters, more than an Excel cell can hold (32,767); it "
        "was read, but cannot be exported until shortened."
    )
    assert found["FILE-TEXT-REPLACED"].message == (
        "company.contact_name held characters that cannot be stored or sent (a broken "
        "character code or NUL); each was replaced by \ufffd."
    )
    assert found["FILE-CONTROL-CHARACTERS"].message == (
        "company.contact_name holds invisible control characters (such as ESC); they were "
        "kept as written."
    )


def test_export_and_macro_findings() -> None:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.effective_date = "0001-01-01"
    found = _catalogued(export_findings(decl))
    assert found["EXPORT-DATE-NOT-EXCEL"].message == (
        "Effective Date (*) is 0001-01-01, a date Excel cannot hold (it knows 1 March 1900 to "
        "31 December 9999); it was written as text."
    )
    macros = _catalogued([Finding.of("FILE-MACROS", "warning", "template")])["FILE-MACROS"]
    assert macros.message.startswith("The workbook contains macros")


def test_a_list_sheet_that_is_not_a_worksheet(tmp_path: Path) -> None:
    r_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{r_ns}/{kind}" Target="{kind}s/sheet{i}.xml"/>'
        for i, kind in ((1, "worksheet"), (2, "chartsheet"), (3, "worksheet"))
    )
    rels += f'<Relationship Id="rIdS" Type="{r_ns}/sharedStrings" Target="sharedStrings.xml"/>'
    path = make_xlsx(
        tmp_path / "chart.xlsx",
        parts={
            "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.'
            f'org/package/2006/relationships">{rels}</Relationships>',
            "xl/chartsheets/sheet2.xml": DECLARATION.replace("worksheet", "chartsheet"),
        },
    )
    found = _catalogued(reader.read_file(path).findings)["FILE-SHEET-NOT-WORKSHEET"]
    assert found.message == (
        "The Smelter List is a chartsheet, not a worksheet; nothing was read from it."
    )
    assert found.params["sheet_name"] in TERMS
