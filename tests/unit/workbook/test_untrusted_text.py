"""Text from workbooks and JSON is untrusted (issue 20, 3 and 9): lone surrogates and NUL are
replaced with a red flag naming the cell, control characters are kept and flagged, and the
declaration then goes through the store, both exports, JSON and the review PDF without a
traceback; hostile JSON gives a clear error."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from forms import declaration_json
from forms.declaration import to_json
from forms.workbook import reader
from forms.workbook.writer import export_layout
from tests.unit.workbook.test_hostile import DECLARATION, NS, make_xlsx

ROOT = Path(__file__).resolve().parents[3]


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


HOSTILE_DECLARATION = DECLARATION.replace(
    "</sheetData>",
    f'<row r="8">{_inline("D8", "&#xD800;Acme&#0;")}</row>'
    f'<row r="15">{_inline("D15", "Ann _x001B_[31mRed_x001B_[0m")}</row>'
    "</sheetData>",
)
SMELTERS = (
    f'<worksheet xmlns="{NS}"><sheetData><row r="5">{_inline("B5", "Tin")}'
    f"{_inline('D5', 'Smelter _xDFFF_ one')}{_inline('Q5', 'bell&#x7;')}</row>"
    "</sheetData></worksheet>"
)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return make_xlsx(
        tmp_path / "hostile.xlsx",
        parts={
            "xl/worksheets/sheet1.xml": HOSTILE_DECLARATION,
            "xl/worksheets/sheet2.xml": SMELTERS,
        },
    )


def test_unstorable_characters_are_replaced_and_flagged_with_their_cell(hostile: Path) -> None:
    result = reader.read_file(hostile)
    decl = result.declaration
    assert decl.company.name == "\ufffdAcme\ufffd"
    assert decl.smelters[0].name == "Smelter \ufffd one"
    assert decl.company.contact_name == "Ann \x1b[31mRed\x1b[0m"  # kept, as written
    flags = {(f.code, f.sheet, f.cell) for f in result.findings}
    assert ("FILE-TEXT-REPLACED", "Declaration", "D8") in flags
    assert ("FILE-TEXT-REPLACED", "Smelter List", "D5") in flags
    assert ("FILE-CONTROL-CHARACTERS", "Declaration", "D15") in flags
    assert ("FILE-CONTROL-CHARACTERS", "Smelter List", "Q5") in flags
    replaced = next(f for f in result.findings if f.cell == "D8")
    assert replaced.severity == "warning" and replaced.path == "company.name"
    assert "Declaration!D8" in replaced.message


def test_the_read_declaration_goes_everywhere_without_a_traceback(
    hostile: Path, tmp_path: Path, templates_dir: Path
) -> None:
    from db.store import Store
    from forms.review.report import ReportInput, build_report
    from forms.review.status import Status
    from forms.workbook.writer import export_official

    decl = reader.read_file(hostile).declaration
    store = Store.open(tmp_path / "data")
    decl_id = store.import_workbook(hostile)
    assert store.load(decl_id).declaration.company.name == decl.company.name
    official = export_official(decl, templates_dir / "RMI_CMRT_6.5.xlsx", tmp_path / "o.xlsx")
    layout = export_layout(decl, tmp_path / "layout.xlsx")
    for result in (official, layout):
        back = reader.read_file(result.path).declaration
        assert back.company.contact_name == "Ann \x1b[31mRed\x1b[0m"
        assert back.smelters[0].name == "Smelter \ufffd one"
    text = declaration_json.dumps(decl)
    (tmp_path / "d.json").write_text(text, encoding="utf-8")
    again, errors = declaration_json.load(tmp_path / "d.json")
    assert errors == [] and again is not None and again.company.name == decl.company.name
    pdf = build_report(ReportInput(decl, Status.DRAFT, datetime(2026, 12, 1, tzinfo=UTC)))
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize("command", [["inspect", "--json"], ["check"], ["inspect"]])
def test_command_line_reads_it_without_a_traceback(hostile: Path, command: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", command[0], str(hostile), *command[1:]],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert b"Traceback" not in proc.stderr, proc.stderr.decode(errors="replace")
    assert proc.returncode in (0, 1)


def test_json_with_a_lone_surrogate_is_reported_and_dumps_stay_writable(tmp_path: Path) -> None:
    from forms import templates
    from forms.declaration import new_declaration

    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = "Bad \ud800 name"
    text = declaration_json.dumps(decl)
    text.encode("utf-8")  # writable
    assert "Bad \ufffd name" in text
    doc = to_json(new_declaration(templates.get("CMRT", "6.5")))
    doc["company"]["name"] = "x\ud800"
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(doc), encoding="utf-8")  # "\ud800" escaped, as JSON allows
    _, errors = declaration_json.load(path)
    assert [e.path for e in errors] == ["company.name"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"company": {"name": ' + "9" * 5001 + "}}", "digits"),
        ('{"company": {"name": NaN}}', "NaN"),
        ('{"company": {"name": Infinity}}', "Infinity"),
        ('{"company": {"name": 1e400}}', "too large"),
    ],
    ids=["nested", "5001-digits", "nan", "infinity", "overflow"],
)
def test_hostile_json_gives_a_clear_error(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    decl, errors = declaration_json.load(path)
    assert decl is None and len(errors) == 1
    assert words in errors[0].message


def test_nan_in_a_parsed_document_is_never_exported_as_nan() -> None:
    doc = to_json(_cmrt())
    doc["company"]["name"] = float("nan")
    doc["products"] = [{"number": float("inf"), "name": "x"}]
    decl, errors = declaration_json.from_json(doc)
    assert {e.path for e in errors} == {"company.name", "products[0].number"}
    assert decl is not None and decl.company.name is None


def _cmrt():  # type: ignore[no-untyped-def]
    from forms import templates
    from forms.declaration import new_declaration

    return new_declaration(templates.get("CMRT", "6.5"))


def test_json_from_a_fifo_is_refused(tmp_path: Path) -> None:
    import os

    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    decl, errors = declaration_json.load(path)
    assert decl is None and "not a regular file" in errors[0].message


def test_a_roll_up_with_control_characters_and_surrogates_completes(
    hostile: Path, tmp_path: Path
) -> None:
    from forms.rollup import rollup, write_workbook

    rolled = rollup([hostile, hostile])
    assert all(s.status == "ok" for s in rolled.suppliers)
    write_workbook(rolled, tmp_path / "rollup.xlsx")
    back = openpyxl_values(tmp_path / "rollup.xlsx")
    assert "Smelter \ufffd one" in back


def openpyxl_values(path: Path) -> set[str]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    return {str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v}
