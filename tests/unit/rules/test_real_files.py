"""What real published files tripped over (issue 15, points 13 and 16): the e-mail flag's row
and address lists, full-width punctuation, a product row without a number, "2.03a", and the
counts the review page and the e-mail summary share."""

from __future__ import annotations

from forms import templates
from forms.declaration import Answer, Declaration, Product, Smelter, new_declaration
from forms.review.mail import summary_text
from forms.review.smelter_stats import declared_minerals, smelter_counts
from forms.rules import check
from forms.rules.rf_text import is_email_list, non_english
from forms.workbook.detect import revision_from_text, version_key


def _decl() -> Declaration:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    c = decl.company
    c.name, c.scope, c.contact_name, c.contact_phone = "Acme", "A. Company", "Jane", "+1 555"
    c.contact_email, c.authorizer_name = "jane@acme.example; sales@acme.example", "John"
    c.authorizer_email, c.effective_date = "john@acme.example, cfo@acme.example", "2026-03-01"
    return decl


def test_the_email_flag_cites_the_workbook_row_and_accepts_address_lists() -> None:
    decl = _decl()
    decl.smelters = [
        Smelter(metal="Tin", lookup_name="A", contact_email="a@x.example; b@x.example"),
        Smelter(metal="Tin", lookup_name="B", contact_email="c@x.example , d@x.example"),
        Smelter(metal="Tin", lookup_name="C", contact_email="broken@"),
    ]
    flags = [f for f in check(decl) if f.code == "RF-EMAIL-INVALID"]
    assert [(f.path, f.cell) for f in flags] == [("smelters[2].contact_email", "L7")]
    assert "Smelter List row 7:" in flags[0].message
    assert is_email_list("a@x.example;b@y.example") and not is_email_list("a@x.example; b@")


def test_full_width_punctuation_is_not_a_foreign_language() -> None:
    assert not non_english("Tel：+86 769 1234（ext. 5）")
    assert non_english("电话：+86")
    decl = _decl()
    decl.company.contact_name = "Li Wei：Sales"
    assert "RF-NOT-ENGLISH" not in {f.code for f in check(decl)}


def test_a_product_row_without_a_number_is_not_an_empty_list() -> None:
    decl = _decl()
    decl.company.scope = "B. Product (or List of Products)"
    decl.products = [Product(name="Cable assembly")]
    (f,) = [f for f in check(decl) if f.code == "CHK-PRODUCT-LIST"]
    assert "empty" not in f.message and "no product number" in f.message
    decl.products = []
    (f,) = [f for f in check(decl) if f.code == "CHK-PRODUCT-LIST"]
    assert "empty" in f.message


def test_a_letter_revision_is_kept() -> None:
    assert revision_from_text("Revision 2.03a\nMay 2013") == "2.03a"
    assert revision_from_text("Revision 6.5April 25, 2025") == "6.5"
    assert revision_from_text("Rev. 6.31_zh") == "6.31"
    assert version_key("2.03a") == version_key("2.03")


def test_summary_and_review_count_unique_smelters_of_declared_minerals() -> None:
    decl = _decl()
    for mineral in decl.minerals_in_scope:
        decl.answers[mineral]["1"] = Answer("Yes")
    decl.answers["Tantalum"]["1"] = Answer("No")
    decl.smelters = [
        Smelter(metal="Tin", lookup_name="Thaisarco", smelter_id="CID001898", mine_names="A"),
        Smelter(metal="Tin", lookup_name="Thaisarco", smelter_id="CID001898", mine_names="B"),
        Smelter(metal="Tin", lookup_name="Alpha", smelter_id="CID000292"),
    ]
    assert declared_minerals(decl) == ["Tin", "Gold", "Tungsten"]
    counts = smelter_counts(decl)
    assert counts == {"Tin": 2, "Gold": 0, "Tungsten": 0}
    text = summary_text([decl])
    assert "Minerals in scope: Tin, Gold, Tungsten" in text
    assert "Tin smelters: 2" in text and "Tantalum" not in text
