"""Reading an AMRT's minerals: the names in its mineral cells ("Other" resolved to the name typed
below it), the order its own sorting formulas gave their answer rows, and the reasons its
Minerals Scope sheet gives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from forms.declaration import Answer, Declaration
from forms.rules.finding import Finding
from forms.templates.cells import DECLARATION, mineral_rows
from forms.templates.model import TemplateDef
from forms.workbook import values

_REQUIRED_MARK = "(*)"


def amrt_minerals(
    tpl: TemplateDef, get: Callable[[str], Any], findings: list[Finding], stale_cache: bool
) -> tuple[list[str], list[str]]:
    """(minerals in scope, minerals in answer-row order) of an AMRT's Declaration sheet.

    `get` gives a Declaration cell by reference. The row order comes from the labels the file's
    formulas cached beside question 1 when they name exactly the minerals read and the cache is
    not `stale_cache` (a file written to be recalculated, such as an export); otherwise it is
    the template's alphabetical order."""
    choice = tpl.mineral_choice
    assert choice is not None
    chosen: list[str] = []
    seen: set[str] = set()
    for i, cell in enumerate(choice.cells):
        name = values.text(get(cell))
        if name is None:
            continue
        if choice.other_option is not None and name.casefold() == choice.other_option.casefold():
            other_cell = choice.other_cells[i] if i < len(choice.other_cells) else None
            name = values.text(get(other_cell)) if other_cell else None
            if name is None:
                findings.append(
                    Finding.of(
                        "FILE-AMRT-OTHER-UNNAMED",
                        "warning",
                        "minerals_in_scope",
                        DECLARATION,
                        other_cell or cell,
                        mineral_cell=cell,
                        option=choice.other_option,
                        other_cell=other_cell,
                    )
                )
                continue
        else:
            name = choice.option_for(name) or name
        if name.casefold() not in seen:
            seen.add(name.casefold())
            chosen.append(name)
    first_row = tpl.questions[0].header_row + 1
    labels = []
    for i in range(len(chosen)):
        label = values.text(get(f"B{first_row + i}")) or ""
        labels.append(label.removesuffix(_REQUIRED_MARK).strip())
    by_fold = {m.casefold(): m for m in chosen}
    if not stale_cache and sorted(x.casefold() for x in labels) == sorted(by_fold):
        return chosen, [by_fold[x.casefold()] for x in labels]
    return chosen, mineral_rows(tpl, chosen)


def apply_reasons(
    decl: Declaration, rows: list[dict[str, str | None]], findings: list[Finding]
) -> None:
    """Put the Minerals Scope rows read from a file into `decl.mineral_reasons`; a row naming
    a mineral the declaration does not have is reported, not kept."""
    by_fold = {m.casefold(): m for m in decl.mineral_reasons}
    for row in rows:
        name, reason = row.get("mineral"), row.get("reason")
        if name is None:
            continue
        mineral = by_fold.get(name.casefold())
        if mineral is None:
            findings.append(
                Finding.of(
                    "FILE-AMRT-REASON-NOT-IN-SCOPE",
                    "warning",
                    "mineral_reasons",
                    "Minerals Scope",
                    mineral=name,
                )
            )
            continue
        decl.mineral_reasons[mineral] = Answer(reason)
