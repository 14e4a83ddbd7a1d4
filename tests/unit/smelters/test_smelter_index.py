"""The smelter look-up index over the official CMRT 6.5 and EMRT 2.0 Smelter Look-up tabs."""

from __future__ import annotations

import random

import pytest

from forms.reference_data import LookupRow
from forms.smelters import SmelterIndex, SmelterMatch, is_special
from forms.workbook.package import Package, open_file
from forms.workbook.reference import extract


def _top_cids(results: list[SmelterMatch]) -> set[str | None]:
    """The CIDs sharing the best score (equal-score ties)."""
    if not results:
        return set()
    return {m.row.cid for m in results if m.score == results[0].score}


def _listed(rows: list[LookupRow]) -> list[LookupRow]:
    return [r for r in rows if not is_special(r)]


def test_every_cmrt_alias_finds_its_cid(cmrt_index: SmelterIndex, cmrt_rows: list[LookupRow]):
    rows = _listed(cmrt_rows)
    assert len(rows) == 629
    misses = [r for r in rows if r.cid not in _top_cids(cmrt_index.search(r.alias))]
    assert misses == []


def test_every_cmrt_alias_finds_its_cid_within_its_metal(
    cmrt_index: SmelterIndex, cmrt_rows: list[LookupRow]
):
    for r in _listed(cmrt_rows):
        results = cmrt_index.search(r.alias, metal=r.metal)
        assert results[0].row.cid == r.cid or r.cid in _top_cids(results), r
        assert results[0].matched_on in {"alias", "name"}
        assert results[0].score == 100.0


def test_every_emrt_alias_finds_its_cid(emrt_index: SmelterIndex, emrt_rows: list[LookupRow]):
    misses = [r for r in _listed(emrt_rows) if r.cid not in _top_cids(emrt_index.search(r.alias))]
    assert misses == []


def test_alias_shared_by_two_metals_ties_until_the_metal_is_given(cmrt_index: SmelterIndex):
    both = cmrt_index.search("Mitsubishi Materials Corporation")
    assert _top_cids(both) == {"CID001188", "CID001191"}
    tin = cmrt_index.search("Mitsubishi Materials Corporation", metal="tin")
    assert tin[0].row.cid == "CID001191"
    assert {m.row.metal for m in tin} == {"Tin"}


@pytest.mark.parametrize("query", ["CID002763", "cid002763", " CID2763 ", "2763", "002763"])
def test_search_by_cid(cmrt_index: SmelterIndex, query: str):
    top = cmrt_index.search(query)[0]
    assert (top.row.cid, top.matched_on, top.score) == ("CID002763", "cid", 100.0)
    assert top.row.standard_name == "8853 S.p.A."


def test_cid_prefix_lists_the_cids_it_starts(cmrt_index: SmelterIndex):
    results = cmrt_index.search("CID00276", limit=50)
    cids = {m.row.cid for m in results if m.matched_on == "cid"}
    assert "CID002763" in cids
    assert all(c is not None and c.startswith("CID00276") for c in cids)


def test_one_result_per_smelter_and_metal(cmrt_index: SmelterIndex):
    results = cmrt_index.search("Perth Mint", limit=50)
    keys = [(m.row.metal, m.row.cid) for m in results]
    assert len(keys) == len(set(keys))
    assert results[0].row.cid == "CID002030"


def test_by_cid_and_is_known_cid(cmrt_index: SmelterIndex):
    aliases = {r.alias for r in cmrt_index.by_cid("cid2030")}
    assert {"AGR (Perth Mint Australia)", "Perth Mint", "The Perth Mint"} <= aliases
    assert cmrt_index.is_known_cid("CID002030") and cmrt_index.is_known_cid("2030")
    assert not cmrt_index.is_known_cid("CID999999")
    assert not cmrt_index.is_known_cid("not a cid")
    assert cmrt_index.by_cid("nonsense") == []


