"""Every template is verified before anything is written into it (issue 14, points 2 and 3):
RMI's own workbooks match their definitions; re-stamped copies of the newest ones are accepted as
a known layout; a copy whose structure differs from what it claims is refused, naming how."""

from __future__ import annotations

from pathlib import Path

import pytest

from forms import templates
from forms.workbook import verify
from forms.workbook.library import TemplateLibrary
from forms.workbook.package import Package, UnreadableWorkbook
from forms.workbook.reader import read_file, read_package
from tests.conftest import TEMPLATE_FILES
from tests.restamp import NEWEST, NEWEST_VERSION, move_validation, restamp

VARIANTS = ("RMI_CRT_2.2_zh_variant_a.xlsx", "RMI_CRT_2.2_zh_variant_b.xlsx")
FILLED = ("CMRT_6.4_JX_Advanced_Metals.xlsx", "CMRT_6.4_SK_specialty.xlsx")
NEXT = {"CMRT": "6.7", "EMRT": "2.12", "CRT": "2.3"}
# The newest known layout each re-stamped copy matches (CRT 2.21 has 2.2's structure).
LAYOUT = {"CMRT": "6.5", "EMRT": "2.1", "CRT": "2.21"}


def _facts(path: Path) -> verify.WorkbookFacts:
    return verify.read_facts(Package(path.read_bytes()))


@pytest.mark.parametrize("key", sorted(TEMPLATE_FILES))
def test_every_rmi_workbook_matches_its_definition(templates_dir: Path, key: str) -> None:
    family, version = key.split("-")
    facts = _facts(templates_dir / TEMPLATE_FILES[key])
    assert verify.differences(facts, templates.get(family, version)) == []
    assert verify.verify(facts, family, version).label == f"{family} {version}"


@pytest.mark.parametrize("name", [*VARIANTS, *FILLED])
def test_circulating_copies_and_filled_files_match(shared_dir: Path, name: str) -> None:
    folder = "variants" if name in VARIANTS else "filled"
    path = shared_dir / "fixtures" / folder / name
    result, pkg = read_package(path.read_bytes(), name)
    found = verify.require_template(pkg, result.template, result.version_in_file)
    assert found.template == result.template


@pytest.mark.parametrize("family", sorted(NEWEST))
def test_a_newer_revision_with_a_known_structure_is_accepted(
    tmp_path: Path, templates_dir: Path, family: str
) -> None:
    base = LAYOUT[family]
    old = NEWEST_VERSION[family]
    copy = restamp(templates_dir / NEWEST[family], old, NEXT[family], tmp_path / "next.xlsx")
    label = f"{family} {NEXT[family]} — layout of {family} {base}, verified"
    found = verify.verify(_facts(copy), family, NEXT[family])
    assert found.template == templates.get(family, base) and found.label == label
    entry = TemplateLibrary(tmp_path / "lib").add(copy)
    assert (entry.version, entry.layout_version, entry.label) == (NEXT[family], base, label)
    assert TemplateLibrary(tmp_path / "lib").find(family, base) == entry
    result = read_file(copy)
    assert (result.template.key, result.version_in_file) == (f"{family}-{base}", NEXT[family])
    assert "FILE-NEWER-VERIFIED" in [f.code for f in result.findings]


def test_cmrt_65_restamped_66_is_checked_against_66_and_refused(
    tmp_path: Path, templates_dir: Path
) -> None:
    """6.6 adds the requester columns to the Product List, so 6.5's structure is not 6.6's."""
    copy = restamp(templates_dir / "RMI_CMRT_6.5.xlsx", "6.5", "6.6", tmp_path / "66.xlsx")
    found = verify.differences(_facts(copy), templates.get("CMRT", "6.6"))
    assert [d.where for d in found] == ["Product List!D5", "Product List!E5", "Product List!F5"]
    with pytest.raises(verify.TemplateMismatch) as refused:
        TemplateLibrary(tmp_path / "lib").add(copy)
    message = str(refused.value)
    assert message.startswith("66.xlsx: it says it is CMRT 6.6, but its structure differs")
    assert 'Product List!D5: expected "Requester Product Number", found "Comments"' in message
    assert not (tmp_path / "lib" / "templates").exists()


def test_emrt_21_restamped_211_is_refused_for_its_date_bound(
    tmp_path: Path, templates_dir: Path
) -> None:
    copy = restamp(templates_dir / "RMI_EMRT_2.1_zh.xlsx", "2.1", "2.11", tmp_path / "211.xlsx")
    found = verify.differences(_facts(copy), templates.get("EMRT", "2.11"))
    assert [str(d) for d in found] == [
        "Declaration!D26: expected a date from 01-Jan-2007 to no end, "
        "found a date from 31-Dec-2006 to 31-Mar-2026"
    ]


