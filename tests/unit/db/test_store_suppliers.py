"""The store's supplier loop: suppliers added, imported and updated by name; a campaign with an
entry per supplier; asked, received, accepted, sent back and overdue."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.store import Store
from forms.suppliers.model import (
    Campaign,
    Contact,
    RequestedTemplate,
    Supplier,
    SupplierState,
)
from forms.suppliers.verdict import Light, Reason, Verdict

ACME = Supplier("Acme", (Contact("Li", "li@acme.cn"),), ("Tin",), ("P-1",), "zh_CN", "note")
CAMPAIGN = Campaign(
    "H2", "2026 H2", date(2026, 12, 15), (RequestedTemplate("CMRT", "6.5", "6.31"),)
)


def test_suppliers_round_trip_and_import_updates_by_name(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        acme_id = store.save_supplier(ACME)
        assert [s.supplier for s in store.suppliers()] == [ACME]
        added, updated = store.import_suppliers(
            [Supplier("Acme", metals=("Gold",)), Supplier("Beta")]
        )
        assert (added, updated) == (1, 1)
        by_name = {s.supplier.name: s for s in store.suppliers()}
        assert by_name["Acme"].id == acme_id and by_name["Acme"].supplier.metals == ("Gold",)
        store.delete_supplier(by_name["Beta"].id)
        assert [s.supplier.name for s in store.suppliers()] == ["Acme"]


def test_campaign_states(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        a = store.save_supplier(ACME)
        b = store.save_supplier(Supplier("Beta"))
        c = store.save_supplier(Supplier("Gamma"))
        cid = store.add_campaign(CAMPAIGN, [a, b, c])
        assert store.campaign(cid) == CAMPAIGN
        assert [s.campaign for s in store.campaigns()] == [CAMPAIGN]
        states = lambda: {e.entry.supplier.name: e.entry.state for e in store.campaign_entries(cid)}  # noqa: E731
        assert set(states().values()) == {SupplierState.NOT_ASKED}
        store.mark_asked(cid, [a, b, c], date(2026, 11, 1))
        good = Verdict(Light.AMBER, (Reason(Light.AMBER, "INTAKE-RED-FLAGS", "2 red flags"),))
        bad = Verdict(Light.RED, (Reason(Light.RED, "INTAKE-CHECKER", "1 missing"),))
        assert store.record_intake(cid, a, tmp_path / "a.xlsx", good, date(2026, 11, 20)) is (
            SupplierState.ACCEPTED
        )
        assert store.record_intake(cid, b, tmp_path / "b.xlsx", bad, date(2026, 11, 21)) is (
            SupplierState.RECEIVED
        )
        store.mark_sent_back(cid, b)
        assert states() == {
            "Acme": SupplierState.ACCEPTED,
            "Beta": SupplierState.SENT_BACK,
            "Gamma": SupplierState.ASKED,
        }
        entries = {e.entry.supplier.name: e for e in store.campaign_entries(cid)}
        assert entries["Acme"].file_path == tmp_path / "a.xlsx"
        assert (
            entries["Acme"].entry.reasons == ["2 red flags"]
            and entries["Acme"].entry.verdict == "amber"
        )
        gamma = entries["Gamma"].entry
        assert gamma.shown_state(CAMPAIGN.due_date, date(2026, 12, 16)) is SupplierState.OVERDUE
        assert gamma.shown_state(CAMPAIGN.due_date, date(2026, 12, 1)) is SupplierState.ASKED
