"""Red flags from the facility list: not conformant or active, re-assessment overdue or due,
a CID the list does not know, a stale list — and nothing at all without a list."""

from __future__ import annotations

from datetime import date

from forms import templates
from forms.declaration import Smelter, new_declaration
from forms.rules.rf_facilities import facility_flags
from tests.unit.facilities.test_status import LIST, TODAY


def _decl() -> object:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.smelters = [
        Smelter(metal="Tin", smelter_id="CID000185", name="CV Gita Pesona"),  # overdue
        Smelter(metal="Tin", smelter_id="CID001898", name="Thaisarco"),  # active: fine
        Smelter(metal="Tin", smelter_id="CID000292", name="Alpha"),  # not conformant
        Smelter(metal="Gold", smelter_id="CID999999", name="Nobody"),  # unknown
        Smelter(metal="Tungsten", smelter_id="CID000211", name="Chenzhou"),  # due in 31 days
        Smelter(metal="Gold", smelter_id="CID002763", name="8853"),  # fine
        Smelter(metal="Tin", name="Unlisted Tin Co"),  # no CID: nothing to say
    ]
    return decl


def test_each_flag_names_its_row_and_cell() -> None:
    decl = _decl()
    got = [(f.code, f.path, f.sheet, f.cell) for f in facility_flags(decl, LIST, TODAY)]
    assert got == [
        ("RF-FACILITY-REASSESSMENT-OVERDUE", "smelters[0].smelter_id", "Smelter List", "F5"),
        ("RF-FACILITY-NOT-CONFORMANT", "smelters[2].smelter_id", "Smelter List", "F7"),
        ("RF-FACILITY-UNKNOWN-CID", "smelters[3].smelter_id", "Smelter List", "F8"),
        ("RF-FACILITY-REASSESSMENT-DUE", "smelters[4].smelter_id", "Smelter List", "F9"),
    ]
    assert all(f.severity == "warning" for f in facility_flags(decl, LIST, TODAY))
    assert "Non-Conformant" in facility_flags(decl, LIST, TODAY)[1].message


def test_due_window_is_the_users_choice() -> None:
    codes = [f.code for f in facility_flags(_decl(), LIST, TODAY, due_within_days=10)]
    assert "RF-FACILITY-REASSESSMENT-DUE" not in codes


def test_a_list_older_than_90_days_is_a_warning_of_its_own() -> None:
    old = [f for f in facility_flags(_decl(), LIST, date(2027, 3, 1)) if f.path == "facilities"]
    assert [f.code for f in old] == ["RF-FACILITY-LIST-OLD"]
    assert not [f for f in facility_flags(_decl(), LIST, TODAY) if f.path == "facilities"]


def test_without_a_list_nothing_changes() -> None:
    assert facility_flags(_decl(), None, TODAY) == []
