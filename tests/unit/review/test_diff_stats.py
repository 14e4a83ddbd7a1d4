"""Smelter statistics per metal and the diff against last period's declaration."""

from __future__ import annotations

from dataclasses import replace

from review_samples import current_cmrt, previous_cmrt, smelter

from forms import templates
from forms.declaration import Answer, Smelter, new_declaration
from forms.review.diff import AnswerChange, diff, field_values
from forms.review.labels import path_label
from forms.review.smelter_stats import MetalStats, kind, smelter_key, smelter_stats


def test_smelter_key_prefers_cid_then_name_and_country() -> None:
    a = smelter("Tin", "Yunnan Tin", "CHINA", " cid002180 ")
    b = smelter("tin", "Other spelling", "CHINA", "CID002180")
    assert smelter_key(a) == smelter_key(b) == ("tin", "cid", "CID002180")
    c = smelter("Tin", "Zhuzhou  Smelter", "china")
    d = smelter("Tin", "zhuzhou smelter", "CHINA")
    assert smelter_key(c) == smelter_key(d) == ("tin", "zhuzhou smelter", "china")
    assert smelter_key(c) != smelter_key(replace(d, metal="Tungsten"))


def test_kind() -> None:
    assert kind(smelter("Tin", "Yunnan Tin", "CHINA", "CID002180")) == "listed"
    assert kind(smelter("Tin", "X", "CHINA")) == "not listed"
    assert (
        kind(Smelter(metal="Gold", lookup_name="Smelter not yet identified"))
        == "not yet identified"
    )
    assert kind(Smelter(metal="Gold", name="Unknown")) == "not yet identified"


def test_stats_per_metal_in_template_order() -> None:
    decl = current_cmrt()
    stats = smelter_stats(decl.smelters, decl.minerals_in_scope)
    assert stats == [
        MetalStats("Tantalum", listed=1),
        MetalStats("Tin", listed=1, not_listed=1, duplicates=1),
        MetalStats("Gold", listed=1, not_yet_identified=1),
        MetalStats("Tungsten", listed=1, not_listed=1),
    ]
    assert [s.total for s in stats] == [1, 3, 2, 2]


def test_stats_skip_blank_rows_and_keep_unknown_metals() -> None:
    rows = [Smelter(), smelter("Cobalt", "X", "CONGO"), Smelter(name="Y", country="PERU")]
    stats = smelter_stats(rows, ["Tin"])
    assert [(s.metal, s.total) for s in stats] == [("Tin", 0), ("Cobalt", 1), ("(no metal)", 1)]


def test_two_unidentified_rows_are_not_duplicates() -> None:
    rows = [Smelter(metal="Gold", lookup_name="Smelter not yet identified")] * 2
    assert smelter_stats(rows) == [MetalStats("Gold", not_yet_identified=2)]


def test_diff_against_previous_period() -> None:
    delta = diff(previous_cmrt(), current_cmrt())
    assert delta.answers_changed == [
        AnswerChange("company.contact_name", "张敏 Zhang Min", "李伟 Li Wei"),
        AnswerChange("company.effective_date", "2026-05-29", "2026-11-28"),
        AnswerChange("answers.Tin.3.answer", "Yes", "No"),
        AnswerChange("answers.Tin.3.comment", None, "All tin from RMAP conformant smelters"),
        AnswerChange("answers.Gold.7.answer", "Yes", None),
    ]
    assert [s.name for s in delta.smelters_added] == [
        "株洲冶炼集团 Zhuzhou Smelter",
        "Smelter not yet identified",
        "Korea Tungsten 대한중석",
    ]
    assert [s.smelter_id for s in delta.smelters_removed] == ["CID001105"]


def test_diff_of_identical_declarations_is_empty() -> None:
    assert diff(current_cmrt(), current_cmrt()).is_empty


def test_diff_across_families_shows_questions_only_one_asks() -> None:
    cmrt = new_declaration(templates.get("CMRT", "6.5"))
    emrt = new_declaration(templates.get("EMRT", "2.1"))
    emrt.minerals_in_scope = ["Cobalt"]
    emrt.ensure_shape()
    emrt.answers["Cobalt"]["1"] = Answer("Yes")
    delta = diff(cmrt, emrt)
    paths = {c.path: c for c in delta.answers_changed}
    assert paths["minerals_in_scope"].new == "Cobalt"
    assert paths["answers.Cobalt.1.answer"] == AnswerChange("answers.Cobalt.1.answer", None, "Yes")
    assert "answers.Tin.1.answer" not in paths  # None on both sides is no change


def test_field_values_cover_every_answer() -> None:
    values = field_values(current_cmrt())
    assert values["company.name"] == "东莞精密电缆有限公司 Dongguan Precision Cable Co., Ltd."
    assert values["company_answers.B.comment"] == "https://dg-cable.example/policy"
    assert values["answers.Gold.6.answer"] == "Greater than 75%"


def test_path_labels() -> None:
    assert path_label("company.name") == "Company Name"
    assert path_label("answers.Tin.3.comment") == "Tin — question 3, comment"
    assert path_label("company_answers.B.answer") == "Company question B"
    assert path_label("company_answers_by_mineral.C.Cobalt.answer") == "Company question C (Cobalt)"
    assert path_label("smelters[2]") == "Smelter List row 3"
    assert path_label("smelters[2].country") == "Smelter List row 3, country"
    assert path_label("something.else") == "something.else"
