"""The AMRT parts of the declaration strategies: minerals the user names (drop-down options and
"Other" names) and smelter rows its Checker counts (name or look-up, and a country)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from forms.declaration import Smelter
from forms.templates.model import TemplateDef

# Names that are no drop-down option of any AMRT: written as "Other" from 1.3 on.
OTHER_NAMES = ("Gallium", "Germanium", "Bismuth", "Tungsten Carbide")
COUNTRIES = st.sampled_from(["CHINA", "GERMANY", "BRAZIL"])
_TEXT = st.sampled_from(["Alpha Refinery", "Beta & Co <x>", "中文冶炼厂"])


def minerals(draw: Any, tpl: TemplateDef, complete: bool) -> list[str]:
    """Up to the template's capacity of distinct mineral names, at least one when complete."""
    assert tpl.mineral_choice is not None
    pool = sorted({*tpl.minerals, *OTHER_NAMES})
    chosen = draw(
        st.lists(
            st.sampled_from(pool),
            min_size=1 if complete else 0,
            max_size=tpl.mineral_capacity,
            unique=True,
        )
    )
    return list(chosen)


def counted(draw: Any, smelter: Smelter) -> Smelter:
    """`smelter` with what the AMRT Checker needs to count it: a name and a country."""
    smelter.name = smelter.name or draw(_TEXT)
    smelter.country = smelter.country or draw(COUNTRIES)
    return smelter
