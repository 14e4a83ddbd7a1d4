"""Intake over real received files: one verdict per file, in order, on every core; the exit
codes; and the supplier list read from CSV or Excel."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from forms.suppliers.directory import SupplierListError, read_suppliers
from forms.suppliers.intake import exit_code, intake
from forms.suppliers.model import Campaign, Contact, RequestedTemplate, Supplier
from forms.suppliers.verdict import Light
from tests.unit.facilities.list_files import write_csv, write_xlsx

CAMPAIGN = Campaign(
    "2026 H2", "2026 H2", date(2026, 12, 15),
    (RequestedTemplate("CMRT", "6.5", accepted_from="6.31"),),
)  # fmt: skip
SUPPLIERS = [
    Supplier("JX Advanced Metals Corporation", (Contact("", "a@jx.example.jp"),)),
    Supplier("SK specialty", ()),
    Supplier("Someone Else", ()),
]


@pytest.fixture
def received(shared_dir: Path, tmp_path: Path) -> list[Path]:
    filled = shared_dir / "fixtures" / "filled"
    out = [
        Path(shutil.copy(filled / "CMRT_6.4_JX_Advanced_Metals.xlsx", tmp_path)),
        Path(shutil.copy(filled / "CMRT_6.4_SK_specialty.xlsx", tmp_path)),
    ]
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a workbook")
    return [out[0], bad, out[1]]


@pytest.mark.parametrize("workers", [1, 2])
def test_one_verdict_per_file_in_order(received: list[Path], workers: int) -> None:
    results = list(intake(received, SUPPLIERS, campaign=CAMPAIGN, workers=workers))
    assert [r.path for r in results] == received
    jx, bad, sk = results
    assert jx.light is Light.AMBER and jx.verdict.accepted
    assert jx.match.supplier == SUPPLIERS[0] and jx.match.sure
    assert bad.light is Light.RED and not bad.verdict.readable
    assert bad.match.supplier is None
    assert sk.light is Light.RED and sk.verdict.readable and sk.verdict.checker_remaining == 1
    assert sk.match.supplier == SUPPLIERS[1]
    assert exit_code(results) == 1


def test_exit_codes(received: list[Path]) -> None:
    jx, bad, _sk = received
    assert exit_code(list(intake([jx], campaign=CAMPAIGN))) == 0
    assert exit_code(list(intake([bad, bad]))) == 2


def test_supplier_list_from_csv_and_xlsx(tmp_path: Path) -> None:
    table = [
        ["Supplier name", "Contact person", "E-mail", "Metals", "Part numbers", "Language"],
        ["Acme Cables", "Li Wei", "li@acme.cn; sales@acme.cn", "Tin, Gold", "P-1/P-2", "zh_CN"],
        ["", "", "", "", "", ""],
        ["Beta GmbH", "", "", "", "", ""],
    ]
    for path in (write_csv(tmp_path / "s.csv", table), write_xlsx(tmp_path / "s.xlsx", table)):
        acme, beta = read_suppliers(path)
        assert acme.name == "Acme Cables" and acme.language == "zh_CN"
        assert acme.contacts == (Contact("Li Wei", "li@acme.cn"), Contact("", "sales@acme.cn"))
        assert acme.metals == ("Tin", "Gold") and acme.parts == ("P-1", "P-2")
        assert beta == Supplier("Beta GmbH")
    bad = write_csv(tmp_path / "bad.csv", [["Foo", "Bar"], ["1", "2"]])
    with pytest.raises(SupplierListError, match="no header row with a company column"):
        read_suppliers(bad)
