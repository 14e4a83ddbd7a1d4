"""The store agrees with the in-memory declaration: any sequence of edits, applied to both,
loads back as the same declaration (hypothesis chooses the edits)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.store import Store
from forms import fieldpath, templates
from forms.declaration import Product, Smelter, new_declaration, to_json

TEMPLATE = templates.get("EMRT", "2.0")
PATHS = [
    *(f"company.{f}" for f in ("name", "effective_date", "contact_email")),
    *(f"answers.{m}.{q.number}.answer" for m in ("Cobalt", "Mica") for q in TEMPLATE.questions),
    *(
        f"company_answers.{q.letter}.comment"
        for q in TEMPLATE.company_questions
        if not q.per_mineral
    ),
    "company_answers_by_mineral.C.Cobalt.answer",
]
VALUES = st.one_of(st.none(), st.sampled_from(["Yes", "No", " padded ", ""]), st.text(max_size=8))
EDIT = st.one_of(
    st.tuples(st.just("field"), st.sampled_from(PATHS), VALUES),
    st.tuples(st.just("smelters"), st.lists(st.sampled_from(["A", "B", None]), max_size=3)),
    st.tuples(st.just("products"), st.lists(st.sampled_from(["P1", "P2"]), max_size=2)),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(EDIT, max_size=12))
def test_edits_load_back_as_applied(edits: list[tuple[object, ...]]) -> None:
    decl = new_declaration(TEMPLATE)
    decl.minerals_in_scope = ["Cobalt", "Mica"]
    decl.ensure_shape()
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder)) as store:
        decl_id = store.create(decl)
        for edit in edits:
            if edit[0] == "field":
                _, path, value = edit
                assert isinstance(path, str) and (value is None or isinstance(value, str))
                store.set_field(decl_id, path, value)
                fieldpath.set_value(decl, path, value)
            elif edit[0] == "smelters":
                decl.smelters = [Smelter(metal="Cobalt", name=n) for n in edit[1]]  # type: ignore[attr-defined]
                store.replace_rows(decl_id, "smelters", decl.smelters)
            else:
                decl.products = [Product(number=n) for n in edit[1]]  # type: ignore[attr-defined]
                store.replace_rows(decl_id, "products", decl.products)
        assert to_json(store.load(decl_id).declaration) == to_json(decl)
