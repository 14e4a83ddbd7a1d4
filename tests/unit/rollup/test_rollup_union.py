"""Roll-up keeps everything: rows of one smelter that carry different mines keep every mine name
and country; one-value cells keep the first value and note the others; a property test checks
that no value of any input row is missing from the consolidated rows."""

from __future__ import annotations

from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from forms import templates
from forms.declaration import Smelter, new_declaration
from forms.rollup import (
    UNION_FIELDS,
    Consolidator,
    Rollup,
    declarations_by_metals,
    items,
    same_value,
    smelter_key,
)


def _decl(*smelters: Smelter):  # type: ignore[no-untyped-def]
    d = new_declaration(templates.get("CMRT", "6.5"))
    d.smelters = list(smelters)
    return d


def test_mines_of_one_smelter_from_several_rows_are_all_kept() -> None:
    # Real files list Xiamen Tungsten once per mine; Ulba's scrap sources come from Rwanda.
    xiamen = [
        Smelter(metal="Tungsten", smelter_id="CID002082", mine_names=m, mine_countries=c)
        for m, c in (("Mine A", "CHINA"), ("Mine B; Mine C", "CHINA"), ("Mine D", "LAOS"))
    ]
    ulba = [
        Smelter(metal="Tantalum", smelter_id="CID001969", mine_names="Ulba",
                mine_countries="KAZAKHSTAN"),
        Smelter(metal="Tantalum", smelter_id="CID001969", mine_names="Scrap",
                mine_countries="RWANDA", recycled_scrap="Yes", country="Kazakhstan"),
    ]  # fmt: skip
    c = Consolidator()
    c.add(_decl(*xiamen), "Supplier X")
    c.add(_decl(*ulba), "Supplier U")
    rows = {r.smelter.smelter_id: r for r in c.rows.values()}
    x = rows["CID002082"].smelter
    assert items(x.mine_names) == ["Mine A", "Mine B", "Mine C", "Mine D"]
    assert items(x.mine_countries) == ["CHINA", "LAOS"]
    u = rows["CID001969"]
    assert items(u.smelter.mine_countries) == ["KAZAKHSTAN", "RWANDA"]
    assert u.smelter.recycled_scrap == "Yes" and u.smelter.country == "Kazakhstan"
    assert u.suppliers == ["Supplier U"]


def test_one_value_cells_note_what_others_said() -> None:
    a = Smelter(metal="Tin", smelter_id="CID000001", country="CHINA", id_source="RMI")
    b = Smelter(metal="Tin", smelter_id="cid1", country="INDONESIA", id_source="RMI")
    c = Consolidator()
    c.add(_decl(a), "A")
    c.add(_decl(b), "B")
    [row] = c.rows.values()
    assert row.smelter.country == "CHINA"
    assert row.notes == ["country: INDONESIA (B)"]
    assert row.suppliers == ["A", "B"]


def test_one_declaration_per_product_line() -> None:
    c = Consolidator()
    c.add(_decl(*(Smelter(metal=m, smelter_id=f"CID00000{i}") for i, m in
                  enumerate(("Tin", "Tantalum", "Tungsten", "Gold"), 1))), "S")  # fmt: skip
    rolled = Rollup(smelters=list(c.rows.values()))
    base = _decl(Smelter(metal="Gold", smelter_id="CID000099"))
    base.company.name = "Acme"
    ta_w, tin_au = declarations_by_metals(base, rolled, [["Tantalum", "Tungsten"], ["tin", "GOLD"]])
    assert ta_w.minerals_in_scope == ["Tantalum", "Tungsten"]
    assert [s.metal for s in ta_w.smelters] == ["Tantalum", "Tungsten"]
    assert tin_au.minerals_in_scope == ["Tin", "Gold"]
    assert [s.smelter_id for s in tin_au.smelters] == ["CID000099", "CID000001", "CID000004"]
    assert ta_w.company.name == tin_au.company.name == "Acme"
    assert base.minerals_in_scope == ["Tantalum", "Tin", "Gold", "Tungsten"]  # untouched


TEXT = st.one_of(st.none(), st.sampled_from(["A", "b", "Mine 1", "Mine 2; Mine 3", "CHINA", "LAOS",
                                              "Yes", "No", " x "]))  # fmt: skip
ROW = st.builds(
    Smelter,
    metal=st.sampled_from(["Tin", "tin", "Gold"]),
    smelter_id=st.sampled_from(["CID000001", "CID000002", None]),
    name=st.sampled_from(["Acme", "Beta Ltd", None]),
    lookup_name=st.sampled_from(["Smelter not listed", None]),
    country=st.sampled_from(["CHINA", "LAOS", None]),
    mine_names=TEXT,
    mine_countries=TEXT,
    recycled_scrap=TEXT,
    contact_name=TEXT,
    comments=TEXT,
    street=TEXT,
)


@settings(max_examples=150, deadline=None)
@given(files=st.lists(st.lists(ROW, max_size=5), min_size=1, max_size=4))
def test_no_value_of_any_input_row_is_missing(files: list[list[Smelter]]) -> None:
    c = Consolidator()
    for i, rows in enumerate(files):
        c.add(_decl(*rows), f"S{i}")
    for rows in files:
        for s in rows:
            key = smelter_key(s)
            if key is None:
                continue
            row = c.rows[key]
            for f in fields(Smelter):
                value = getattr(s, f.name)
                if not value:
                    continue
                kept = getattr(row.smelter, f.name) or ""
                if f.name in UNION_FIELDS:
                    have = {i.casefold() for i in items(kept)}
                    assert all(i.casefold() in have for i in items(value)), (f.name, value, kept)
                else:
                    noted = any(n.startswith(f"{f.name.replace('_', ' ')}: {value} (")
                                for n in row.notes)  # fmt: skip
                    assert same_value(f.name, kept, value) or noted, (f.name, value, kept)
