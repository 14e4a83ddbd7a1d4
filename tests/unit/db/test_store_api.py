"""The store's API: create, load, list, one-field edits with history, lists, metadata, bin."""

from __future__ import annotations

import dataclasses

import pytest

from db.errors import DeclarationNotFound
from db.store import Store
from forms import templates
from forms.declaration import Company, Declaration, Product, Smelter, new_declaration, to_json
from forms.fieldpath import FieldPathError


def test_create_load_gives_the_same_declaration(store: Store, cmrt: Declaration) -> None:
    cmrt.answers["Tin"]["1"].answer = "Yes"
    cmrt.company_answers["B"].comment = "www.acme.example"
    cmrt.smelters = [Smelter(metal="Tin", name="Works", country="BOLIVIA")]
    cmrt.products = [Product(number="P1", name="Cable")]
    decl_id = store.create(cmrt, customer="Lenovo", period="2024")
    stored = store.load(decl_id)
    assert to_json(stored.declaration) == to_json(cmrt)
    assert (stored.customer, stored.period, stored.status) == ("Lenovo", "2024", "draft")
    assert stored.created_at.tzinfo is not None


def test_list_summaries_are_plain_and_counted(store: Store, cmrt: Declaration) -> None:
    decl_id = store.create(cmrt, customer="Lenovo", period="2024")
    [summary] = store.list_declarations()
    assert (summary.id, summary.family, summary.version) == (decl_id, "CMRT", "6.5")
    assert summary.company_name == "Acme Components Ltd"
    assert summary.customer == "Lenovo"
    assert summary.errors > 0 and not summary.deleted
    store.set_field(decl_id, "answers.Tin.1.answer", "No")
    assert store.list_declarations()[0].errors < summary.errors


def test_set_field_commits_and_records_history(store: Store, cmrt: Declaration) -> None:
    decl_id = store.create(cmrt)
    store.set_field(decl_id, "company.name", "  Acme GmbH ")
    store.set_field(decl_id, "answers.Tin.2.answer", "Yes")
    store.set_field(decl_id, "company_answers.B.comment", "www.acme.example")
    store.set_field(decl_id, "company.name", "Acme GmbH")  # no change: no history row
    decl = store.load(decl_id).declaration
    assert decl.company.name == "Acme GmbH"
    assert decl.answers["Tin"]["2"].answer == "Yes"
    changes = [(c.field, c.old, c.new, c.user) for c in store.history(decl_id)[1:]]
    assert changes == [
        ("company.name", "Acme Components Ltd", "Acme GmbH", "tester"),
        ("answers.Tin.2.answer", None, "Yes", "tester"),
        ("company_answers.B.comment", None, "www.acme.example", "tester"),
    ]


def test_set_field_survives_reopening(data_dir, cmrt: Declaration) -> None:  # type: ignore[no-untyped-def]
    with Store.open(data_dir) as s:
        decl_id = s.create(cmrt)
        s.set_field(decl_id, "answers.Gold.1.answer", "Yes")
    with Store.open(data_dir) as s:
        assert s.load(decl_id).declaration.answers["Gold"]["1"].answer == "Yes"


def test_set_field_adds_an_answer_the_stored_declaration_lacked(store: Store) -> None:
    decl = Declaration(family="CMRT", version="6.5", minerals_in_scope=["Tin"])
    decl_id = store.create(decl)
    store.set_field(decl_id, "answers.Tin.3.answer", "Yes")
    assert store.load(decl_id).declaration.answers["Tin"]["3"].answer == "Yes"


@pytest.mark.parametrize(
    "path", ["company.nope", "answers.Tin.99.answer", "smelters[0].name", "answers.Tin.1.x"]
)
def test_set_field_refuses_paths_that_name_nothing(store: Store, cmrt, path: str) -> None:  # type: ignore[no-untyped-def]
    decl_id = store.create(cmrt)
    with pytest.raises(FieldPathError):
        store.set_field(decl_id, path, "x")
    assert len(store.history(decl_id)) == 1


