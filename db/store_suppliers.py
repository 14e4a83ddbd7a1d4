"""The store's supplier loop: suppliers, campaigns and each supplier's entry in a campaign."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models_suppliers import CampaignEntryRecord, CampaignRecord, SupplierRecord
from db.store_base import StoreBase, now
from forms.suppliers.model import (
    Campaign,
    CampaignEntry,
    Contact,
    RequestedTemplate,
    Supplier,
    SupplierState,
)
from forms.suppliers.verdict import Verdict


@dataclass(frozen=True)
class StoredSupplier:
    id: int
    supplier: Supplier


@dataclass(frozen=True)
class StoredCampaign:
    id: int
    campaign: Campaign


@dataclass(frozen=True)
class StoredEntry:
    """A supplier's entry in a campaign; `file_path`: the received file (on this computer)."""

    id: int
    supplier_id: int
    entry: CampaignEntry
    file_path: Path | None


def _supplier(rec: SupplierRecord) -> Supplier:
    return Supplier(
        name=rec.name,
        contacts=tuple(Contact(n, e) for n, e in json.loads(rec.contacts)),
        metals=tuple(json.loads(rec.metals)),
        parts=tuple(json.loads(rec.parts)),
        language=rec.language,
        notes=rec.notes,
    )


def _fill_supplier(rec: SupplierRecord, s: Supplier) -> None:
    rec.name = s.name.strip()
    rec.contacts = json.dumps([[c.name, c.email] for c in s.contacts], ensure_ascii=False)
    rec.metals = json.dumps(list(s.metals), ensure_ascii=False)
    rec.parts = json.dumps(list(s.parts), ensure_ascii=False)
    rec.language = s.language
    rec.notes = s.notes


def _campaign(rec: CampaignRecord) -> Campaign:
    return Campaign(
        name=rec.name,
        period=rec.period,
        due_date=rec.due_date,
        templates=tuple(RequestedTemplate(f, v, a) for f, v, a in json.loads(rec.templates)),
        instructions=rec.instructions,
    )


