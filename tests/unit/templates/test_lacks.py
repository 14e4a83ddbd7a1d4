"""What an older version lacks, and which version the date red flag tells the user to ask for."""

from __future__ import annotations

from datetime import date

import pytest

from forms import templates
from forms.declaration import new_declaration
from forms.rules.red_flags import red_flags
from forms.templates.lacks import lacks, version_to_ask_for

MAY_2026 = date(2026, 5, 1)


def test_the_newest_version_lacks_nothing() -> None:
    for family in templates.FAMILIES:
        for tpl in templates.newest_first(family)[:2]:  # 6.6.1 and 6.6 have one structure
            assert lacks(tpl) == [] or family == "CRT"


def test_older_versions_name_what_they_lack() -> None:
    old = lacks(templates.get("CMRT", "6.22"))
    assert old[0].startswith("its effective date must be on or before 31-Mar-2026")
    assert "requester's product number" in old[1]
    assert lacks(templates.get("CMRT", "6.5")) == [
        "its Product List has no columns for the requester's product number and name"
    ]
    emrt_13 = lacks(templates.get("EMRT", "1.3"))
    assert "it does not cover Copper, Graphite, Lithium, Nickel" in emrt_13
    assert "it has no Mine List" in emrt_13
    assert "EMRT 2.11.1, which replaced the CRT" in lacks(templates.get("CRT", "2.21"))[0]


@pytest.mark.parametrize(
    ("key", "ask"),
    [
        ("CMRT-6.22", "CMRT-6.6.1"),
        ("CMRT-6.01", "CMRT-6.6.1"),
        ("EMRT-2.1", "EMRT-2.11.1"),
        ("EMRT-1.3", "EMRT-2.11.1"),
        ("CRT-2.2", "EMRT-2.11.1"),
        ("CRT-2.21", "EMRT-2.11.1"),
    ],
)
def test_the_date_red_flag_names_the_version_to_ask_for(key: str, ask: str) -> None:
    tpl = templates.get(*key.split("-"))
    found = version_to_ask_for(tpl, MAY_2026)
    assert found is not None and found.key == ask
    decl = new_declaration(tpl)
    decl.company.effective_date = MAY_2026.isoformat()
    flags = red_flags(decl, today=date(2026, 6, 1))
    flag = next(f for f in flags if f.code == "RF-DATE-OUTSIDE-TEMPLATE")
    family, version = ask.split("-")
    assert flag.hint.startswith(f"Use {family} {version}, which accepts this date")
