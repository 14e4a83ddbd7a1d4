"""The roll-up's de-duplication, merge and workbook output, on declarations built in memory."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from forms import templates
from forms.declaration import Declaration, Smelter, new_declaration
from forms.rollup import (
    ConsolidatedSmelter,
    Consolidator,
    Rollup,
    SupplierSummary,
    merge_into,
    rollup,
    smelter_key,
    smelters_to_add,
    write_workbook,
)


def _cmrt(*smelters: Smelter, company: str = "Supplier") -> Declaration:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = company
    decl.smelters = list(smelters)
    return decl


def _listed(metal: str, cid: str, name: str = "X", **kw: str) -> Smelter:
    return Smelter(metal=metal, lookup_name=name, country="CHINA", smelter_id=cid, **kw)


def _unlisted(metal: str, name: str, country: str | None) -> Smelter:
    return Smelter(metal=metal, lookup_name="Smelter not listed", name=name, country=country)


class TestSmelterKey:
    def test_metal_and_cid(self):
        assert smelter_key(_listed("Tin", "CID002763")) == ("cid", "tin", "CID002763")
        assert smelter_key(_listed("TIN", "cid2763")) == smelter_key(_listed("Tin", "CID002763"))
        assert smelter_key(_listed("Gold", "CID002763")) != smelter_key(_listed("Tin", "CID002763"))

    def test_cid_typed_in_column_a_when_f_is_blank(self):
        s = Smelter(metal="Tin", id_input="CID000402")
        assert smelter_key(s) == ("cid", "tin", "CID000402")

    def test_unlisted_by_normalised_name_and_country(self):
        a = smelter_key(_unlisted("Tin", "Acme Foundry Co., Ltd.", "CHINA"))
        b = smelter_key(_unlisted("tin", "ACME FOUNDRY LIMITED", "China"))
        c = smelter_key(_unlisted("Tin", "Acme Foundry", "INDIA"))
        assert a == b == ("name", "tin", "acme foundry", "china")
        assert c != a

    def test_not_yet_identified_is_one_row_per_metal(self):
        s = Smelter(metal="Gold", lookup_name="Smelter not yet identified", country="Unknown")
        assert smelter_key(s) == ("unidentified", "gold")

    def test_listed_alias_without_cid_uses_the_alias(self):
        s = Smelter(metal="Gold", lookup_name="The Perth Mint", country="AUSTRALIA")
        assert smelter_key(s) == ("name", "gold", "perth mint", "australia")

    def test_rows_naming_no_smelter(self):
        assert smelter_key(Smelter()) is None
        assert smelter_key(Smelter(metal="Tin")) is None
        assert smelter_key(Smelter(metal="Tin", lookup_name="Smelter not listed")) is None


def test_consolidator_keeps_every_supplier_once_and_fills_blanks():
    c = Consolidator()
    a = _cmrt(_listed("Tin", "CID1", street=""), _unlisted("Tin", "Acme Co", "CHINA"))
    b = _cmrt(_listed("tin", "CID000001", city="Ganzhou"), _unlisted("Tin", "ACME", "China"))
    assert c.add(a, "A") == 2
    assert c.add(b, "B") == 2
    assert c.add(b, "B") == 2
    rows = list(c.rows.values())
    assert [r.suppliers for r in rows] == [["A", "B"], ["A", "B"]]
    assert rows[0].smelter.city == "Ganzhou"
    assert rows[0].smelter.metal == "Tin"  # the first report's spelling is kept


def _rolled(*rows: tuple[Smelter, list[str]]) -> Rollup:
    return Rollup(smelters=[ConsolidatedSmelter(s, sup) for s, sup in rows])


class TestMerge:
    def test_adds_missing_smelters_with_provenance(self):
        decl = _cmrt(_listed("Tin", "CID000001"))
        rolled = _rolled(
            (_listed("Tin", "CID000001"), ["A"]),
            (_listed("Gold", "CID000002", comments="their note"), ["A", "B"]),
            (_unlisted("Tin", "Acme", "CHINA"), ["C"]),
        )
        added = merge_into(decl, rolled)
        assert [s.smelter_id for s in added] == ["CID000002", None]
        # The supplier's own comment is kept after who reported it (issue 17: nothing dropped).
        assert added[0].comments == "Reported by: A; B — their note"
        assert added[1].comments == "Reported by: C"
        assert decl.smelters[1:] == added
        assert rolled.smelters[1].smelter.comments == "their note"  # the roll-up is unchanged
        assert merge_into(decl, rolled) == []

    def test_skips_metals_outside_the_declaration(self):
        decl = _cmrt()
        decl.minerals_in_scope = ["Tin"]
        rolled = _rolled((_listed("Gold", "CID2"), ["A"]), (_listed("Cobalt", "CID3"), ["A"]))
        assert smelters_to_add(decl, rolled) == []
        decl.minerals_in_scope = []
        assert [s.metal for s in smelters_to_add(decl, rolled)] == ["Gold"]  # template minerals

    def test_two_consolidated_rows_with_one_key_add_once(self):
        rolled = _rolled((_listed("Tin", "CID1"), ["A"]), (_listed("Tin", "CID000001"), ["B"]))
        assert len(smelters_to_add(_cmrt(), rolled)) == 1


def test_no_files():
    calls: list[tuple[int, int, str]] = []
    result = rollup([], progress=lambda *a: calls.append(a))
    assert result == Rollup()
    assert calls == [(0, 0, "")]


def test_write_workbook(tmp_path: Path):
    rolled = _rolled(
        (_listed("Tin", "CID000001", name="Alpha", id_source="RMI"), ["A", "B"]),
        (_unlisted("Gold", "Acme", "CHINA"), ["C"]),
    )
    rolled.suppliers = [
        SupplierSummary("a.xlsx", "ok", None, "CMRT", "6.4", "A", 0, 2, 1),
        SupplierSummary("bad.xlsx", "unreadable", "not a workbook"),
    ]
    out = tmp_path / "consolidated.xlsx"
    write_workbook(rolled, out)
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames == ["Smelters", "Suppliers"]
    smelters = list(wb["Smelters"].iter_rows(values_only=True))
    assert smelters[0][:3] == ("Smelter Identification Number Input Column", "Metal (*)",
                               "Smelter Look-up (*)")  # fmt: skip
    assert smelters[0][-1] == "Reported by"
    assert smelters[1][1:3] == ("Tin", "Alpha") and smelters[1][5] == "CID000001"
    assert smelters[1][-1] == "A; B"
    assert smelters[2][2:5] == ("Smelter not listed", "Acme", "CHINA")
    suppliers = list(wb["Suppliers"].iter_rows(values_only=True))
    assert suppliers[0][0] == "File" and len(suppliers) == 3
    assert suppliers[1] == ("a.xlsx", "ok", None, "CMRT", "6.4", "A", 0, 2, 1)
    assert suppliers[2][:3] == ("bad.xlsx", "unreadable", "not a workbook")
    wb.close()


def test_formula_like_text_from_a_supplier_is_written_as_text(tmp_path: Path):
    evil = '=HYPERLINK("http://example.com","click")'
    rolled = _rolled((_unlisted("Tin", evil, "CHINA"), ["-2+3"]))
    rolled.suppliers = [SupplierSummary("a.xlsx", "ok", None, "CMRT", "6.4", "@SUM(1)", 0, 0, 1)]
    out = tmp_path / "consolidated.xlsx"
    write_workbook(rolled, out)
    with zipfile.ZipFile(out) as zf:
        xml = b"".join(zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/"))
    assert b"<f>" not in xml
    wb = openpyxl.load_workbook(out, read_only=True)
    assert list(wb["Smelters"].iter_rows(values_only=True))[1][3] == evil
    wb.close()


_smelters = st.builds(
    Smelter,
    metal=st.sampled_from(["Tin", "tin", "Gold", None]),
    lookup_name=st.sampled_from(["Smelter not listed", "Smelter not yet identified", "X", None]),
    name=st.sampled_from(["Acme Co., Ltd.", "ACME LIMITED", "Borealis", "", None]),
    country=st.sampled_from(["CHINA", "China", "INDIA", None]),
    smelter_id=st.sampled_from(["CID000001", "cid1", "CID000002", "Enter smelter details", None]),
)


@given(st.lists(st.tuples(st.sampled_from("ABC"), st.lists(_smelters, max_size=6)), max_size=5))
def test_consolidation_invariants(reports: list[tuple[str, list[Smelter]]]):
    c = Consolidator()
    for supplier, smelters in reports:
        c.add(_cmrt(*smelters), supplier)
    reported: dict[object, list[str]] = {}
    for supplier, smelters in reports:
        for s in smelters:
            key = smelter_key(s)
            if key is not None and supplier not in reported.setdefault(key, []):
                reported[key].append(supplier)
    assert {k: r.suppliers for k, r in c.rows.items()} == reported
    assert all(smelter_key(r.smelter) == k for k, r in c.rows.items())
