"""Customer profiles: what a customer accepts, the Lenovo starting profile, the text forms the
editor reads, and a request made from the library with a profile."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from forms.review import Customer
from forms.review.profiles import (
    Accepted,
    CustomerProfile,
    due_dates_text,
    lenovo_profile,
    library_choices,
    needs_text,
    parse_due_dates,
    parse_needs,
    request_from_profile,
)
from forms.review.requests import RequestedTemplate


@dataclass
class Entry:
    family: str
    version: str
    layout_version: str | None = None


def test_lenovo_starting_profile() -> None:
    p = lenovo_profile()
    assert needs_text(p.needs) == "CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21"
    assert p.starting_point == "Lenovo" and "edit" in p.notes
    assert (p.due_dates, p.cycle_months) == (((5, 31), (11, 30)), 6)
    assert p.accepts("CMRT", "6.6.1") and p.accepts("EMRT", "2.11") and p.accepts("CRT", "2.21")
    assert not p.accepts("CMRT", "6.5") and not p.accepts("EMRT", "2.1")
    assert not p.accepts("CRT", "2.2")


def test_text_forms_round_trip() -> None:
    needs = parse_needs("cmrt >= 6.6; EMRT 2.11 (cobalt) or CRT from 2.21")
    assert needs == (
        (Accepted("CMRT", "6.6"),),
        (Accepted("EMRT", "2.11", ("Cobalt",)), Accepted("CRT", "2.21")),
    )
    assert parse_needs(needs_text(needs)) == needs
    assert parse_needs("EMRT") == ((Accepted("EMRT", "1.1"),),)  # any version
    assert parse_due_dates("30 Nov, 31 May") == ((5, 31), (11, 30))
    assert due_dates_text(((5, 31), (11, 30))) == "31 May, 30 Nov"


@pytest.mark.parametrize("bad", ["XYZ 1.0", "CRT 2.2 (Tin)", "CMRT ≥ six"])
def test_a_bad_need_is_named(bad: str) -> None:
    with pytest.raises(ValueError, match=bad.split()[0]):
        parse_needs(f"CMRT 6.6; {bad}")


def test_json_round_trip() -> None:
    p = lenovo_profile(Customer("Lenovo", "supplier.compliance@lenovo.example"))
    assert CustomerProfile.from_json(p.to_json()) == p


def test_request_picks_the_newest_accepted_template_in_the_library() -> None:
    entries = [Entry("CMRT", "6.5"), Entry("CMRT", "6.6"), Entry("CRT", "2.21")]
    entries.append(Entry("EMRT", "2.1"))
    choices = library_choices(entries)
    assert [(c.family, c.version, c.in_library) for c in choices] == [
        ("CMRT", "6.6", True),
        ("CMRT", "6.5", True),
        ("CRT", "2.21", True),
        ("EMRT", "2.1", True),
        # Offered to the template picker (any request may ask for an AMRT), not in the library;
        # the profile below does not name the AMRT, so its request does not pick it.
        ("AMRT", "1.31.1", False),
    ]
    made = request_from_profile(lenovo_profile(), choices, date(2026, 6, 10))
    assert made.request.templates == (
        RequestedTemplate("CMRT", "6.6"),
        RequestedTemplate("CRT", "2.21"),  # EMRT 2.1 is older than Lenovo accepts
    )
    assert made.missing == []
    assert (made.request.due_date, made.request.period) == (date(2026, 11, 30), "2026 H2")


def test_request_names_what_the_library_lacks() -> None:
    choices = library_choices([Entry("CMRT", "6.7", "6.6")])
    assert choices[0].label == "" or choices[0].version == "6.6"
    made = request_from_profile(lenovo_profile(), choices, date(2026, 1, 5))
    assert made.request.templates[0] == RequestedTemplate("CMRT", "6.6")
    assert made.missing == ["EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21"]
    assert made.request.templates[1].minerals == ("Cobalt",)
    assert made.request.due_date == date(2026, 5, 31)