class SuppliersMixin(StoreBase):
    # --- suppliers ------------------------------------------------------------------------------

    def suppliers(self) -> list[StoredSupplier]:
        with self._unit() as s:
            rows = s.scalars(select(SupplierRecord).order_by(SupplierRecord.name))
            return [StoredSupplier(r.id, _supplier(r)) for r in rows]

    def save_supplier(self, supplier: Supplier, supplier_id: int | None = None) -> int:
        """Add a supplier, or (by id, else by name) update the one known; its id."""
        if not supplier.name.strip():
            raise ValueError("a supplier needs a name")
        with self._unit() as s:
            rec = self._supplier_record(s, supplier, supplier_id)
            _fill_supplier(rec, supplier)
            s.flush()
            return rec.id

    def import_suppliers(self, suppliers: list[Supplier]) -> tuple[int, int]:
        """Add or update every supplier (by name) in one unit of work: (added, updated)."""
        added = updated = 0
        with self._unit() as s:
            for supplier in suppliers:
                rec = self._supplier_record(s, supplier, None)
                if rec.id is None:
                    added += 1
                else:
                    updated += 1
                _fill_supplier(rec, supplier)
                s.flush()
        return added, updated

    @staticmethod
    def _supplier_record(s: Session, supplier: Supplier, supplier_id: int | None) -> SupplierRecord:
        if supplier_id is not None:
            rec = s.get(SupplierRecord, supplier_id)
            if rec is None:
                raise KeyError(f"no supplier {supplier_id}")
            return rec
        found = s.scalars(select(SupplierRecord).filter_by(name=supplier.name.strip())).first()
        if found is not None:
            return found
        rec = SupplierRecord(created_at=now())
        s.add(rec)
        return rec

    def delete_supplier(self, supplier_id: int) -> None:
        with self._unit() as s:
            rec = s.get(SupplierRecord, supplier_id)
            if rec is not None:
                s.delete(rec)

    # --- campaigns ------------------------------------------------------------------------------

    def campaigns(self) -> list[StoredCampaign]:
        with self._unit() as s:
            rows = s.scalars(select(CampaignRecord).order_by(CampaignRecord.due_date.desc()))
            return [StoredCampaign(r.id, _campaign(r)) for r in rows]

    def campaign(self, campaign_id: int) -> Campaign:
        with self._unit() as s:
            rec = s.get(CampaignRecord, campaign_id)
            if rec is None:
                raise KeyError(f"no campaign {campaign_id}")
            return _campaign(rec)

    def add_campaign(self, campaign: Campaign, supplier_ids: list[int]) -> int:
        """A campaign and an entry ("not asked") for each supplier; its id."""
        if not campaign.templates:
            raise ValueError("a campaign asks for at least one template")
        with self._unit() as s:
            rec = CampaignRecord(
                name=campaign.name.strip() or campaign.period,
                period=campaign.period.strip(),
                due_date=campaign.due_date,
                templates=json.dumps(
                    [[t.family, t.version, t.accepted_from] for t in campaign.templates]
                ),
                instructions=campaign.instructions,
                created_at=now(),
            )
            s.add(rec)
            s.flush()
            for sid in dict.fromkeys(supplier_ids):
                s.add(
                    CampaignEntryRecord(
                        campaign_id=rec.id, supplier_id=sid, state=SupplierState.NOT_ASKED.value
                    )
                )
            return rec.id

    def campaign_entries(self, campaign_id: int) -> list[StoredEntry]:
        with self._unit() as s:
            query = (
                select(CampaignEntryRecord, SupplierRecord)
                .join(SupplierRecord, SupplierRecord.id == CampaignEntryRecord.supplier_id)
                .where(CampaignEntryRecord.campaign_id == campaign_id)
                .order_by(SupplierRecord.name)
            )
            out = []
            for e, sup in s.execute(query):
                entry = CampaignEntry(
                    supplier=_supplier(sup),
                    state=SupplierState(e.state),
                    asked_on=e.asked_on,
                    reminded_on=e.reminded_on,
                    received_on=e.received_on,
                    file_name=Path(e.file_path).name if e.file_path else "",
                    verdict=e.verdict or "",
                    reasons=list(json.loads(e.reasons or "[]")),
                )
                path = Path(e.file_path) if e.file_path else None
                out.append(StoredEntry(e.id, sup.id, entry, path))
            return out

    def _entry(self, s: Session, campaign_id: int, supplier_id: int) -> CampaignEntryRecord:
        rec = s.scalars(
            select(CampaignEntryRecord).filter_by(campaign_id=campaign_id, supplier_id=supplier_id)
        ).first()
        if rec is None:  # a file from a supplier not asked in this campaign: add it
            rec = CampaignEntryRecord(
                campaign_id=campaign_id, supplier_id=supplier_id, state=SupplierState.ASKED.value
            )
            s.add(rec)
        return rec

    def mark_asked(self, campaign_id: int, supplier_ids: list[int], on: date) -> None:
        with self._unit() as s:
            for sid in supplier_ids:
                rec = self._entry(s, campaign_id, sid)
                rec.asked_on = on
                if rec.state == SupplierState.NOT_ASKED.value:
                    rec.state = SupplierState.ASKED.value

    def mark_reminded(self, campaign_id: int, supplier_id: int, on: date) -> None:
        with self._unit() as s:
            self._entry(s, campaign_id, supplier_id).reminded_on = on

    def record_intake(
        self, campaign_id: int, supplier_id: int, path: Path, verdict: Verdict, on: date
    ) -> SupplierState:
        """A file received from the supplier and its verdict: accepted files are "accepted";
        the others stay "received" until the feedback is sent (`mark_sent_back`)."""
        with self._unit() as s:
            rec = self._entry(s, campaign_id, supplier_id)
            rec.received_on = on
            rec.file_path = str(path)
            rec.verdict = verdict.light.value
            rec.reasons = json.dumps([r.text for r in verdict.reasons], ensure_ascii=False)
            state = SupplierState.ACCEPTED if verdict.accepted else SupplierState.RECEIVED
            rec.state = state.value
            return state

    def mark_sent_back(self, campaign_id: int, supplier_id: int) -> None:
        with self._unit() as s:
            self._entry(s, campaign_id, supplier_id).state = SupplierState.SENT_BACK.value
