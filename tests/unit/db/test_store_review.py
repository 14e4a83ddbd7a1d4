"""The store's review workflow: transitions with who and when, refusals, edits taking an
approved declaration back to draft, review comments on fields and rows, customers, requests,
what is due, marking sent, and finding the previous period's declaration."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.models import Base
from db.store import DB_NAME, Store
from forms import templates
from forms.declaration import Declaration, Smelter, new_declaration
from forms.review import (
    Customer,
    DueStatus,
    Request,
    RequestedTemplate,
    Status,
    TransitionError,
    lenovo_preset,
)

FIXTURE = Path(__file__).resolve().parents[2] / "data" / "db" / "schema1.sqlite"


def _approved(store: Store, decl_id: int) -> None:
    store.set_status(decl_id, Status.IN_REVIEW)
    store.set_status(decl_id, Status.APPROVED)


def test_transitions_are_recorded_with_who_and_when(store: Store, cmrt: Declaration) -> None:
    decl_id = store.create(cmrt)
    assert store.status(decl_id) is Status.DRAFT
    store.set_status(decl_id, Status.IN_REVIEW)
    store.set_status(decl_id, "changes requested", note=" see comments ")
    store.set_status(decl_id, Status.IN_REVIEW)
    _ = store.set_status(decl_id, Status.APPROVED)
    sent = store.mark_sent(decl_id)
    assert sent.to_status is Status.SENT and sent.by == "tester"
    ts = store.transitions(decl_id)
    assert [(t.from_status.value, t.to_status.value) for t in ts] == [
        ("draft", "in_review"),
        ("in_review", "changes_requested"),
        ("changes_requested", "in_review"),
        ("in_review", "approved"),
        ("approved", "sent"),
    ]
    assert {t.by for t in ts} == {"tester"}
    assert all(t.at.tzinfo is not None for t in ts)
    assert [t.at for t in ts] == sorted(t.at for t in ts)
    assert ts[1].note == "see comments"
    history = [c for c in store.history(decl_id) if c.field == "status"]
    assert [(c.old, c.new, c.user) for c in history][-1] == ("approved", "sent", "tester")
    assert history[1].note == "see comments"
    assert store.load(decl_id).status == "sent"
    assert store.list_declarations()[0].status == "sent"


def test_refused_transitions_change_nothing(store: Store, cmrt: Declaration) -> None:
    decl_id = store.create(cmrt)
    with pytest.raises(TransitionError):
        store.mark_sent(decl_id)  # only an approved declaration is sent
    with pytest.raises(TransitionError):
        store.set_status(decl_id, Status.APPROVED)  # not reviewed yet
    with pytest.raises(ValueError):
        store.set_status(decl_id, "lost")
    assert store.set_status(decl_id, Status.DRAFT) is None  # already a draft: nothing to do
    assert store.status(decl_id) is Status.DRAFT
    assert store.transitions(decl_id) == []


@pytest.mark.parametrize("final", [Status.APPROVED, Status.SENT])
def test_editing_an_approved_or_sent_declaration_goes_back_to_draft(
    store: Store, cmrt: Declaration, final: Status
) -> None:
    decl_id = store.create(cmrt)
    _approved(store, decl_id)
    if final is Status.SENT:
        store.mark_sent(decl_id)
    store.set_field(decl_id, "company.name", "Acme GmbH")
    assert store.status(decl_id) is Status.DRAFT
    last = store.transitions(decl_id)[-1]
    assert (last.from_status, last.to_status, last.by) == (final, Status.DRAFT, "tester")
    assert last.note.startswith("edited after")
    fields = [c.field for c in store.history(decl_id)]
    assert fields[-2:] == ["company.name", "status"]  # the edit, then what it did


def test_rows_and_minerals_edits_also_go_back_to_draft(store: Store) -> None:
    emrt = new_declaration(templates.get("EMRT", "2.1"))
    emrt.minerals_in_scope = ["Cobalt", "Mica"]
    emrt.ensure_shape()
    decl_id = store.create(emrt)
    _approved(store, decl_id)
    store.replace_rows(decl_id, "smelters", [])  # nothing changed: still approved
    assert store.status(decl_id) is Status.APPROVED
    store.replace_rows(decl_id, "smelters", [Smelter(metal="Cobalt", name="Works")])
    assert store.status(decl_id) is Status.DRAFT
    _approved(store, decl_id)
    store.set_minerals(decl_id, ["Cobalt"])
    assert store.status(decl_id) is Status.DRAFT


def test_review_comments_on_fields_and_rows(store: Store, cmrt: Declaration) -> None:
    decl_id = store.create(cmrt)
    store.set_status(decl_id, Status.IN_REVIEW)
    field = store.add_review_comment(decl_id, "company.name", "Use the legal name")
    row = store.add_review_comment(decl_id, "smelters[3]", "Which CID?")
    with pytest.raises(ValueError):
        store.add_review_comment(decl_id, "company.name", "  ")
    store.resolve_review_comment(field)
    store.resolve_review_comment(field)  # twice: the first resolution stays
    notes = {n.id: n for n in store.review_comments(decl_id)}
    assert notes[field].resolved and notes[field].resolved_by == "tester"
    assert notes[field].resolved_at is not None and notes[field].resolved_at.tzinfo is not None
    comment = notes[field].comment()
    assert (comment.id, comment.is_open, comment.resolved_by) == (str(field), False, "tester")
    assert notes[row].comment().is_open and notes[row].comment().author == "tester"
    assert store.status(decl_id) is Status.IN_REVIEW  # commenting is not editing
    store.resolve_review_comment(field, resolved=False)
    assert store.review_comments(decl_id)[0].resolved_by is None


def test_row_comments_follow_their_rows_when_rows_are_deleted(
    store: Store, cmrt: Declaration
) -> None:
    rows = [Smelter(metal="Tin", name=f"Works {i}") for i in range(5)]
    cmrt.smelters = rows
    decl_id = store.create(cmrt)
    on = {i: store.add_review_comment(decl_id, f"smelters[{i}]", f"row {i}") for i in (1, 3, 4)}
    on_field = store.add_review_comment(decl_id, "smelters[4].country", "country?")
    store.replace_rows(decl_id, "smelters", [rows[0], rows[2], rows[3], rows[4]])  # 1 deleted
    notes = {n.id: n for n in store.review_comments(decl_id)}
    assert notes[on[1]].resolved  # its row is gone
    assert notes[on[3]].path == "smelters[2]" and notes[on[4]].path == "smelters[3]"
    assert notes[on_field].path == "smelters[3].country"
    store.replace_rows(decl_id, "smelters", [rows[0], rows[2], rows[3], rows[4], rows[1]])
    store.replace_rows(decl_id, "smelters", [rows[1], rows[2], rows[3], rows[4], rows[0]])
    notes = {n.id: n for n in store.review_comments(decl_id)}
    assert notes[on[3]].path == "smelters[2]"  # edits and insertions move no comment


def test_customers_and_requests(store: Store) -> None:
    lenovo = store.add_customer("Lenovo", "supplier.compliance@lenovo.example")
    assert store.add_customer(" Lenovo ") == lenovo  # found by name, e-mail kept
    dell = store.add_customer("Dell")
    store.update_customer(dell, contact_email="rmi@dell.example")
    assert [(c.name, c.contact_email) for c in store.customers()] == [
        ("Dell", "rmi@dell.example"),
        ("Lenovo", "supplier.compliance@lenovo.example"),
    ]
    preset = lenovo_preset(store.customers()[1].customer, date(2026, 4, 1))
    preset_id = store.add_request(preset)
    once = Request(
        customer=Customer("Dell", ""),
        templates=(RequestedTemplate("CMRT", "6.5"),),
        due_date=date(2026, 3, 31),
        period="2025",
        part_numbers=(" D-1 ", "", "D-2"),
        cycle_months=0,
    )
    once_id = store.add_request(once)
    stored = {r.id: r for r in store.requests()}
    assert stored[preset_id].request == preset
    assert stored[once_id].request.part_numbers == ("D-1", "D-2")
    assert stored[once_id].request.customer == Customer("Dell", "rmi@dell.example")
    due = store.requests_due(date(2026, 4, 10))
    assert [(d.stored.id, d.due) for d in due] == [
        (once_id, DueStatus.OVERDUE),
        (preset_id, DueStatus.OK),
    ]
    store.update_request(once_id, Request(**{**once.__dict__, "due_date": date(2026, 5, 1)}))
    assert store.requests_due(date(2026, 4, 10))[0].due is DueStatus.DUE_SOON
    store.delete_request(once_id)
    assert [r.id for r in store.requests()] == [preset_id]


def test_mark_sent_closes_the_request_and_opens_the_next_period(
    store: Store, cmrt: Declaration
) -> None:
    customer = Customer("Lenovo", "supplier.compliance@lenovo.example")
    request_id = store.add_request(lenovo_preset(customer, date(2026, 4, 1)))
    decl_id = store.create(cmrt, customer="Lenovo")
    _approved(store, decl_id)
    store.mark_sent(decl_id, request_id, on=date(2026, 5, 20))
    by_id = {r.id: r.request for r in store.requests()}
    assert by_id[request_id].sent_on == date(2026, 5, 20)
    [following] = [r for i, r in by_id.items() if i != request_id]
    assert (following.due_date, following.period, following.sent_on) == (
        date(2026, 11, 30), "2026 H2", None
    )  # fmt: skip
    assert [d.stored.id for d in store.requests_due(date(2026, 6, 1))] != [request_id]
    assert store.status(decl_id) is Status.SENT


def test_previous_declaration(store: Store, cmrt: Declaration) -> None:
    first = store.create(cmrt, customer="Lenovo", period="2024")
    other_customer = store.create(cmrt, customer="Dell", period="2025")
    second = store.create(cmrt, customer="Lenovo", period="2025")
    assert store.previous_id(first) is None
    assert store.previous_id(second) == first
    assert store.previous_id(other_customer) is None
    carried, _ = store.start_from_previous(first, "CMRT", "6.5", period="2026")
    assert store.previous_id(carried) == first  # the link "start from previous" made wins
    store.delete(first)
    assert store.previous_id(second) is None


def test_first_schema_statuses_are_renamed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / DB_NAME)
    conn = sqlite3.connect(folder / DB_NAME)
    conn.execute("UPDATE declarations SET status = 'changes requested' WHERE id = 1")
    conn.execute(
        "INSERT INTO changes (declaration_id, field, old, new, at, user) "
        "VALUES (1, 'status', 'in review', 'changes requested', '2026-01-04 00:00:00', 'rev')"
    )
    conn.commit()
    conn.close()
    with Store.open(folder) as s:
        assert s.status(1) is Status.CHANGES_REQUESTED
        [t] = s.transitions(1)
        assert (t.from_status, t.to_status, t.by) == (
            Status.IN_REVIEW, Status.CHANGES_REQUESTED, "rev"
        )  # fmt: skip
        with s._engine.connect() as c:
            context = MigrationContext.configure(c)
            assert compare_metadata(context, Base.metadata) == []  # models match the migrations