def test_crt_22_restamped_221_matches_221(tmp_path: Path, templates_dir: Path) -> None:
    copy = restamp(templates_dir / "RMI_CRT_2.2_zh.xlsx", "2.2", "2.21", tmp_path / "221.xlsx")
    entry = TemplateLibrary(tmp_path / "lib").add(copy)
    assert (entry.family, entry.version, entry.label) == ("CRT", "2.21", "CRT 2.21")


@pytest.mark.parametrize("claimed", [None, "6.7"])
def test_a_moved_validation_is_refused(
    tmp_path: Path, templates_dir: Path, claimed: str | None
) -> None:
    source = templates_dir / "RMI_CMRT_6.5.xlsx"
    if claimed:
        source = restamp(source, "6.5", claimed, tmp_path / "restamped.xlsx")
    moved = move_validation(source, "D32:E32", "D36:E36", tmp_path / "moved.xlsx")
    with pytest.raises(verify.TemplateMismatch) as refused:
        TemplateLibrary(tmp_path / "lib").add(moved)
    message = str(refused.value)
    assert "Declaration!D32: expected a drop-down of Yes / No, found no validation" in message
    assert f"it says it is CMRT {claimed or '6.5'}" in message
    assert refused.value.kind == "template-mismatch"


def test_relaxed_label_comparison() -> None:
    assert verify.relaxed("Responder’s Product Number (*)") == verify.relaxed(
        "Responder Product Number"
    )
    assert verify.relaxed("Smelter Name (1)") == verify.relaxed("Smelter  Name")
    assert verify.relaxed("Requester Product Number") != verify.relaxed("Comments")


def test_unknown_older_revision_is_not_guessed(templates_dir: Path) -> None:
    facts = _facts(templates_dir / "RMI_CMRT_6.5.xlsx")
    with pytest.raises(UnreadableWorkbook) as refused:
        verify.verify(facts, "CMRT", "6.45")
    assert refused.value.kind == "unsupported-version"


def test_a_newer_revision_is_refused_against_its_closest_layout(
    tmp_path: Path, templates_dir: Path
) -> None:
    source = restamp(templates_dir / "RMI_CMRT_6.5.xlsx", "6.5", "6.7", tmp_path / "67.xlsx")
    moved = move_validation(source, "D32:E32", "D36:E36", tmp_path / "moved.xlsx")
    with pytest.raises(verify.TemplateMismatch) as refused:
        verify.verify(_facts(moved), "CMRT", "6.7")
    assert [str(d) for d in refused.value.differences] == [
        "Declaration!D32: expected a drop-down of Yes / No, found no validation"
    ]
    assert "(compared with the layout of CMRT 6.5)" in str(refused.value)


def test_whole_sheet_validations_are_not_expanded(tmp_path: Path) -> None:
    """A forged Declaration whose rules cover the whole sheet, with a whole-sheet list source,
    is compared cell by cell without expanding either range (it is refused, not hung on)."""
    from tests.unit.workbook.test_hostile import NS, make_xlsx

    rules = "".join(
        '<dataValidation type="list" sqref="A1:XFD1048576">'
        "<formula1>$A$1:$XFD$1048576</formula1></dataValidation>"
        for _ in range(50)
    )
    sheet = (
        f'<worksheet xmlns="{NS}"><sheetData/><dataValidations count="50">{rules}'
        "</dataValidations></worksheet>"
    )
    path = make_xlsx(tmp_path / "forged.xlsx", parts={"xl/worksheets/sheet1.xml": sheet})
    facts = _facts(path)
    assert facts.validations["D32"] == verify.Validation("list", ())
    with pytest.raises(verify.TemplateMismatch):
        verify.verify(facts, "CMRT", "6.5")


def test_an_emrt_21_with_the_211_date_rule_verifies_as_211_and_takes_an_export(
    tmp_path: Path, templates_dir: Path
) -> None:
    """What the public facts say EMRT 2.11 is (2.1 without the date's end), built from the 2.1
    workbook: verified as EMRT 2.11 and written into like any official template."""
    from forms.declaration_json import load
    from forms.workbook.writer import export_official
    from tests.restamp import open_end_date

    opened = open_end_date(templates_dir / "RMI_EMRT_2.1_zh.xlsx", tmp_path / "open.xlsx")
    copy = restamp(opened, "2.1", "2.11", tmp_path / "211.xlsx")
    assert verify.verify(_facts(copy), "EMRT", "2.11").label == "EMRT 2.11"
    data = Path(__file__).resolve().parents[2] / "data" / "emrt-2.1-complete.json"
    decl, problems = load(data)
    assert decl is not None and not problems
    decl.version = "2.11"
    decl.company.effective_date = "2026-05-01"  # after 2.1's end date, fine in 2.11
    result = export_official(decl, copy, tmp_path / "out.xlsx")
    assert result.checker_remaining == 0
    back = read_file(tmp_path / "out.xlsx")
    assert (back.template.key, back.declaration.company.effective_date) == (
        "EMRT-2.11",
        "2026-05-01",
    )
