"""AMRT declarations as mrt-declaration/1 JSON: named minerals and Minerals Scope reasons."""

from __future__ import annotations

from forms import templates
from forms.declaration import new_declaration, to_json
from forms.declaration_json import from_json
from forms.fieldpath import get_value, set_value


def test_round_trip_with_other_minerals_and_reasons() -> None:
    d = new_declaration(templates.get("AMRT", "1.31"))
    d.minerals_in_scope = ["Gallium", "Cadmium"]
    d.ensure_shape()
    set_value(d, "mineral_reasons.Gallium.answer", " LED chips ")
    d.answers["Cadmium"]["1"].answer = "No"
    doc = to_json(d)
    assert doc["mineral_reasons"] == {"Gallium": "LED chips", "Cadmium": None}
    back, errors = from_json(doc)
    assert errors == [] and back is not None
    assert back.minerals_in_scope == ["Gallium", "Cadmium"]
    assert get_value(back, "mineral_reasons.Gallium.answer") == "LED chips"
    assert back.answers == d.answers


def test_other_templates_carry_no_reasons_key() -> None:
    assert "mineral_reasons" not in to_json(new_declaration(templates.get("EMRT", "2.1")))


def test_reason_for_a_mineral_not_in_scope_is_an_error() -> None:
    doc = to_json(new_declaration(templates.get("AMRT", "1.3")))
    doc["mineral_reasons"] = {"Zinc": "x"}
    _, errors = from_json(doc)
    assert [e.path for e in errors] == ["mineral_reasons.Zinc"]


def test_review_diff_names_a_changed_reason() -> None:
    from forms.review.diff import diff
    from forms.review.labels import path_label

    before = new_declaration(templates.get("AMRT", "1.3"))
    before.minerals_in_scope = ["Zinc"]
    before.ensure_shape()
    after = new_declaration(templates.get("AMRT", "1.3"))
    after.minerals_in_scope = ["Zinc"]
    after.ensure_shape()
    after.mineral_reasons["Zinc"].answer = "Galvanised parts"
    changed = diff(before, after).answers_changed
    assert [c.path for c in changed] == ["mineral_reasons.Zinc.answer"]
    assert path_label(changed[0].path) == "Zinc — reason in the Minerals Scope"


def test_a_mineral_named_twice_is_kept_once() -> None:
    """The template merges names that differ only in case (its COUNTIF ignores case)."""
    doc = to_json(new_declaration(templates.get("AMRT", "1.3")))
    doc["minerals_in_scope"] = ["Zinc", " zinc", "Gallium"]
    back, errors = from_json(doc)
    assert errors == [] and back is not None
    assert back.minerals_in_scope == ["Zinc", "Gallium"]