def test_special_rows_are_never_results(cmrt_index: SmelterIndex, emrt_index: SmelterIndex):
    for index in (cmrt_index, emrt_index):
        for q in ("Smelter not listed", "Smelter not yet identified", "Unknown", "smelter not"):
            assert all(not is_special(m.row) for m in index.search(q, limit=100))
            assert all(m.row.cid for m in index.search(q, limit=100))


def test_normalised_names_match(cmrt_index: SmelterIndex):
    for query, cid in [
        ("mitsui mining & smelting co ltd", "CID001193"),  # Gold; Tantalum ties
        ("MINERACAO TABOCA", "CID001173"),
        ("Mineração Taboca S/A", "CID001173"),
        ("8853 SpA", "CID002763"),
        ("abc refinery pty. limited", "CID002920"),
    ]:
        results = cmrt_index.search(query)
        assert cid in _top_cids(results), (query, results[:3])
        assert results[0].score >= 95.0


def test_standard_name_is_found_through_an_other_alias_row(cmrt_index: SmelterIndex):
    # "Asahi Refining Canada Ltd." is the standard name of the old Johnson Matthey Canada aliases.
    results = cmrt_index.search("Asahi Refining Canada Ltd.", metal="Gold")
    assert results[0].row.cid == "CID000924"


@pytest.mark.parametrize(
    ("typo", "cid"),
    [
        ("Perht Mint", "CID002030"),
        ("Asahi Refinning USA", "CID000920"),
        ("Mitsubsihi Materials", "CID001188"),
        ("Abington Reldan Metal LLC", "CID002708"),
    ],
)
def test_typos_are_tolerated(cmrt_index: SmelterIndex, typo: str, cid: str):
    results = cmrt_index.search(typo, metal="Gold", limit=5)
    assert cid in [m.row.cid for m in results[:3]], results


def test_one_dropped_letter_in_any_alias_still_ranks_its_cid_in_the_top_three(
    cmrt_index: SmelterIndex, cmrt_rows: list[LookupRow]
):
    rnd = random.Random(7)
    misses = []
    for r in _listed(cmrt_rows):
        if len(r.alias) < 6:
            continue
        i = rnd.randrange(1, len(r.alias) - 1)
        query = r.alias[:i] + r.alias[i + 1 :]
        if r.cid not in [m.row.cid for m in cmrt_index.search(query, metal=r.metal)[:3]]:
            misses.append(query)
    assert misses == []


def test_prefix_typed_so_far_finds_the_smelter(cmrt_index: SmelterIndex):
    for typed in ("Metal", "Metalor", "Metalor Tech"):
        results = cmrt_index.search(typed, metal="Gold")
        assert any("Metalor" in (m.row.standard_name or "") for m in results[:5]), typed
    assert cmrt_index.search("taniob", metal="Tantalum")[0].row.standard_name.startswith("TANIOBIS")


def test_non_latin_alias(cmrt_index: SmelterIndex):
    assert cmrt_index.search("タニオビス・ジャパン株式会社")[0].row.cid == "CID002549"
    assert cmrt_index.search("洛阳栾川钼业")[0].row.cid == "CID002641"


def test_metal_filter(cmrt_index: SmelterIndex, emrt_index: SmelterIndex):
    assert {m.row.metal for m in cmrt_index.search("co", metal="Tungsten", limit=100)} == {
        "Tungsten"
    }
    assert cmrt_index.search("CID002763", metal="Tin") == []
    assert {m.row.metal for m in emrt_index.search("refinery", metal="COBALT", limit=100)} == {
        "Cobalt"
    }
    assert cmrt_index.search("Perth", metal="Cobalt") == []


def test_empty_query_and_limit(cmrt_index: SmelterIndex):
    assert cmrt_index.search("") == []
    assert cmrt_index.search("   ") == []
    assert cmrt_index.search("metal", limit=0) == []
    assert len(cmrt_index.search("a", limit=7)) == 7
    scores = [m.score for m in cmrt_index.search("gold", limit=50)]
    assert scores == sorted(scores, reverse=True)


def test_index_size(cmrt_index: SmelterIndex, emrt_index: SmelterIndex):
    assert len(cmrt_index) == 349  # spec: CMRT 6.5 has 349 CIDs
    assert len(emrt_index) > 250


