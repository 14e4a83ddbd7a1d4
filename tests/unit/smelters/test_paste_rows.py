"""Pasted text (Excel's tab-separated clipboard, CSV) as list rows through a column mapping."""

from __future__ import annotations

from forms import paste
from forms.declaration import Product, Smelter
from forms.templates import get

SMELTERS = get("CMRT", "6.5").smelter_list.columns
PRODUCTS = get("EMRT", "2.1").product_list.columns


def test_excel_clipboard_text_with_quoted_line_breaks_and_ragged_rows():
    text = 'Metal\tSmelter Name\r\nGold\t"Two\nlines"\r\nTin\r\n\r\n'
    assert paste.parse_table(text) == [["Metal", "Smelter Name"], ["Gold", "Two\nlines"],
                                       ["Tin", ""]]  # fmt: skip
    assert paste.parse_table("a;b\n1;2\n") == [["a", "b"], ["1", "2"]]
    assert paste.parse_table("a,b\n") == [["a", "b"]]
    assert paste.parse_table("  \n") == []


def test_header_row_is_recognised_and_mapped_by_template_headers_and_synonyms():
    table = paste.parse_table(
        "Metal (*)\tSmelter Look-up (*)\tSmelter Country (*)\tCID\tNotes\n"
        "Gold\t8853 S.p.A.\tITALY\tCID002763\tx\n"
    )
    assert paste.has_header(table, SMELTERS)
    mapping = paste.guess_mapping(table, SMELTERS, True)
    assert mapping == ["metal", "lookup_name", "country", "smelter_id", None]
    rows = paste.build_rows(table, mapping, Smelter, True)
    assert rows == [Smelter(metal="Gold", lookup_name="8853 S.p.A.", country="ITALY",
                            smelter_id="CID002763")]  # fmt: skip


def test_without_header_cids_and_minerals_are_recognised_by_content():
    table = paste.parse_table("CID002763\tGold\tfoo\ncid000258\tTungsten\tbar\n")
    assert not paste.has_header(table, SMELTERS)
    mapping = paste.guess_mapping(table, SMELTERS, False, minerals=["Gold", "Tungsten"])
    assert mapping == ["smelter_id", "metal", None]


def test_a_full_width_copy_of_a_list_maps_in_template_order():
    table = [["P-1", "Cable", "R-1", "Req cable", ""]]
    assert [c.key for c in PRODUCTS][:4] == ["number", "name", "requester_number",
                                             "requester_name"]  # fmt: skip
    mapping = paste.guess_mapping(table, PRODUCTS, False)
    rows = paste.build_rows(table, mapping, Product, False)
    assert rows == [Product(number="P-1", name="Cable", requester_number="R-1",
                            requester_name="Req cable")]  # fmt: skip


def test_blank_rows_and_ignored_columns_add_nothing():
    table = [["", "x"], ["Gold", ""]]
    assert paste.build_rows(table, ["metal", None], Smelter, False) == [Smelter(metal="Gold")]
