"""FieldPath: every path the app writes parses back to itself; enumeration covers the form."""

from __future__ import annotations

import pytest

from forms.declaration import new_declaration
from forms.fieldpath import FieldPath, FieldPathError, answer_paths, get_value, set_value
from forms.templates import ALL, get

PATHS = [
    "company.name",
    "minerals_in_scope",
    "answers.Tin.2.answer",
    "answers.Cobalt.10.comment",
    "answers.Tin.2",
    "company_answers.A.answer",
    "company_answers.B.comment",
    "company_answers_by_mineral.C.Mica.answer",
    "smelters",
    "products",
    "mines",
    "smelters[3]",
    "smelters[3].country",
    "products[0].number",
    "mines[12].mine_name",
    "smelters[Tantalum]",
    "template",
]


@pytest.mark.parametrize("text", PATHS)
def test_every_path_parses_and_builds_back_the_same(text: str) -> None:
    assert str(FieldPath.parse(text)) == text


@pytest.mark.parametrize(
    "text",
    ["", "company", "company.", "answers.Tin", "answers..2.answer", "smelters[3].", "rows[1]",
     "company_answers.A.B.C.answer", "smelters[Tin].country", "answers.Tin.2.value.answer"],
)  # fmt: skip
def test_malformed_paths_are_refused(text: str) -> None:
    with pytest.raises(FieldPathError):
        FieldPath.parse(text)
    assert FieldPath.try_parse(text) is None


def test_parts_of_a_parsed_path() -> None:
    p = FieldPath.parse("answers.Tin.2.answer")
    assert (p.section, p.mineral, p.number, p.part) == ("answers", "Tin", "2", "answer")
    assert p.page == "q2" and p.label_key == ("answer", "Tin", "2")
    row = FieldPath.parse("smelters[3].country")
    assert (row.index, row.column, str(row.row_path)) == (3, "country", "smelters[3]")
    assert row.label_key == ("row", "smelters", "4", "country")
    assert FieldPath.parse("company.scope").page == "scope"
    assert FieldPath.parse("company.name").page == "company"
    assert FieldPath.parse("products[1].number").page == "scope"
    assert FieldPath.parse("company_answers_by_mineral.C.Mica.comment").page == "company_questions"
    assert FieldPath.parse("template").page == "review"


@pytest.mark.parametrize("tpl", ALL, ids=lambda t: t.key)
def test_answer_paths_name_every_answer_of_a_new_declaration(tpl) -> None:  # type: ignore[no-untyped-def]
    decl = new_declaration(tpl)
    if not decl.minerals_in_scope:  # the AMRT starts with none: the supplier names them
        decl.minerals_in_scope = list(tpl.minerals[:2])
        decl.ensure_shape()
    paths = list(answer_paths(tpl, decl.minerals_in_scope))
    assert paths and len(set(paths)) == len(paths)
    for p in paths:
        assert get_value(decl, p) is None
        set_value(decl, p, " x ")
        assert get_value(decl, str(p)) == "x"
        assert get_value(decl, p.with_part("comment")) is None


def test_get_value_refuses_a_path_the_declaration_does_not_have() -> None:
    decl = new_declaration(get("CMRT", "6.5"))
    for bad in ("answers.Mica.1.answer", "smelters[0].name", "company.nope", "smelters"):
        with pytest.raises(FieldPathError):
            get_value(decl, bad)
