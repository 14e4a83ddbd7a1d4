"""Normalising smelter names, countries and CIDs."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.smelters import normalise_country, normalise_name, parse_cid


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("8853 S.p.A.", "8853"),
        ("Mitsui Mining and Smelting Co., Ltd.", "mitsui mining smelting"),
        ("MITSUI MINING & SMELTING CO.,LTD", "mitsui mining smelting"),
        ("Mineração Taboca S.A.", "mineracao taboca"),
        ("H.C. Starck Smelting GmbH & Co. KG", "hc starck smelting"),
        ("PT Timah Tbk Kundur", "timah kundur"),
        ("JSC Novosibirsk Refinery", "novosibirsk refinery"),
        ("Abington Reldan Metals, LLC", "abington reldan metals"),
        ("Met-Mex Peñoles S.A. de C.V.", "met mex penoles"),
        (
            "OJSC “The Gulidov Krasnoyarsk Non-Ferrous Metals Plant”",
            "gulidov krasnoyarsk non ferrous metals plant",
        ),
        ("Chizhou Xi’en New Material Technology Co., Ltd.", "chizhou xien new material technology"),
        ("Tanaka Kikinzoku Kogyo K.K.", "tanaka kikinzoku kogyo"),
        ("Eti Bakir A.S.", "eti bakir"),
        ("Eti Bakir A. S.", "eti bakir"),
        ("ＡＢＣ Ｒｅｆｉｎｅｒｙ", "abc refinery"),  # full-width letters
        ("  Metallo   (Aurubis) ", "metallo aurubis"),
        ("洛阳栾川钼业集团钨业有限公司", "洛阳栾川钼业集团钨业有限公司"),
        ("Co., Ltd.", "co ltd"),  # nothing but legal words: kept
        ("", ""),
        ("...", ""),
    ],
)
def test_normalise_name(raw: str, normal: str):
    assert normalise_name(raw) == normal


def test_legal_words_inside_a_name_are_kept_when_they_are_not_whole_words():
    assert normalise_name("Coltan Plc") == "coltan"
    assert normalise_name("Sabin Metal Corp.") == "sabin metal"
    assert normalise_name("Casa de Moneda") == "casa de moneda"


def test_normalise_country():
    assert normalise_country("CÔTE D'IVOIRE") == normalise_country("cote d ivoire")
    assert normalise_country("  United  States of America ") == "united states of america"
    assert normalise_country(None) == ""


@pytest.mark.parametrize(
    ("raw", "cid"),
    [
        ("CID002763", "CID002763"),
        ("cid002763", "CID002763"),
        ("2763", "CID002763"),
        (" CID 2763 ", "CID002763"),
        ("CID-2763", "CID002763"),
        ("CID000001", "CID000001"),
        ("Perth Mint", None),
        ("CID1234567", None),
        ("", None),
    ],
)
def test_parse_cid(raw: str, cid: str | None):
    assert parse_cid(raw) == cid


_ascii_names = st.text(alphabet=string.ascii_letters + string.digits + " .,&-()'", max_size=40)


@given(_ascii_names)
def test_normalised_name_is_lower_case_words(text: str):
    n = normalise_name(text)
    assert n == n.strip() and "  " not in n
    assert n == n.lower()
    assert all(c.isalnum() or c == " " for c in n)


@given(_ascii_names)
def test_case_and_punctuation_spacing_do_not_matter(text: str):
    assert normalise_name(text.upper()) == normalise_name(text.lower())
    assert normalise_name(text.replace(",", ", ")) == normalise_name(text)
