"""What an older template version lacks against the newest of its family, and which version to
ask for when a date is outside an old template's date validation — derived from the definitions,
so a new version's differences appear without new code."""

from __future__ import annotations

from datetime import date

from forms import templates
from forms.templates.model import TemplateDef

SUCCESSORS = {"CRT": "EMRT"}
"""The family RMI replaced a family with (the CRT's cobalt questions moved to the EMRT)."""


def _requester(tpl: TemplateDef) -> bool:
    return any(c.key == "requester_number" for c in tpl.product_list.columns)


def accepts_date(tpl: TemplateDef, when: date) -> bool:
    return tpl.date_first <= when and (tpl.date_last is None or when <= tpl.date_last)


def lacks(tpl: TemplateDef, newest: TemplateDef | None = None) -> list[str]:
    """Short sentences, one per thing `tpl` lacks that the newest version of its family has."""
    newest = newest or templates.latest(tpl.family)
    out: list[str] = []
    successor = SUCCESSORS.get(tpl.family)
    open_end = newest if newest.date_last is None else None
    if open_end is None and successor is not None:
        open_end = templates.latest(successor)
        open_end = open_end if open_end.date_last is None else None
    if tpl.date_last is not None and open_end is not None:
        replaced = ", which replaced the " + tpl.family if open_end.family != tpl.family else ""
        out.append(
            f"its effective date must be on or before {tpl.date_last:%d-%b-%Y} "
            f"({open_end.family} {open_end.version}{replaced}, has no end date)"
            if replaced
            else f"its effective date must be on or before {tpl.date_last:%d-%b-%Y} "
            f"({open_end.family} {open_end.version} has no end date)"
        )
    if _requester(newest) and not _requester(tpl):
        out.append("its Product List has no columns for the requester's product number and name")
    missing = [m for m in newest.minerals if m not in tpl.minerals]
    if missing:
        out.append(f"it does not cover {', '.join(missing)}")
    if newest.mine_list is not None and tpl.mine_list is None:
        out.append("it has no Mine List")
    extra_languages = [lang for lang in newest.languages if lang not in tpl.languages]
    if extra_languages:
        out.append(f"it lacks the languages {', '.join(extra_languages)}")
    return out


def version_to_ask_for(tpl: TemplateDef, when: date) -> TemplateDef | None:
    """The newest version of `tpl`'s family whose date validation accepts `when`; for a family
    whose every version refuses it (CRT), the newest of its successor (EMRT) that accepts it."""
    for family in (tpl.family, SUCCESSORS.get(tpl.family)):
        if family is None:
            continue
        for candidate in templates.newest_first(family):
            if accepts_date(candidate, when):
                return candidate
    return None
