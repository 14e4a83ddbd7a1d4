"""Smelter rows as the template's formulas make them, and the inline row flags."""

from __future__ import annotations

from forms.declaration import Smelter
from forms.smelters import SmelterIndex
from forms.smelters.entry import (
    complete,
    duplicate_key,
    from_lookup,
    not_listed,
    not_yet_identified,
    row_flags,
)
from forms.templates.common import NOT_LISTED, NOT_YET_IDENTIFIED


def test_a_pick_fills_what_the_template_formulas_fill_and_keeps_the_users_columns(
    cmrt_index: SmelterIndex,
):
    row = cmrt_index.by_cid("CID002763")[0]
    s = from_lookup(row)
    assert (s.metal, s.lookup_name, s.country, s.smelter_id, s.id_source) == (
        "Gold", row.alias, "ITALY", "CID002763", "RMI",
    )  # fmt: skip
    assert s.city == row.city and s.name is None
    old = Smelter(metal="Gold", lookup_name=NOT_LISTED, name="8853", country="ITALY",
                  contact_email="a@b.example", recycled_scrap="Yes", id_input="x")  # fmt: skip
    kept = from_lookup(row, keep=old)
    assert kept.contact_email == "a@b.example" and kept.recycled_scrap == "Yes"
    assert kept.name is None and kept.lookup_name == row.alias and kept.id_input is None


def test_special_rows(cmrt_rows):
    s = not_listed("Tin", "  Some Tin Works ", "CHINA ")
    assert (s.lookup_name, s.name, s.country) == (NOT_LISTED, "Some Tin Works", "CHINA")
    u = not_yet_identified("Gold", cmrt_rows)
    assert (u.metal, u.lookup_name, u.country, u.smelter_id) == (
        "Gold", NOT_YET_IDENTIFIED, "Unknown", None,
    )  # fmt: skip
    assert not_yet_identified("Gold").country is None


def test_complete_fills_blanks_from_a_cid_or_an_exact_alias(cmrt_index: SmelterIndex):
    by_cid = complete(Smelter(smelter_id="cid2763"), cmrt_index)
    assert (by_cid.metal, by_cid.country, by_cid.id_source) == ("Gold", "ITALY", "RMI")
    alias = cmrt_index.by_cid("CID002082")[0]
    by_alias = complete(Smelter(metal="Tungsten", lookup_name=alias.alias), cmrt_index)
    assert by_alias.smelter_id == "CID002082" and by_alias.country == "CHINA"
    typo = Smelter(metal="Tungsten", lookup_name="Xiamen Tungstn")
    assert complete(typo, cmrt_index) == typo  # no guess on a typo: the user picks
    special = Smelter(metal="Gold", lookup_name=NOT_LISTED, name="8853 S.p.A.")
    assert complete(special, cmrt_index) == special


def test_row_flags(cmrt_index: SmelterIndex):
    listed = from_lookup(cmrt_index.by_cid("CID002763")[0])
    rows = [
        listed,
        Smelter(metal="Gold", smelter_id="CID002763"),  # same smelter again
        Smelter(metal="Cobalt", lookup_name="Whatever"),  # not a CMRT mineral
        Smelter(metal="Tin", smelter_id="CID999999"),  # unknown CID
        Smelter(metal="Gold", lookup_name=NOT_LISTED, name="8853 SpA", country="ITALY"),
    ]
    flags = row_flags(rows, ["Gold", "Tin", "Tantalum", "Tungsten"], cmrt_index)
    assert 0 not in flags
    assert [(f.kind, f.field, f.other_row) for f in flags[1]] == [("duplicate", "lookup_name", 0)]
    assert [f.kind for f in flags[2]] == ["metal_not_in_scope"]
    assert [(f.kind, f.field) for f in flags[3]] == [("unknown_cid", "smelter_id")]
    suggestion = flags[4][0]
    assert suggestion.kind == "suggested_cid" and suggestion.suggestion is not None
    assert suggestion.suggestion.cid == "CID002763"
    without_index = row_flags(rows, ["Gold", "Tin"], None)
    assert 3 not in without_index and 4 not in without_index


def test_duplicate_key_of_not_listed_rows_uses_normalised_name_and_country():
    a = Smelter(metal="Tin", lookup_name=NOT_LISTED, name="Acme Tin Co., Ltd.", country="CHINA")
    b = Smelter(metal="tin", lookup_name="smelter not listed", name="ACME TIN", country="China")
    assert duplicate_key(a) == duplicate_key(b) is not None
    assert duplicate_key(Smelter(metal="Tin", lookup_name=NOT_YET_IDENTIFIED)) is None
