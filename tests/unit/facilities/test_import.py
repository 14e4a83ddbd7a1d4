"""Importing a facility list: three formats, headers in any order and spelling, missing
columns, blank rows, dates in several formats, and bad files refused whole."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from forms.facilities import FacilityListError, FacilityState
from forms.facilities.importer import import_file
from tests.unit.facilities.list_files import (
    HEADER,
    ROWS,
    write_csv,
    write_spreadsheet_ml,
    write_xlsx,
)

WRITERS = {"csv": write_csv, "xlsx": write_xlsx, "xml": write_spreadsheet_ml}


@pytest.mark.parametrize("fmt", WRITERS)
def test_each_format_reads_every_row_and_field(tmp_path: Path, fmt: str) -> None:
    path = WRITERS[fmt](tmp_path / f"facilities.{fmt}", [HEADER, *ROWS])
    got = import_file(path, as_of=date(2026, 11, 20))
    assert [f.cid for f in got.facilities] == [r[0] for r in ROWS]
    gita = got.facilities[0]
    assert (gita.name, gita.metal, gita.country) == ("CV Gita Pesona", "Tin", "Indonesia")
    assert gita.state is FacilityState.CONFORMANT
    assert gita.last_assessment == date(2025, 3, 10)
    assert gita.cycle_years == 1 and gita.programme == "RMAP"
    assert gita.next_assessment == date(2026, 3, 10)
    assert got.facilities[1].cycle_years == 3
    assert got.facilities[2].state is FacilityState.ACTIVE
    assert got.facilities[3].state is FacilityState.NOT_ENROLLED
    assert got.missing == ()
    assert got.columns["cid"] == "Smelter ID"
    assert got.as_of == date(2026, 11, 20)


@pytest.mark.parametrize("fmt", WRITERS)
def test_headers_in_another_order_and_spelling(tmp_path: Path, fmt: str) -> None:
    header = ["Date of last audit", "RMAP status", "Facility Name", "facility id", "Mineral",
              "Country", "Audit cycle"]  # fmt: skip
    rows = [
        ["15-Jan-2024", "Conformant", "8853 S.p.A.", "CID002763", "Gold", "Italy", "3 years"],
        ["March 10, 2025", "Active", "CV Gita Pesona", "cid185", "Tin", "Indonesia", ""],
    ]
    got = import_file(WRITERS[fmt](tmp_path / f"l.{fmt}", [header, *rows]))
    assert [f.cid for f in got.facilities] == ["CID002763", "CID000185"]
    assert got.facilities[0].last_assessment == date(2024, 1, 15)
    assert got.facilities[0].cycle_years == 3
    assert got.facilities[1].last_assessment == date(2025, 3, 10)
    assert got.missing == ("programme",)
    assert got.columns["status"] == "RMAP status"


def test_missing_columns_are_named_and_the_rest_still_reads(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", [["Smelter ID", "Status"], ["CID000185", "Conformant"]])
    got = import_file(path)
    assert got.facilities[0].state is FacilityState.CONFORMANT
    assert set(got.missing) == {
        "name", "metal", "country", "last assessment date", "assessment cycle", "programme"
    }  # fmt: skip


def test_blank_rows_title_rows_and_the_lists_date_above_the_header(tmp_path: Path) -> None:
    table = [HEADER, [], ROWS[0], [None] * 8, ["", "", ""], ROWS[1]]
    path = write_xlsx(tmp_path / "conformant.xlsx", table, title="Exported: 2026-10-02")
    got = import_file(path)
    assert [f.cid for f in got.facilities] == ["CID000185", "CID002763"]
    assert got.as_of == date(2026, 10, 2)


def test_the_lists_date_from_the_file_name_else_the_files_day(tmp_path: Path) -> None:
    named = write_csv(tmp_path / "rmi_conformant_2026-09-30.csv", [HEADER, ROWS[0]])
    assert import_file(named).as_of == date(2026, 9, 30)
    plain = write_csv(tmp_path / "list.csv", [HEADER, ROWS[0]])
    os.utime(plain, (1_767_225_600, 1_767_225_600))  # 2026-01-01
    assert import_file(plain).as_of == date(2026, 1, 1)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["12/31/2024", "01/02/2025"], [date(2024, 12, 31), date(2025, 1, 2)]),  # US column
        (["31/12/2024", "01/02/2025"], [date(2024, 12, 31), date(2025, 2, 1)]),  # day-first
        (["2024-12-31", "45658"], [date(2024, 12, 31), date(2025, 1, 1)]),  # ISO and serial
        (["31.12.2024", "1 Feb 2025"], [date(2024, 12, 31), date(2025, 2, 1)]),
    ],
)
def test_dates_in_several_formats(tmp_path: Path, cells: list[str], expected: list[date]) -> None:
    table = [["Smelter ID", "Status", "Last assessment date"]] + [
        [f"CID00000{i}", "Conformant", c] for i, c in enumerate(cells, start=1)
    ]
    got = import_file(write_csv(tmp_path / "l.csv", table))
    assert [f.last_assessment for f in got.facilities] == expected


def test_real_dates_and_numbers_from_xlsx(tmp_path: Path) -> None:
    table = [["Facility ID", "Status", "Last Audit Date", "Cycle"],
             ["CID000185", "Conformant", date(2025, 3, 10), 2]]  # fmt: skip
    got = import_file(write_xlsx(tmp_path / "l.xlsx", table))
    assert got.facilities[0].last_assessment == date(2025, 3, 10)
    assert got.facilities[0].cycle_years == 2


def test_semicolon_csv_in_cp1252(tmp_path: Path) -> None:
    table = [HEADER, ["CID000185", "Fundição Ré", "Tin", "Brazil", "Active", "", "", ""]]
    got = import_file(write_csv(tmp_path / "l.csv", table, delimiter=";", encoding="cp1252"))
    assert got.facilities[0].name == "Fundição Ré"


def test_a_list_without_status_needs_to_be_told_which_list_it_is(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", [["Smelter ID", "Smelter Name"], ["CID000185", "X"]])
    with pytest.raises(FacilityListError, match="no status column"):
        import_file(path)
    got = import_file(path, default_state=FacilityState.ACTIVE)
    assert got.facilities[0].state is FacilityState.ACTIVE


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no column of smelter or facility IDs"),
        (b"Name,Country\nAlpha,US\n", "no column of smelter or facility IDs"),
        (b"Smelter ID,Status\nnot-a-cid,Conformant\n", "lists no smelter"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old binary Excel"),
        (b"PK\x03\x04garbage", "damaged or password-protected"),
        (b"<html><body>RMI</body></html>", "not a facility list"),
        (b"\x00\x01\x02\x03" * 100, "not a text, Excel or XML"),
    ],
)
def test_bad_files_get_a_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(FacilityListError, match=message):
        import_file(path)


def test_hostile_xml_spreadsheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">&a;</Workbook>'
    )
    with pytest.raises(FacilityListError, match="damaged XML Spreadsheet"):
        import_file(path)


def test_a_folder_or_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FacilityListError, match="not a file"):
        import_file(tmp_path)
    with pytest.raises(FacilityListError, match="not a file"):
        import_file(tmp_path / "absent.csv")
