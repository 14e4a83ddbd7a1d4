"""The declaration summaries the home list reads: after any sequence of edits through the store,
each summary equals a full recomputation from the stored declaration."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.records import DeclarationSummary
from db.store import Store
from forms import templates
from forms.declaration import Smelter, new_declaration
from forms.fieldpath import FieldPathError
from forms.rules import check

TEMPLATES = [("CMRT", "6.5"), ("EMRT", "2.1"), ("CRT", "2.2")]
CUSTOMERS = [None, "Dell", "Lenovo"]
FIELDS = [
    ("company.name", ["Acme Components Ltd", "", None]),
    ("company.scope", ["A. Company", "B. Product (or List of Products)", None]),
    ("company.contact_email", ["jane@acme.example", "not an address", None]),
    ("company.effective_date", ["2026-05-01", None]),
    ("answers.Tin.1.answer", ["Yes", "No", None]),
    ("answers.Cobalt.1.answer", ["Yes", "No", None]),
    ("company_answers.A.answer", ["Yes", "No", None]),
]
SMELTERS = [
    Smelter(metal="Tin", lookup_name="Thaisarco", smelter_id="CID001898", country="THAILAND"),
    Smelter(metal="Gold", lookup_name="Smelter not listed", name="Acme Gold", country="CHINA"),
    Smelter(metal="Tin"),
]
_renames = itertools.count()

creation = st.tuples(
    st.just("create"),
    st.sampled_from(TEMPLATES),
    st.sampled_from(CUSTOMERS),
    st.sampled_from([None, "2025"]),
)
operation = st.one_of(
    creation,
    st.tuples(st.just("field"), st.integers(0, 9), st.sampled_from(FIELDS), st.integers(0, 2)),
    st.tuples(st.just("rows"), st.integers(0, 9), st.lists(st.sampled_from(SMELTERS), max_size=4)),
    st.tuples(
        st.just("meta"), st.integers(0, 9), st.sampled_from(CUSTOMERS), st.sampled_from(["2026"])
    ),
    st.tuples(
        st.just("status"), st.integers(0, 9), st.sampled_from(["in_review", "approved", "draft"])
    ),
    st.tuples(st.just("delete"), st.integers(0, 9)),
    st.tuples(st.just("restore"), st.integers(0, 9)),
    st.tuples(st.just("purge"), st.integers(0, 9)),
    st.tuples(st.just("previous"), st.integers(0, 9)),
    st.tuples(st.just("rename"), st.integers(0, 9)),
    st.tuples(st.just("minerals"), st.integers(0, 9), st.sampled_from([["Cobalt"], ["Mica"]])),
    st.tuples(st.just("export"), st.integers(0, 9)),
)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store for every example (opening one per example would be most of the run)."""
    store = Store.open(tmp_path_factory.mktemp("summaries") / "data", user="tester")
    yield store
    store.close()


def _apply(store: Store, ids: list[int], op: tuple[Any, ...], out: Path) -> None:
    kind = op[0]
    if kind == "create":
        (family, version), customer, period = op[1:]
        decl = new_declaration(templates.get(family, version))
        ids.append(store.create(decl, customer=customer, period=period))
        return
    if not ids:
        return
    decl_id = ids[op[1] % len(ids)]
    if kind == "rename":  # the customer of that declaration
        name = store.load(decl_id).customer
        match = [c for c in store.customers() if c.name == name]
        if match:
            store.update_customer(match[0].id, name=f"{name} renamed {next(_renames)}")
    elif kind == "field":
        path, values = op[2]
        with suppress(FieldPathError):  # not a field of this template: nothing may change
            store.set_field(decl_id, path, values[op[3] % len(values)])
    elif kind == "rows":
        store.replace_rows(decl_id, "smelters", op[2])
    elif kind == "meta":
        store.set_meta(decl_id, customer=op[2], period=op[3])
    elif kind == "status":
        with suppress(ValueError):  # a move the workflow refuses
            store.set_status(decl_id, op[2])
    elif kind == "delete":
        store.delete(decl_id)
    elif kind == "restore":
        store.restore(decl_id)
    elif kind == "purge":
        try:
            store.purge(decl_id)
            ids.remove(decl_id)
        except ValueError:
            pass  # not in the recycle bin
    elif kind == "previous":
        family, version = store.load(decl_id).declaration.family, "6.5"
        if family == "CMRT":
            ids.append(store.start_from_previous(decl_id, family, version)[0])
    elif kind == "minerals":
        with suppress(ValueError):  # not minerals of this template
            store.set_minerals(decl_id, op[2])
    elif kind == "export":
        store.export(decl_id, out / "export.xlsx")


def _recomputed(store: Store, decl_id: int, deleted: bool) -> DeclarationSummary:
    stored = store.load(decl_id)
    findings = check(stored.declaration)
    errors = sum(1 for f in findings if f.severity == "error")
    return DeclarationSummary(
        id=decl_id,
        family=stored.declaration.family,
        version=stored.declaration.version,
        company_name=stored.declaration.company.name,
        customer=stored.customer,
        period=stored.period,
        status=stored.status,
        errors=errors,
        warnings=len(findings) - errors,
        updated_at=stored.updated_at,
        deleted=deleted,
        source_file=stored.source_file,
        created_at=stored.created_at,
        revision=len(store.history(decl_id)),
    )


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=creation, ops=st.lists(operation, max_size=10))
def test_summaries_equal_a_full_recomputation(
    shared_store: Store, tmp_path: Path, first: tuple[Any, ...], ops: list[tuple[Any, ...]]
) -> None:
    ids: list[int] = []
    for op in [first, *ops]:
        _apply(shared_store, ids, op, tmp_path)
    listed = {s.id: s for s in shared_store.list_declarations(include_deleted=True)}
    active = {s.id for s in shared_store.list_declarations()}
    for decl_id in ids:
        assert listed[decl_id] == _recomputed(shared_store, decl_id, decl_id not in active)


def test_listing_is_newest_first_and_hides_the_recycle_bin(store: Store) -> None:
    first = store.create(new_declaration(templates.get("CMRT", "6.5")))
    second = store.create(new_declaration(templates.get("CMRT", "6.5")), customer="Dell")
    store.set_field(first, "company.name", "Acme")
    assert [s.id for s in store.list_declarations()] == [first, second]
    store.delete(first)
    assert [s.id for s in store.list_declarations()] == [second]
    assert {s.id for s in store.list_declarations(include_deleted=True)} == {first, second}
    store.restore(first)
    store.set_status(second, "in_review")
    [top, _] = store.list_declarations()
    assert (top.id, top.status, top.customer) == (second, "in_review", "Dell")
