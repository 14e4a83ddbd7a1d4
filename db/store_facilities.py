"""The store's copy of RMI's facility list: replaced whole on each import, with what changed."""

from __future__ import annotations

import json

from sqlalchemy import delete, insert, select

from db.models_facilities import FacilityListRecord, FacilityRecord
from db.store_base import StoreBase, now
from forms.facilities import Facility, FacilityList, FacilityState
from forms.facilities.diff import FacilityListDiff, diff_lists


class FacilitiesMixin(StoreBase):
    def facility_list(self) -> FacilityList | None:
        """The imported list, or None when none was imported."""
        with self._unit() as s:
            head = s.scalars(select(FacilityListRecord).order_by(FacilityListRecord.id.desc()))
            rec = head.first()
            if rec is None:
                return None
            rows = s.scalars(
                select(FacilityRecord).filter_by(list_id=rec.id).order_by(FacilityRecord.id)
            )
            facilities = tuple(
                Facility(
                    cid=r.cid,
                    name=r.name,
                    metal=r.metal,
                    state=FacilityState(r.state),
                    country=r.country,
                    status_text=r.status_text,
                    last_assessment=r.last_assessment,
                    cycle_years=r.cycle_years,
                    programme=r.programme,
                )
                for r in rows
            )
            return FacilityList(
                facilities,
                rec.as_of,
                rec.source_name,
                dict(json.loads(rec.columns)),
                tuple(json.loads(rec.missing)),
            )

    def import_facility_list(self, facilities: FacilityList) -> FacilityListDiff:
        """Replace the stored list with `facilities` in one unit of work (all or nothing);
        returns what changed against the list it replaces."""
        before = self.facility_list()
        with self._unit() as s:
            s.execute(delete(FacilityRecord))
            s.execute(delete(FacilityListRecord))
            rec = FacilityListRecord(
                source_name=facilities.source_name,
                as_of=facilities.as_of,
                imported_at=now(),
                columns=json.dumps(facilities.columns, ensure_ascii=False),
                missing=json.dumps(list(facilities.missing), ensure_ascii=False),
            )
            s.add(rec)
            s.flush()
            s.execute(
                insert(FacilityRecord),
                [
                    {
                        "list_id": rec.id,
                        "cid": f.cid,
                        "name": f.name,
                        "metal": f.metal,
                        "state": f.state.value,
                        "country": f.country,
                        "status_text": f.status_text,
                        "last_assessment": f.last_assessment,
                        "cycle_years": f.cycle_years,
                        "programme": f.programme,
                    }
                    for f in facilities.facilities
                ],
            )
        return diff_lists(before, facilities)
