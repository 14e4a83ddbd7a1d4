""" "Start from previous": answers carried across versions and families, what must be confirmed."""

from __future__ import annotations

from datetime import datetime

from db import carry, library
from db.store import Store
from forms import templates
from forms.declaration import Declaration, Mine, Smelter, new_declaration
from forms.reference_data import LookupRow


def _reasons(items: list[carry.ConfirmItem]) -> dict[str, str]:
    return {i.path: i.reason for i in items}


def test_cmrt_onto_a_newer_version(store: Store) -> None:
    prev = new_declaration(templates.get("CMRT", "6.4"))
    prev.company.name = "Acme"
    prev.company.effective_date = "2024-05-02"
    prev.answers["Tin"]["1"].answer = "Yes"
    prev.answers["Tin"]["1"].comment = "kept"
    prev.answers["Tin"]["6"].answer = "1"  # the old numeric "100%"
    prev.answers["Gold"]["2"].answer = "Perhaps"  # not an option (any more)
    prev.company_answers["B"].answer = "yes"
    prev.smelters = [Smelter(metal="Tin", name="Works", smelter_id="CID000001")]
    prev_id = store.create(prev, customer="Lenovo", period="2024")

    new_id, items = store.start_from_previous(prev_id, "CMRT", "6.5")

    stored = store.load(new_id)
    decl = stored.declaration
    assert (decl.family, decl.version) == ("CMRT", "6.5")
    assert (stored.customer, stored.period, stored.status) == ("Lenovo", "2025", "draft")
    assert decl.company.name == "Acme"
    assert decl.company.effective_date == "2024-05-02"  # kept, to be confirmed
    assert decl.answers["Tin"]["1"].answer == "Yes"
    assert decl.answers["Tin"]["1"].comment == "kept"
    assert decl.answers["Tin"]["6"].answer == "100%"
    assert decl.answers["Gold"]["2"].answer is None
    assert decl.company_answers["B"].answer == "Yes"
    assert [s.name for s in decl.smelters] == ["Works"]
    assert _reasons(items) == {
        "company.effective_date": carry.CONFIRM_DATE,
        "answers.Tin.6.answer": carry.CONFIRM_SURVEY,
        "answers.Gold.2.answer": carry.OPTION_GONE,
    }
    # No reference list known for CMRT 6.5 here, so smelters are not flagged.
    assert store.confirm_items(new_id) == [(i.path, i.reason) for i in items]
    store.set_field(new_id, "company.effective_date", "2025-05-02")
    assert "company.effective_date" not in dict(store.confirm_items(new_id))
    assert store.load(prev_id).declaration.answers["Tin"]["6"].answer == "1"  # untouched


def test_smelters_missing_from_the_target_reference_list(store: Store) -> None:
    with store._unit() as s:
        library.save_template(s, "cd" * 32, "CMRT", "6.5", "RMI_CMRT_6.5.xlsx", datetime.now())
        row = LookupRow("Tin", "Known Works", "Known Works", "JAPAN", "CID000002")
        library.save_reference(s, "cd" * 32, [row], [])
    prev = new_declaration(templates.get("CMRT", "6.4"))
    prev.smelters = [
        Smelter(metal="Tin", name="Gone Works", smelter_id="CID000001"),
        Smelter(metal="Tin", name="Known Works", smelter_id="CID000002"),
        Smelter(metal="Tin", lookup_name="Smelter not listed", name="New Works"),
    ]
    _, items = store.start_from_previous(store.create(prev), "CMRT", "6.5")
    assert _reasons(items)["smelters[0].smelter_id"] == carry.SMELTER_GONE
    assert "smelters[1].smelter_id" not in _reasons(items)
    assert "smelters[2].smelter_id" not in _reasons(items)


