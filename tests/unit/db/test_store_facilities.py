"""The store keeps one facility list: import replaces it whole and says what changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from db.store import Store
from forms.facilities import Facility, FacilityState
from tests.unit.facilities.test_status import LIST


def test_no_list_until_one_is_imported(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        assert store.facility_list() is None


def test_import_keeps_everything_and_reimport_reports_changes(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        first = store.import_facility_list(
            replace(LIST, columns={"cid": "Smelter ID"}, missing=("programme",))
        )
        assert len(first.added) == len(LIST.facilities) and not first.dropped
        got = store.facility_list()
        assert got is not None
        assert got.facilities == LIST.facilities
        assert (got.as_of, got.source_name) == (LIST.as_of, LIST.source_name)
        assert got.columns == {"cid": "Smelter ID"} and got.missing == ("programme",)
        newer = replace(
            LIST,
            as_of=date(2026, 12, 1),
            facilities=(
                replace(LIST.facilities[0], state=FacilityState.NOT_ENROLLED),
                *LIST.facilities[2:],
                Facility("CID009999", "New", "Cobalt", FacilityState.ACTIVE),
            ),
        )
        d = store.import_facility_list(newer)
        assert [f.cid for f in d.added] == ["CID009999"]
        assert [f.cid for f in d.dropped] == ["CID002763"]
        assert [c.cid for c in d.changed] == ["CID000185"]
    with Store.open(tmp_path) as store:
        again = store.facility_list()
        assert again is not None and again.as_of == date(2026, 12, 1)
        assert len(again.facilities) == len(newer.facilities)


def test_a_failed_import_leaves_the_old_list(tmp_path: Path) -> None:
    bad = replace(LIST, facilities=(*LIST.facilities, None))  # type: ignore[arg-type]
    with Store.open(tmp_path) as store:
        store.import_facility_list(LIST)
        with pytest.raises(AttributeError):
            store.import_facility_list(bad)
        kept = store.facility_list()
        assert kept is not None and kept.facilities == LIST.facilities
