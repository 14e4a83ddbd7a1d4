"""Smelter rows as the template's formulas make them (a look-up pick, "Smelter not listed",
"Smelter not yet identified") and the problems a row of the Smelter List shows inline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from forms.declaration import Smelter
from forms.reference_data import LookupRow
from forms.smelters.index import SmelterIndex
from forms.smelters.normalise import fold, normalise_country, normalise_name, parse_cid
from forms.templates.common import NOT_LISTED, NOT_YET_IDENTIFIED

FlagKind = Literal["duplicate", "metal_not_in_scope", "unknown_cid", "suggested_cid"]

# The columns the template fills by formula from the look-up (B–J); the others are the user's.
_LOOKUP_FIELDS = (
    "metal",
    "lookup_name",
    "name",
    "country",
    "smelter_id",
    "id_source",
    "street",
    "city",
    "state",
)


def from_lookup(row: LookupRow, keep: Smelter | None = None) -> Smelter:
    """The Smelter List row Excel shows once `row` (one alias) is picked: metal, the alias
    exactly as in the look-up, and country, CID, source and address from the look-up. `keep`:
    a row whose own columns (contacts, next steps, mines, recycled, comments) are kept."""
    picked = Smelter(
        metal=row.metal,
        lookup_name=row.alias,
        country=row.country,
        smelter_id=row.cid,
        id_source=row.source,
        street=row.street,
        city=row.city,
        state=row.state,
    )
    if keep is None:
        return picked
    return replace(keep, **{f: getattr(picked, f) for f in _LOOKUP_FIELDS}, id_input=None)


def not_listed(metal: str | None, name: str, country: str) -> Smelter:
    return Smelter(metal=metal, lookup_name=NOT_LISTED, name=name.strip(), country=country.strip())


def not_yet_identified(metal: str | None, lookup: Iterable[LookupRow] = ()) -> Smelter:
    """A "Smelter not yet identified" row; the look-up gives its country ("Unknown") as the
    template's formula would."""
    special = next(
        (
            r
            for r in lookup
            if fold(r.alias) == fold(NOT_YET_IDENTIFIED) and fold(r.metal) == fold(metal or "")
        ),
        None,
    )
    return Smelter(
        metal=metal,
        lookup_name=NOT_YET_IDENTIFIED,
        country=special.country if special else None,
        smelter_id=special.cid if special else None,
        id_source=special.source if special else None,
    )


def _is_special(s: Smelter) -> bool:
    return fold(s.lookup_name or "") in {fold(NOT_LISTED), fold(NOT_YET_IDENTIFIED)}


def complete(s: Smelter, index: SmelterIndex) -> Smelter:
    """`s` with the blanks the template's formulas fill: from its CID (column A or F) when it
    names no look-up entry, else from its alias when that is exactly one of the metal's."""
    if _is_special(s):
        return s
    cid = parse_cid(s.smelter_id or "") or parse_cid(s.id_input or "")
    row: LookupRow | None = None
    if not s.lookup_name and cid:
        rows = index.by_cid(cid)
        fitting = [r for r in rows if not s.metal or fold(r.metal) == fold(s.metal)]
        named = [r for r in fitting if fold(r.alias) == fold(r.standard_name or "")]
        row = (named or fitting)[0] if fitting else None
    elif s.lookup_name and s.metal:
        hits = index.search(s.lookup_name, metal=s.metal, limit=1)
        if hits and hits[0].score >= 100.0 and fold(hits[0].row.alias) == fold(s.lookup_name):
            row = hits[0].row
    if row is None:
        return s
    picked = from_lookup(row)
    blanks = {f: getattr(picked, f) for f in _LOOKUP_FIELDS if not getattr(s, f)}
    return replace(s, **blanks)


@dataclass(frozen=True)
class RowFlag:
    """A problem (or a suggestion) shown on one cell of a Smelter List row."""

    kind: FlagKind
    field: str
    other_row: int | None = None
    """duplicate: the first row with the same smelter."""
    suggestion: LookupRow | None = None
    """suggested_cid: the listed smelter a "not listed" row most likely is."""


def duplicate_key(s: Smelter) -> tuple[str, ...] | None:
    """Metal and CID; for a "not listed" row, metal, normalised name and country."""
    cid = parse_cid(s.smelter_id or "") or parse_cid(s.id_input or "")
    if cid:
        return ("cid", fold(s.metal or ""), cid)
    if fold(s.lookup_name or "") == fold(NOT_LISTED) and s.name and normalise_name(s.name):
        return ("name", fold(s.metal or ""), normalise_name(s.name), normalise_country(s.country))
    return None


def row_flags(
    smelters: Sequence[Smelter], minerals: Iterable[str], index: SmelterIndex | None
) -> dict[int, list[RowFlag]]:
    """Row index → its flags: duplicates, metals not in scope, CIDs the look-up does not know
    (only with an index), and the CID a "not listed" row most likely has."""
    in_scope = {fold(m) for m in minerals}
    first: dict[tuple[str, ...], int] = {}
    out: dict[int, list[RowFlag]] = {}
    for i, s in enumerate(smelters):
        flags: list[RowFlag] = []
        if s.metal and fold(s.metal) not in in_scope:
            flags.append(RowFlag("metal_not_in_scope", "metal"))
        key = duplicate_key(s)
        if key is not None:
            if key in first:
                flags.append(RowFlag("duplicate", "lookup_name", other_row=first[key]))
            else:
                first[key] = i
        if index is not None:
            cid_field = "smelter_id" if s.smelter_id else "id_input"
            typed = s.smelter_id or s.id_input
            if typed and not index.is_known_cid(typed):
                flags.append(RowFlag("unknown_cid", cid_field))
            if fold(s.lookup_name or "") == fold(NOT_LISTED) and s.name:
                match = index.suggest_cid(s.name, s.country, s.metal)
                if match is not None:
                    flags.append(RowFlag("suggested_cid", "name", suggestion=match.row))
        if flags:
            out[i] = flags
    return out
