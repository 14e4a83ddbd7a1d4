"""Smelters: the look-up index over a template's Smelter Look-up, and name normalisation."""

from __future__ import annotations

from forms.smelters.index import SmelterIndex, SmelterMatch, is_special
from forms.smelters.normalise import normalise_country, normalise_name, parse_cid

__all__ = [
    "SmelterIndex",
    "SmelterMatch",
    "is_special",
    "normalise_country",
    "normalise_name",
    "parse_cid",
]
