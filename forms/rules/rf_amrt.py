"""AMRT red flags: mineral names the template cannot take as they are."""

from __future__ import annotations

from forms.declaration import Declaration
from forms.rules.finding import Finding
from forms.rules.rf_text import non_english
from forms.templates.cells import DECLARATION
from forms.templates.model import TemplateDef


def mineral_name_flags(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    """Names not written in English (RMI asks for English, and the template sorts other
    scripts in an order MRT Desk cannot reproduce), and more minerals than the template holds."""
    choice = tpl.mineral_choice
    if choice is None:
        return []
    out = []
    for name in decl.minerals_in_scope:
        if non_english(name):
            out.append(
                Finding.of(
                    "RF-AMRT-MINERAL-NOT-ENGLISH",
                    "warning",
                    "minerals_in_scope",
                    DECLARATION,
                    choice.cells[0],
                    mineral=name,
                )
            )
    if len(decl.minerals_in_scope) > len(choice.cells):
        out.append(
            Finding.of(
                "RF-AMRT-TOO-MANY-MINERALS",
                "warning",
                "minerals_in_scope",
                DECLARATION,
                choice.cells[-1],
                count=len(decl.minerals_in_scope),
                template=f"{tpl.family} {tpl.version}",
                capacity=len(choice.cells),
            )
        )
    return out
