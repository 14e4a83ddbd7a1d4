"""`mrtdesk intake` over the shared fixtures: one verdict per file, documented exit codes, JSON;
with --campaign the results are recorded; `suppliers import` / `list`."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from db.store import Store
from desktop.cli.main import main
from forms.suppliers.model import Campaign, RequestedTemplate, SupplierState
from tests.unit.facilities.list_files import write_csv

Capture = pytest.CaptureFixture[str]


def test_intake_over_the_shared_fixtures(shared_dir: Path, tmp_path: Path, capsys: Capture) -> None:
    base = ["--data-dir", str(tmp_path / "data")]
    fixtures = shared_dir / "fixtures"
    code = main([*base, "intake", str(fixtures), "--json"])
    rows = json.loads(capsys.readouterr().out)
    files = sorted(p.name for p in fixtures.rglob("*") if p.suffix in {".xlsx", ".xls"})
    assert sorted(r["file"] for r in rows) == files
    assert code == 1  # some files are not accepted, some are readable
    by_file = {r["file"]: r for r in rows}
    assert by_file["CMRT_6.4_JX_Advanced_Metals.xlsx"]["verdict"] == "amber"
    assert by_file["CMRT_6.4_SK_specialty.xlsx"]["verdict"] == "red"
    assert by_file["jpeg_renamed.xls"]["readable"] is False
    assert by_file["jpeg_renamed.xls"]["reasons"][0]["code"] == "INTAKE-UNREADABLE"

    assert (
        main([*base, "intake", str(fixtures / "filled" / "CMRT_6.4_JX_Advanced_Metals.xlsx")]) == 0
    )
    line = capsys.readouterr().out
    assert line.startswith("AMBER  CMRT_6.4_JX_Advanced_Metals.xlsx  CMRT 6.4")
    assert main([*base, "intake", str(fixtures / "bad" / "jpeg_renamed.xls")]) == 2
    assert main([*base, "intake", str(tmp_path / "nothing-here")]) == 2
    capsys.readouterr()


def test_intake_with_a_campaign_records_the_verdicts(
    shared_dir: Path, tmp_path: Path, capsys: Capture
) -> None:
    data = tmp_path / "data"
    listing = write_csv(
        tmp_path / "suppliers.csv",
        [["Company", "E-mail"], ["JX Advanced Metals Corporation", "a@jx.example.jp"],
         ["SK specialty Co., Ltd", ""]],
    )  # fmt: skip
    assert main(["--data-dir", str(data), "suppliers", "import", str(listing)]) == 0
    assert "2 supplier(s) added" in capsys.readouterr().out
    with Store.open(data) as store:
        ids = [s.id for s in store.suppliers()]
        campaign = Campaign("H2", "2026 H2", date(2026, 12, 15),
                            (RequestedTemplate("CMRT", "6.5", "6.31"),))  # fmt: skip
        cid = store.add_campaign(campaign, ids)
    received = tmp_path / "in"
    shutil.copytree(shared_dir / "fixtures" / "filled", received)
    assert main(["--data-dir", str(data), "intake", str(received), "--campaign", str(cid)]) == 1
    capsys.readouterr()
    with Store.open(data) as store:
        states = {e.entry.supplier.name: e.entry.state for e in store.campaign_entries(cid)}
    assert states == {
        "JX Advanced Metals Corporation": SupplierState.ACCEPTED,
        "SK specialty Co., Ltd": SupplierState.RECEIVED,
    }
    assert main(["--data-dir", str(data), "intake", str(received), "--campaign", "99"]) == 2
    assert "no campaign 99" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "suppliers", "list", "--json"]) == 0
    assert next(s["name"] for s in json.loads(capsys.readouterr().out)).startswith("JX")