class TestSuggestCid:
    def test_not_listed_name_and_country_of_a_listed_smelter(self, cmrt_index: SmelterIndex):
        s = cmrt_index.suggest_cid("The Perth Mint", "AUSTRALIA", "Gold")
        assert s is not None and s.row.cid == "CID002030"
        s = cmrt_index.suggest_cid("perth mint ltd", "Australia", "gold")
        assert s is not None and s.row.cid == "CID002030"

    def test_country_decides_between_same_named_smelters(self, cmrt_index: SmelterIndex):
        japan = cmrt_index.suggest_cid("H.C. Starck Ltd", "JAPAN", "Tantalum")
        thailand = cmrt_index.suggest_cid("H.C. Starck Co Ltd", "THAILAND", "Tantalum")
        assert japan is not None and japan.row.cid == "CID002549"
        assert thailand is not None and thailand.row.cid == "CID002544"
        assert cmrt_index.suggest_cid("H.C. Starck", None, "Tantalum") is None  # ambiguous

    def test_wrong_country_or_metal_suggests_nothing(self, cmrt_index: SmelterIndex):
        assert cmrt_index.suggest_cid("The Perth Mint", "CANADA", "Gold") is None
        assert cmrt_index.suggest_cid("The Perth Mint", "AUSTRALIA", "Tin") is None

    def test_same_alias_in_two_metals_needs_the_metal(self, cmrt_index: SmelterIndex):
        assert cmrt_index.suggest_cid("Dowa", "JAPAN", None) is None
        gold = cmrt_index.suggest_cid("Dowa", "JAPAN", "Gold")
        assert gold is not None and gold.row.cid == "CID000401"

    def test_typo_in_the_name(self, cmrt_index: SmelterIndex):
        s = cmrt_index.suggest_cid(
            "Abingdon Reldan Metals, LLC", "UNITED STATES OF AMERICA", "Gold"
        )
        assert s is not None and s.row.cid == "CID002708" and s.matched_on == "fuzzy"

    def test_unknown_smelter(self, cmrt_index: SmelterIndex):
        assert cmrt_index.suggest_cid("Acme Backyard Foundry", "CHINA", "Tin") is None
        assert cmrt_index.suggest_cid("", "CHINA", "Tin") is None
        assert cmrt_index.suggest_cid("Co., Ltd.", "CHINA", "Tin") is None


def test_rows_from_the_workbook_reference_extractor_are_the_same(
    templates_dir, cmrt_rows: list[LookupRow]
):
    path = templates_dir / "RMI_CMRT_6.5.xlsx"
    rows = extract(Package(open_file(path))).lookup
    assert rows == cmrt_rows


def _exact_or_none(index: SmelterIndex, query: str, metal: str | None) -> SmelterMatch | None:
    hits = index.search(query, metal=metal, limit=1)
    return hits[0] if hits and hits[0].score >= 100.0 else None


def test_exact_match_is_searchs_exact_result(
    cmrt_index: SmelterIndex, cmrt_rows: list[LookupRow], emrt_rows: list[LookupRow]
):
    """`exact_match` (what the row flags use at every opening) answers as `search(limit=1)`
    does whenever that scores EXACT: every alias and standard name of both look-ups, each with
    its own metal, another metal and none, changed in case and spacing, and some near misses."""
    rnd = random.Random(16)
    emrt_index = SmelterIndex(emrt_rows)
    for index, rows in ((cmrt_index, cmrt_rows), (emrt_index, emrt_rows)):
        metals: list[str | None] = [*sorted({r.metal for r in rows}), None]
        queries = [r.alias for r in rows] + [r.standard_name or "" for r in rows]
        queries += [r.cid or "" for r in rows[:50]]
        queries += [f"  {q.upper()} " for q in rnd.sample(queries, 100)]
        queries += [q[:-1] for q in rnd.sample(queries, 100)]  # near misses: no exact hit
        for query in queries:
            for metal in (rnd.choice(metals), None):
                assert index.exact_match(query, metal=metal) == _exact_or_none(
                    index, query, metal
                ), (query, metal)
