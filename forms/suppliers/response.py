"""The share of asked suppliers who answered, per metal, and the answer it suggests to the
template's supplier-response question (CMRT/EMRT question 6: "What percentage of relevant
suppliers have provided a response to your supply chain survey?")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from forms.suppliers.model import CampaignEntry, SupplierState
from forms.templates.model import TemplateDef

ANSWERED = frozenset({SupplierState.RECEIVED, SupplierState.ACCEPTED, SupplierState.SENT_BACK})
_GREATER = re.compile(r"greater than\s+(\d+(?:\.\d+)?)\s*%", re.I)
_AT_MOST = re.compile(r"(\d+(?:\.\d+)?)\s*%\s*or less", re.I)
_EXACT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")


@dataclass(frozen=True)
class Share:
    metal: str
    asked: int
    answered: int

    @property
    def fraction(self) -> float | None:
        return None if not self.asked else self.answered / self.asked


def response_shares(entries: Sequence[CampaignEntry], metals: Sequence[str]) -> list[Share]:
    """Per metal: suppliers asked who supply it (a supplier with no metals listed counts for
    every metal) and how many of them sent a file back."""
    out = []
    for metal in metals:
        relevant = [
            e
            for e in entries
            if e.state is not SupplierState.NOT_ASKED
            and (
                not e.supplier.metals
                or metal.casefold() in {m.casefold() for m in e.supplier.metals}
            )
        ]
        out.append(Share(metal, len(relevant), sum(1 for e in relevant if e.state in ANSWERED)))
    return out


def _fits(option: str, percent: float) -> bool:
    text = option.strip()
    if m := _EXACT.match(text):
        return abs(percent - float(m[1])) < 1e-9
    if m := _GREATER.search(text):
        return percent > float(m[1])
    if m := _AT_MOST.search(text):
        return 0 < percent <= float(m[1])
    if text.casefold() == "none":
        return percent == 0
    return False


def suggest_option(fraction: float, options: Sequence[str]) -> str | None:
    """The option of a percentage question that `fraction` (0–1) falls in: "100%", "Greater
    than 90%", …, "50% or less", "None" — the first that fits, in the template's order."""
    percent = round(fraction * 100, 6)
    return next((o for o in options if _fits(o, percent)), None)


def response_question(tpl: TemplateDef) -> str | None:
    """The number of the per-mineral question answered in percentages of suppliers."""
    for q in tpl.questions:
        options = q.options
        if any(_GREATER.search(o) for o in options) and any(
            o.strip().casefold() == "none" for o in options
        ):
            return str(q.number)
    return None
