"""Declaration JSON: exact round trip for every template; malformed input gives path errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from forms import templates
from forms.declaration import Answer, Declaration, Mine, Product, Smelter, new_declaration, to_json
from forms.declaration_json import dumps, from_json, load
from forms.templates import TemplateDef


def _filled(tpl: TemplateDef) -> Declaration:
    decl = new_declaration(tpl)
    if tpl.dynamic_minerals:
        decl.minerals_in_scope = ["Cobalt", "Lithium", "Nickel"]
        decl.ensure_shape()
    for k in decl.company.__dataclass_fields__:
        setattr(decl.company, k, f"{k} value")
    decl.company.scope, decl.company.effective_date = tpl.scope_options[1], "2026-03-01"
    for mineral, per in decl.answers.items():
        for number, ans in per.items():
            options = tpl.question(number).options_for(mineral)
            ans.answer, ans.comment = options[-1], f"comment {number}"
    for letter, ans in decl.company_answers.items():
        ans.answer, ans.comment = tpl.company_question(letter).options[0], "www.acme.example"
    for letter, per in decl.company_answers_by_mineral.items():
        for m in per:
            per[m] = Answer(tpl.company_question(letter).options_for(m)[0], "ok")
    decl.smelters = [
        Smelter(
            metal=decl.minerals_in_scope[0],
            lookup_name="Smelter not listed",
            name="Works",
            country="PERU",
            recycled_scrap="No",
            id_input="CID1",
        )
    ]
    requester = any(c.key == "requester_number" for c in tpl.product_list.columns)
    decl.products = [
        Product(
            number="P-1",
            name="Cable",
            comments="c",
            requester_number="R-1" if requester else None,
            requester_name="Req" if requester else None,
        )
    ]
    if tpl.mine_list:
        decl.mines = [Mine(metal="Cobalt", mine_name="Pit", country="PERU")]
    return decl


@pytest.mark.parametrize("tpl", templates.ALL, ids=lambda t: t.key)
def test_round_trip(tpl: TemplateDef) -> None:
    decl = _filled(tpl)
    doc = json.loads(dumps(decl))
    back, errors = from_json(doc)
    assert errors == []
    assert back == decl
    assert to_json(back) == doc


@pytest.mark.parametrize("tpl", templates.ALL, ids=lambda t: t.key)
def test_blank_round_trip(tpl: TemplateDef) -> None:
    decl = new_declaration(tpl)
    back, errors = from_json(to_json(decl))
    assert (back, errors) == (decl, [])


def _doc(**changes: Any) -> dict[str, Any]:
    doc = to_json(_filled(templates.get("CMRT", "6.5")))
    doc.update(changes)
    return doc


def _paths(doc: Any) -> list[str]:
    return [e.path for e in from_json(doc)[1]]


def test_not_an_object() -> None:
    assert from_json([1, 2])[0] is None
    assert _paths([1, 2]) == ["$"]


def test_unknown_template() -> None:
    decl, errors = from_json(_doc(template={"family": "CMRT", "version": "9.9"}))
    assert decl is None and [e.path for e in errors] == ["template"]
    assert "9.9" in errors[0].message


def test_missing_template() -> None:
    doc = _doc()
    del doc["template"]
    assert "template" in _paths(doc)


def test_wrong_types() -> None:
    doc = _doc()
    doc["company"]["name"] = ["Acme"]
    doc["company"]["contact_phone"] = 5551234  # numbers are taken as their text
    doc["smelters"] = {"metal": "Tin"}
    doc["answers"]["Tin"]["1"] = "Yes"
    assert sorted(_paths(doc)) == ["answers.Tin.1", "company.name", "smelters"]
    decl, _ = from_json(doc)
    assert decl is not None and decl.company.contact_phone == "5551234"


def test_unknown_option_and_keys() -> None:
    doc = _doc()
    doc["answers"]["Gold"]["1"]["answer"] = "Perhaps"
    doc["company"]["nickname"] = "A"
    doc["smelters"][0]["colour"] = "red"
    doc["answers"]["Gold"]["9"] = {"answer": "Yes", "comment": None}
    doc["company_answers"]["Z"] = {"answer": "Yes", "comment": None}
    errors = from_json(doc)[1]
    assert sorted(e.path for e in errors) == sorted(
        [
            "answers.Gold.1.answer",
            "company.nickname",
            "smelters[0].colour",
            "answers.Gold.9",
            "company_answers.Z",
        ]
    )
    assert '"Perhaps" is not one of' in next(
        e.message for e in errors if e.path.endswith("1.answer")
    )


def test_unknown_option_is_kept_when_not_strict() -> None:
    doc = _doc()
    doc["answers"]["Gold"]["1"]["answer"] = "Perhaps"
    decl, errors = from_json(doc, strict_options=False)
    assert errors == [] and decl is not None and decl.answer("Gold", "1") == "Perhaps"


def test_mineral_not_in_scope() -> None:
    doc = to_json(_filled(templates.get("EMRT", "2.1")))
    doc["answers"]["Copper"] = {"1": {"answer": "Yes", "comment": None}}
    doc["minerals_in_scope"].append("Tin")
    assert sorted(_paths(doc)) == ["answers.Copper", "minerals_in_scope[3]"]


def test_fixed_minerals_cannot_change() -> None:
    assert _paths(_doc(minerals_in_scope=["Tin"])) == ["minerals_in_scope"]


def test_per_mineral_question_in_the_wrong_place() -> None:
    doc = to_json(_filled(templates.get("EMRT", "2.1")))
    doc["company_answers"]["C"] = {"answer": "Yes", "comment": None}
    doc["company_answers_by_mineral"]["A"] = {"Cobalt": {"answer": "Yes", "comment": None}}
    assert sorted(_paths(doc)) == ["company_answers.C", "company_answers_by_mineral.A"]


def test_bad_json_syntax(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "mrt-declaration/1", "template": {', encoding="utf-8")
    decl, errors = load(path)
    assert decl is None and [e.path for e in errors] == ["$"]
    assert "line 1" in errors[0].message


def test_unreadable_files(tmp_path: Path) -> None:
    assert load(tmp_path / "missing.json")[1][0].path == "$"
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"company": {"name": "Société"}}'.encode("latin-1"))
    assert "UTF-8" in load(latin)[1][0].message


def test_strings_are_stripped() -> None:
    doc = _doc()
    doc["company"]["name"] = "  Acme \n"
    doc["company"]["address"] = "   "
    decl = from_json(doc)[0]
    assert decl is not None and (decl.company.name, decl.company.address) == ("Acme", None)