def test_unknown_declaration_is_declaration_not_found(store: Store) -> None:
    with pytest.raises(DeclarationNotFound) as info:
        store.load(42)
    assert info.value.decl_id == 42 and not isinstance(info.value, KeyError)


def test_replace_rows_records_each_changed_cell(store: Store, cmrt: Declaration) -> None:
    decl_id = store.create(cmrt)
    rows = [Smelter(metal="Tin", name="A"), Smelter(metal="Gold", name="B")]
    store.replace_rows(decl_id, "smelters", rows)
    store.set_field(decl_id, "smelters[1].country", "JAPAN")
    rows = store.load(decl_id).declaration.smelters
    rows[0] = dataclasses.replace(rows[0], name=" A2 ")
    store.replace_rows(decl_id, "smelters", rows[:1])
    decl = store.load(decl_id).declaration
    assert [s.name for s in decl.smelters] == ["A2"]
    fields_changed = [c.field for c in store.history(decl_id)]
    assert fields_changed[1:] == [
        "smelters[0]",
        "smelters[1]",
        "smelters[1].country",
        "smelters[0].name",
        "smelters[1]",
    ]
    removed = store.history(decl_id)[-1]
    assert removed.new is None and removed.old is not None and "JAPAN" in removed.old
    with pytest.raises(ValueError):
        store.replace_rows(decl_id, "widgets", [])


def test_set_minerals_emrt2_keeps_dropped_answers_in_history(store: Store) -> None:
    decl = new_declaration(templates.get("EMRT", "2.0"))
    decl_id = store.create(decl)
    store.set_field(decl_id, "answers.Mica.1.answer", "Yes")
    store.set_minerals(decl_id, ["Cobalt"])
    loaded = store.load(decl_id).declaration
    assert loaded.minerals_in_scope == ["Cobalt"]
    assert set(loaded.answers) == {"Cobalt"}
    assert set(loaded.company_answers_by_mineral["C"]) == {"Cobalt"}
    last = store.history(decl_id)[-1]
    assert (last.field, last.old, last.new) == ("answers.Mica.1.answer", "Yes", None)
    with pytest.raises(ValueError):
        store.set_minerals(decl_id, ["Tin"])


def test_meta_status_and_recycle_bin(store: Store, cmrt: Declaration) -> None:
    decl_id = store.create(cmrt, customer="Lenovo")
    store.set_meta(decl_id, period="2025")
    store.set_meta(decl_id, customer="Dell")
    store.set_status(decl_id, "in review")
    stored = store.load(decl_id)
    assert (stored.customer, stored.period, stored.status) == ("Dell", "2025", "in_review")
    with pytest.raises(ValueError):
        store.purge(decl_id)  # only from the recycle bin
    store.delete(decl_id)
    assert store.list_declarations() == []
    assert [s.deleted for s in store.list_declarations(include_deleted=True)] == [True]
    store.restore(decl_id)
    assert [s.id for s in store.list_declarations()] == [decl_id]
    store.delete(decl_id)
    store.purge(decl_id)
    assert store.list_declarations(include_deleted=True) == []
    with pytest.raises(ValueError):
        store.set_status(decl_id, "lost")


def test_company_profile_is_kept(store: Store) -> None:
    assert store.profile() is None
    store.save_profile(Company(name=" Acme ", contact_email="jane@acme.example"))
    assert store.profile() == Company(name="Acme", contact_email="jane@acme.example")


def test_closed_store_refuses_work(data_dir) -> None:  # type: ignore[no-untyped-def]
    from db.errors import StoreError

    s = Store.open(data_dir)
    s.close()
    with pytest.raises(StoreError):
        s.list_declarations()


def test_review_comments(store: Store, cmrt: Declaration) -> None:
    decl_id = store.create(cmrt)
    note_id = store.add_review_comment(decl_id, "company.name", " Check the legal name ")
    store.resolve_review_comment(note_id)
    [note] = store.review_comments(decl_id)
    assert (note.path, note.text, note.author, note.resolved) == (
        "company.name", "Check the legal name", "tester", True
    )  # fmt: skip
    assert store.history(decl_id)[-1].field == "review:company.name"
