"""Smelter rows as the template's formulas make them (a look-up pick, "Smelter not listed",
"Smelter not yet identified") and the problems a row of the Smelter List shows inline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from forms.declaration import Smelter
from forms.reference_data import LookupRow
from forms.smelters.index import NORMALISED, SmelterIndex
from forms.smelters.normalise import fold, normalise_country, normalise_name, parse_cid
from forms.templates.common import NOT_LISTED, NOT_YET_IDENTIFIED

FlagKind = Literal[
    "duplicate", "metal_not_in_scope", "unknown_cid", "suggested_cid", "id_mismatch", "not_listed"
]

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


def match_pasted(s: Smelter, index: SmelterIndex) -> Smelter:
    """A pasted row as search would have made it: by its CID, else by its look-up name or
    name when that is exactly one listed smelter of its metal (an alias, a standard name, or
    the same name normalised), else "Smelter not listed" with the pasted name and country
    (the row flags then suggest a fuzzy match, if any)."""
    if _is_special(s) or parse_cid(s.smelter_id or "") or parse_cid(s.id_input or ""):
        return complete(s, index)
    text = (s.lookup_name or s.name or "").strip()
    if not text:
        return s
    hits = [h for h in index.search(text, metal=s.metal, limit=5) if h.score >= NORMALISED]
    if hits and len({(fold(h.row.metal), h.row.cid) for h in hits}) == 1:
        row = hits[0].row
        exact_alias = fold(row.alias) == fold(text)
        named = next(
            (r for r in index.by_cid(row.cid or "") if fold(r.metal) == fold(row.metal)
             and fold(r.alias) == fold(r.standard_name or "")),
            row,
        )  # fmt: skip
        return from_lookup(row if exact_alias else named, keep=s)
    if s.lookup_name and not s.name:
        return replace(s, lookup_name=NOT_LISTED, name=s.lookup_name.strip())
    return replace(s, lookup_name=NOT_LISTED)


@dataclass(frozen=True)
class RowFlag:
    """A problem (or a suggestion) shown on one cell of a Smelter List row."""

    kind: FlagKind
    field: str
    other_row: int | None = None
    """duplicate: the first row with the same smelter."""
    suggestion: LookupRow | None = None
    """suggested_cid: the listed smelter a "not listed" row most likely is; id_mismatch: the
    smelter the row's look-up name gives."""


def duplicate_key(s: Smelter) -> tuple[str, ...] | None:
    """Metal, smelter and mine: the CID (for a "not listed" row, normalised name and country)
    and the mine of origin — real files list one smelter once per mine, which is no duplicate."""
    mine = (
        fold(s.mine_names or ""),
        normalise_country(s.mine_countries) if s.mine_countries else "",
    )
    cid = parse_cid(s.smelter_id or "") or parse_cid(s.id_input or "")
    if cid:
        return ("cid", fold(s.metal or ""), cid, *mine)
    if fold(s.lookup_name or "") == fold(NOT_LISTED) and s.name and normalise_name(s.name):
        name = normalise_name(s.name)
        return ("name", fold(s.metal or ""), name, normalise_country(s.country), *mine)
    return None


def _lookup_cid(s: Smelter, index: SmelterIndex) -> str | None:
    """The CID the row's look-up name gives for its metal (None when it names no smelter)."""
    if not s.lookup_name or not s.metal or _is_special(s):
        return None
    hit = index.exact_match(s.lookup_name, metal=s.metal)
    if hit is not None and fold(hit.row.alias) == fold(s.lookup_name):
        return hit.row.cid
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
            unknown = bool(typed) and not index.is_known_cid(typed or "")
            expected = _lookup_cid(s, index) if s.smelter_id else None
            # A typed "CID…" the look-up lacks is an unknown CID; anything else that disagrees
            # with the name's CID (a number pasted over the formula) is a mismatch.
            if unknown and (typed or "").strip().upper().startswith("CID"):
                flags.append(RowFlag("unknown_cid", cid_field))
            elif expected and parse_cid(s.smelter_id or "") != expected:
                hit = index.by_cid(expected)[0]
                flags.append(RowFlag("id_mismatch", "smelter_id", suggestion=hit))
            elif unknown:
                flags.append(RowFlag("unknown_cid", cid_field))
            if fold(s.lookup_name or "") == fold(NOT_LISTED) and s.name:
                match = index.suggest_cid(s.name, s.country, s.metal)
                if match is not None:
                    flags.append(RowFlag("suggested_cid", "name", suggestion=match.row))
                else:
                    flags.append(RowFlag("not_listed", "name"))
        if flags:
            out[i] = flags
    return out
