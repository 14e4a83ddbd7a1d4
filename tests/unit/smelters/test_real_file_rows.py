"""What real suppliers' Smelter Lists trip over (issue 15, points 3–6): pasted rows without a
CID, CID searches, one smelter per mine of origin, a pasted number over the smelter-ID formula."""

from __future__ import annotations

from forms.declaration import Smelter
from forms.smelters import SmelterIndex
from forms.smelters.entry import duplicate_key, match_pasted, row_flags
from forms.templates.common import NOT_LISTED


def test_a_cid_search_gives_the_standard_name_not_an_alias(cmrt_index: SmelterIndex):
    (hit,) = cmrt_index.search("CID001898", limit=5)
    assert hit.row.alias == "Thaisarco" == hit.row.standard_name
    assert cmrt_index.by_cid("1898")[0].alias == "Thaisarco"


def test_a_pasted_name_is_matched_like_a_search(cmrt_index: SmelterIndex):
    by_alias = match_pasted(Smelter(metal="Tin", name="Alpha Metals"), cmrt_index)
    assert (by_alias.lookup_name, by_alias.smelter_id, by_alias.country) == (
        "Alpha Metals", "CID000292", "UNITED STATES OF AMERICA",
    )  # fmt: skip
    by_standard = match_pasted(Smelter(metal="Tin", lookup_name="THAISARCO"), cmrt_index)
    assert (by_standard.lookup_name, by_standard.smelter_id) == ("Thaisarco", "CID001898")
    by_cid = match_pasted(Smelter(metal="Tin", id_input="CID001898"), cmrt_index)
    assert by_cid.lookup_name == "Thaisarco" and by_cid.smelter_id == "CID001898"


def test_a_pasted_name_nothing_matches_becomes_not_listed_and_is_flagged(
    cmrt_index: SmelterIndex,
):
    pasted = Smelter(metal="Tungsten", name="Nowhere Tungsten Works", country="CHINA")
    row = match_pasted(pasted, cmrt_index)
    assert (row.lookup_name, row.name, row.country) == (
        NOT_LISTED, "Nowhere Tungsten Works", "CHINA",
    )  # fmt: skip
    assert [f.kind for f in row_flags([row], ["Tungsten"], cmrt_index)[0]] == ["not_listed"]
    typo = match_pasted(Smelter(metal="Tin", name="Thaisarcco", country="THAILAND"), cmrt_index)
    assert typo.lookup_name == NOT_LISTED
    (flag,) = row_flags([typo], ["Tin"], cmrt_index)[0]
    assert flag.kind == "suggested_cid" and flag.suggestion is not None
    assert flag.suggestion.cid == "CID001898"


def test_one_smelter_on_several_rows_one_per_mine_is_no_duplicate(cmrt_index: SmelterIndex):
    rows = [
        Smelter(metal="Tin", lookup_name="Thaisarco", smelter_id="CID001898",
                mine_names="Mine A", mine_countries="THAILAND"),
        Smelter(metal="Tin", lookup_name="Thaisarco", smelter_id="CID001898",
                mine_names="Mine B", mine_countries="MYANMAR"),
        Smelter(metal="Tin", lookup_name="Thaisarco", smelter_id="CID001898",
                mine_names="mine a", mine_countries="Thailand"),
    ]  # fmt: skip
    assert duplicate_key(rows[0]) != duplicate_key(rows[1])
    flags = row_flags(rows, ["Tin"], cmrt_index)
    assert list(flags) == [2]
    assert flags[2][0].kind == "duplicate" and flags[2][0].other_row == 0


def test_a_number_pasted_over_the_id_formula_is_flagged(cmrt_index: SmelterIndex):
    rows = [
        Smelter(metal="Tin", lookup_name="Alpha Metals", smelter_id="12345"),
        Smelter(metal="Tin", lookup_name="Alpha Metals", smelter_id="CID000292"),
    ]
    flags = row_flags(rows, ["Tin"], cmrt_index)
    assert list(flags) == [0]
    (flag,) = flags[0]
    assert flag.kind == "id_mismatch" and flag.field == "smelter_id"
    assert flag.suggestion is not None and flag.suggestion.cid == "CID000292"