def test_emrt1_onto_emrt2_keeps_minerals_and_survey(store: Store) -> None:
    prev = new_declaration(templates.get("EMRT", "1.3"))
    prev.answers["Cobalt"]["1"].answer = "Yes"
    prev.answers["Mica"]["5"].answer = "Greater than 90%"
    new_id, items = store.start_from_previous(store.create(prev), "EMRT", "2.0")
    decl = store.load(new_id).declaration
    assert decl.minerals_in_scope == ["Cobalt", "Mica"]
    assert decl.answers["Mica"]["5"].answer == "Greater than 90%"
    assert ("answers.Mica.5.answer", carry.CONFIRM_SURVEY) in [(i.path, i.reason) for i in items]
    assert set(decl.company_answers_by_mineral["C"]) == {"Cobalt", "Mica"}


def test_crt_onto_emrt_maps_the_survey_question_by_meaning(store: Store) -> None:
    prev = new_declaration(templates.get("CRT", "2.2"))
    prev.answers["Cobalt"]["4"].answer = "100%"  # CRT's survey question is number 4
    new_id, _items = store.start_from_previous(store.create(prev), "EMRT", "2.0")
    decl = store.load(new_id).declaration
    assert decl.minerals_in_scope == ["Cobalt"]
    assert decl.answers["Cobalt"]["5"].answer == "100%"  # EMRT 2.0's is number 5


def test_mines_without_a_mine_list_are_flagged(store: Store) -> None:
    prev = new_declaration(templates.get("EMRT", "2.0"))
    prev.mines = [Mine(metal="Cobalt", mine_name="Mine One")]
    new_id, items = store.start_from_previous(store.create(prev), "CMRT", "6.5")
    assert store.load(new_id).declaration.mines == []
    assert ("mines", carry.NO_MINE_LIST) in [(i.path, i.reason) for i in items]


def test_map_option() -> None:
    assert carry.map_option("1", ("100%", "None")) == ("100%", False)
    assert carry.map_option("100%", ("1", "None")) == ("1", False)
    assert carry.map_option("unknown", ("Yes", "No", "Unknown")) == ("Unknown", False)
    assert carry.map_option("Maybe", ("Yes", "No")) == (None, True)
    assert carry.map_option("free text", ()) == ("free text", False)


def test_period_that_is_not_a_year_is_left_to_the_user(store: Store, cmrt: Declaration) -> None:
    new_id, _ = store.start_from_previous(store.create(cmrt, period="FY24 H1"), "CMRT", "6.5")
    assert store.load(new_id).period is None
    new_id, _ = store.start_from_previous(
        store.create(cmrt, period="2024"), "CMRT", "6.5", period="2026"
    )
    assert store.load(new_id).period == "2026"


def test_amrt_onto_a_newer_amrt_keeps_minerals_answers_and_reasons(store: Store) -> None:
    prev = new_declaration(templates.get("AMRT", "1.2"))
    prev.minerals_in_scope = ["Zinc", "Gallium"]
    prev.ensure_shape()
    prev.answers["Zinc"]["1"].answer = "Yes"
    prev.answers["Gallium"]["2"].answer = "100%"
    prev.mineral_reasons["Gallium"].answer = "LED chips"
    new_id, items = store.start_from_previous(store.create(prev), "AMRT", "1.3")
    decl = store.load(new_id).declaration
    assert (decl.family, decl.version) == ("AMRT", "1.3")
    assert decl.minerals_in_scope == ["Zinc", "Gallium"]
    assert decl.answers["Zinc"]["1"].answer == "Yes"
    assert decl.mineral_reasons["Gallium"].answer == "LED chips"
    assert ("answers.Gallium.2.answer", carry.CONFIRM_SURVEY) in [(i.path, i.reason) for i in items]


def test_a_cmrt_onto_an_amrt_brings_no_minerals(store: Store) -> None:
    prev = new_declaration(templates.get("CMRT", "6.5"))
    prev.company.name = "Acme"
    new_id, _items = store.start_from_previous(store.create(prev), "AMRT", "1.3")
    decl = store.load(new_id).declaration
    assert decl.minerals_in_scope == [] and decl.company.name == "Acme"
