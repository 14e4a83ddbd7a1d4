"""The supplier loop in the app, end to end: three suppliers, a campaign for CMRT 6.5 with a due
date, the request e-mails (parsed back: the official blank attached), two filled files and a
broken one checked (one accepted, one sent back with a feedback e-mail, one unreadable), the
response share and the suggested question-6 answer, and the accepted file's smelters rolled up
into one's own declaration."""

from __future__ import annotations

import email
import shutil
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from desktop.suppliers import campaign_panel
from forms import templates
from forms.declaration import new_declaration
from forms.suppliers.model import SupplierState
from forms.suppliers.verdict import Light

FILLED = ("CMRT_6.4_JX_Advanced_Metals.xlsx", "CMRT_6.4_SK_specialty.xlsx")
SUPPLIERS = (
    ("JX Advanced Metals Corporation", "Sales <sales@jx-metals.example.jp>", "Tantalum, Tungsten"),
    ("SK specialty Co., Ltd", "Kim <kim@sk-specialty.example.kr>", ""),
    ("Silent Supplier Ltd", "x@silent-supplier.example.cn", "Tin"),
)


def _parse(path: Path) -> EmailMessage:
    msg = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_campaign_journey(qtbot, window, shared_dir: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def no_question(*_args: object) -> None:
        raise AssertionError("every file here matches its supplier for sure")

    monkeypatch.setattr(campaign_panel, "ask_supplier", no_question)
    official = shared_dir / "rmi-templates" / "RMI_CMRT_6.5.xlsx"
    window.store.add_template(official)
    sw = window.open_suppliers()

    for name, contact, metals in SUPPLIERS:
        dialog = sw.edit_supplier(None)
        dialog.name.setText(name)
        dialog.contacts.setPlainText(contact)
        dialog.metals.setText(metals)
        dialog.accept()
    assert sw.suppliers_model.rowCount() == 3

    panel = sw.campaigns
    dialog = panel.new_campaign()
    dialog.check_template("CMRT", "6.5")
    dialog.due.setDate(QDate(2099, 12, 31))
    dialog.accept()
    assert sw.tabs.currentIndex() == 1
    assert panel.entries_model.rowCount() == 3

    requests = panel.prepare_requests()
    assert len(requests) == 3
    for path in requests:
        [attachment] = list(_parse(path).iter_attachments())
        assert attachment.get_filename() == official.name
        assert attachment.get_content() == official.read_bytes()
    assert {panel.entries_model.state(e) for e in panel.entries_model.items} == {
        SupplierState.ASKED
    }

    received = [Path(shutil.copy(shared_dir / "fixtures" / "filled" / n, tmp_path)) for n in FILLED]
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    with qtbot.waitSignal(panel.intake_finished, timeout=120_000):
        panel.check_files([*received, broken])
    lights = {r.path.name: r.light for r in panel.results}
    assert lights == {FILLED[0]: Light.AMBER, FILLED[1]: Light.RED, "broken.xlsx": Light.RED}
    assert not panel.results[2].verdict.readable
    states = {e.entry.supplier.name: e.entry.state for e in panel.entries_model.items}
    assert states == {
        SUPPLIERS[0][0]: SupplierState.ACCEPTED,
        SUPPLIERS[1][0]: SupplierState.RECEIVED,
        SUPPLIERS[2][0]: SupplierState.ASKED,
    }

    assert panel.feedback_button.isEnabled()
    feedback = panel.prepare_feedback()
    assert feedback is not None
    msg = _parse(feedback)
    assert msg["To"] == "Kim <kim@sk-specialty.example.kr>"
    body = msg.get_body(("plain",)).get_content()
    assert 'The scope is "Product" but the first Product List row has no product number.' in body
    assert "Product List sheet" in body
    states = {e.entry.supplier.name: e.entry.state for e in panel.entries_model.items}
    assert states[SUPPLIERS[1][0]] is SupplierState.SENT_BACK

    text = panel.response.text()
    assert "Tin: 1 of 2 asked suppliers answered (50%) → question 6: “50% or less”" in text
    assert "Tantalum: 2 of 2 asked suppliers answered (100%) → question 6: “100%”" in text

    own = new_declaration(templates.get("CMRT", "6.5"))
    decl_id = window.store.create(own)
    panel.refresh()
    added, answers = panel.fill_declaration(decl_id)
    stored = window.store.load(decl_id).declaration
    assert added > 0 and len(stored.smelters) == added
    assert all(s.comments.startswith("Reported by: JX Advanced Metals") for s in stored.smelters)
    assert answers == 4
    assert stored.answer("Tantalum", "6") == "100%" and stored.answer("Tin", "6") == "50% or less"
    sw.close()


@pytest.mark.parametrize("name", ["suppliers.csv"])
def test_import_list_and_add_from_a_received_file(
    qtbot, window, shared_dir, tmp_path, name
) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.facilities.list_files import write_csv

    sw = window.open_suppliers()
    listing = write_csv(tmp_path / name, [["Company", "Email"], ["Acme", "a@acme.example"]])
    assert sw.import_list(listing) == (1, 0)
    sid = sw.add_from_file(shared_dir / "fixtures" / "filled" / FILLED[0])
    assert sid is not None
    names = [s.supplier.name for s in window.store.suppliers()]
    assert names == ["Acme", "JX Advanced Metals Corporation"]
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n")
    assert sw.import_list(bad) is None and "Not imported" in sw.status.text()
    sw.close()
