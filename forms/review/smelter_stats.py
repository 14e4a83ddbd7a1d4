"""Smelter List statistics per metal (listed, not listed, not yet identified, duplicates) and
the identity key that tells two smelter rows apart."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from forms.declaration import Declaration, Smelter
from forms.rules.excel import among
from forms.rules.rf_tables import NOT_USED, ROLES
from forms.templates.common import NOT_LISTED, NOT_YET_IDENTIFIED

_UNIDENTIFIED = {NOT_YET_IDENTIFIED.casefold(), "unknown"}


def _norm(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


def smelter_key(s: Smelter) -> tuple[str, str, str]:
    """Who a smelter row is: (metal, "cid", CID) when it has a smelter ID, else (metal,
    name, country) — the name typed for "Smelter not listed", else the look-up name."""
    metal = _norm(s.metal)
    cid = _norm(s.smelter_id).upper()
    if cid:
        return metal, "cid", cid
    name = _norm(s.name) or _norm(s.lookup_name)
    return metal, name, _norm(s.country)


def is_blank(s: Smelter) -> bool:
    return not any(_norm(v) for v in (s.metal, s.lookup_name, s.name, s.smelter_id))


def kind(s: Smelter) -> str:
    """ "not yet identified", "not listed" or "listed"."""
    lookup, name = _norm(s.lookup_name), _norm(s.name)
    if lookup in _UNIDENTIFIED or (not lookup and name in _UNIDENTIFIED):
        return "not yet identified"
    if lookup == NOT_LISTED.casefold() or (not lookup and not _norm(s.smelter_id)):
        return "not listed"
    return "listed"


@dataclass
class MetalStats:
    """Counts of Smelter List rows for one metal; `duplicates` counts the rows that repeat an
    earlier row's `smelter_key` (so `total` counts every row)."""

    metal: str
    listed: int = 0
    not_listed: int = 0
    not_yet_identified: int = 0
    duplicates: int = 0

    @property
    def total(self) -> int:
        return self.listed + self.not_listed + self.not_yet_identified + self.duplicates


def smelter_stats(smelters: Iterable[Smelter], metals: Iterable[str] = ()) -> list[MetalStats]:
    """Statistics per metal: first every metal of `metals` (the template's, in its order, even
    when it has no rows), then any other metal the rows name. Blank rows are ignored; rows
    without a metal count under "(no metal)"."""
    by_metal: dict[str, MetalStats] = {m.casefold(): MetalStats(m) for m in metals}
    seen: set[tuple[str, str, str]] = set()
    for s in smelters:
        if is_blank(s):
            continue
        label = (s.metal or "").strip() or "(no metal)"
        stats = by_metal.setdefault(label.casefold(), MetalStats(label))
        key = smelter_key(s)
        k = kind(s)
        if key in seen and k != "not yet identified":
            stats.duplicates += 1
        elif k == "listed":
            stats.listed += 1
        elif k == "not listed":
            stats.not_listed += 1
        else:
            stats.not_yet_identified += 1
        seen.add(key)
    return list(by_metal.values())


def declared_minerals(decl: Declaration) -> list[str]:
    """The minerals in scope the declaration says are used: question 1 not answered "No"
    (or "Not declaring" / "Not applicable")."""
    used = ROLES[decl.family].used
    return [m for m in decl.minerals_in_scope if not among(decl.answer(m, used), NOT_USED)]


def smelter_counts(decl: Declaration) -> dict[str, int]:
    """Unique smelters per declared mineral (rows repeating a smelter, e.g. once per mine of
    origin, count once): the one count the review page and the e-mail summary both show."""
    minerals = declared_minerals(decl)
    stats = {s.metal.casefold(): s for s in smelter_stats(decl.smelters, minerals)}
    return {m: stats[m.casefold()].total - stats[m.casefold()].duplicates for m in minerals}
