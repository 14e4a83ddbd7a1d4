"""The smelter look-up index: a template's Smelter Look-up searchable by CID, alias or name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from forms.reference_data import LookupRow
from forms.smelters.normalise import fold, normalise_country, normalise_name, parse_cid, simplify

MatchKind = Literal["cid", "alias", "name", "fuzzy"]
_Offer = Callable[["LookupRow", float, MatchKind], None]
SPECIAL_NAMES = frozenset({"smelter not listed", "smelter not yet identified"})

# Score bands (0–100): an exact hit always outranks a normalised one, which outranks a prefix,
# a word inside the name, and finally a fuzzy (typo) match.
EXACT, NORMALISED, PREFIX, WORD, INFIX, FUZZY = 100.0, 95.0, 85.0, 75.0, 65.0, 60.0
_FUZZY_CUTOFF = 70.0  # similarity (0–100) below which a candidate is noise
_PREFIX_FUZZY_CUTOFF = 80.0  # stricter for a name's start and for reordered words
_SUGGEST_CUTOFF = 92.0  # ratio a "not listed" name needs to be suggested a CID on spelling alone


@dataclass(frozen=True)
class SmelterMatch:
    """One search result: the look-up row (the alias that matched), its score and why."""

    row: LookupRow
    score: float
    matched_on: MatchKind


@dataclass(frozen=True)
class _Key:
    """A searchable string of one smelter: an alias, or the standard name."""

    text: str
    row: LookupRow
    kind: MatchKind


def is_special(row: LookupRow) -> bool:
    """The "Smelter not listed" / "Smelter not yet identified" rows, which are no smelter."""
    return fold(row.alias) in SPECIAL_NAMES


def _metal_key(metal: str | None) -> str | None:
    return metal.strip().casefold() if metal else None


def _offerer(best: dict[tuple[str, str], SmelterMatch], metal: str | None) -> _Offer:
    """An `_Offer` keeping in `best` the highest-scoring (earliest on a tie) match of each
    metal and CID, of `metal` only when given (folded)."""

    def offer(row: LookupRow, score: float, kind: MatchKind) -> None:
        if metal is not None and fold(row.metal) != metal:
            return
        key = (fold(row.metal), row.cid or "")
        old = best.get(key)
        if old is None or score > old.score:
            best[key] = SmelterMatch(row, score, kind)

    return offer


class SmelterIndex:
    """Every listed smelter of one Smelter Look-up, keyed for search-as-you-type.

    Everything a query needs is computed here once; a query does dictionary look-ups, one pass
    of `startswith`/`in` over the metal's normalised names and one rapidfuzz extraction.
    """

    def __init__(self, rows: Sequence[LookupRow]) -> None:
        self._rows = [r for r in rows if not is_special(r) and r.cid]
        self._by_cid: dict[str, list[LookupRow]] = defaultdict(list)
        self._exact: dict[str, list[_Key]] = defaultdict(list)
        self._normal: dict[str, list[_Key]] = defaultdict(list)
        self._scan: dict[str | None, list[_Key]] = defaultdict(list)
        self._choices: dict[str | None, list[str]] = {}
        self._loose: dict[str | None, list[_Key]] = defaultdict(list)
        canonical: dict[tuple[str, str], LookupRow] = {}
        for row in self._rows:
            assert row.cid is not None
            cid = row.cid.strip().upper()
            self._by_cid[cid].append(row)
            key = (fold(row.metal), cid)
            if key not in canonical or fold(row.alias) == fold(row.standard_name or ""):
                canonical[key] = row
        keys = [_Key(row.alias, row, "alias") for row in self._rows]
        keys += [_Key(r.standard_name, r, "name") for r in canonical.values() if r.standard_name]
        seen: set[tuple[str, str, str | None]] = set()
        for k in keys:
            self._exact[fold(k.text)].append(k)
            norm = normalise_name(k.text)
            self._normal[norm].append(k)
            metal = fold(k.row.metal)
            # The simplified form still has its legal words: it catches a typo in one of them
            # ("Corporaion"), which the normalised form cannot drop. `seen` is shared so that a
            # simplified form equal to the normalised one is not searched twice.
            for text, into in ((norm, self._scan), (simplify(k.text), self._loose)):
                if text and (text, metal, k.row.cid) not in seen:
                    seen.add((text, metal, k.row.cid))
                    into[None].append(_Key(text, k.row, k.kind))
                    into[metal].append(_Key(text, k.row, k.kind))
        # A CID names a smelter, not one of its aliases: a CID hit is its standard-name row.
        for rows in self._by_cid.values():
            rows.sort(key=lambda r: fold(r.alias) != fold(r.standard_name or ""))
        self._choices = {m: [k.text for k in ks] for m, ks in self._scan.items()}
        self._loose_choices = {m: [k.text for k in ks] for m, ks in self._loose.items()}

    # --- queries ------------------------------------------------------------------------

    def search(
        self, query: str, *, metal: str | None = None, limit: int = 20
    ) -> list[SmelterMatch]:
        """The smelters best matching `query` (a CID, an alias, a name or part of one), best
        first, one result per metal and CID."""
        text = query.strip()
        if not text or limit <= 0:
            return []
        m = _metal_key(metal)
        best: dict[tuple[str, str], SmelterMatch] = {}
        offer = _offerer(best, m)
        cid = self._offer_exact(text, offer)
        typed = text.upper().replace(" ", "")
        if typed.startswith("CID") and typed[3:].isdigit() and len(typed) < 9:
            for c, rows in self._by_cid.items():
                if c.startswith(typed) and c != cid:
                    for row in rows:
                        offer(row, PREFIX + 9.0 * len(typed) / 9, "cid")
        norm = normalise_name(text)
        if not norm:
            return self._ranked(best, limit)
        for k in self._normal.get(norm, []):
            offer(k.row, NORMALISED, k.kind)
        self._scan_substrings(norm, m, offer)
        # Every fuzzy score is below every substring score: with `limit` results already in
        # hand the fuzzy pass could not change the answer, and it is the costly part.
        if len(norm) >= 3 and len(best) < limit:
            scan = self._scan.get(m, [])
            for i, score in self._fuzzy(norm, self._choices.get(m, []), limit * 2):
                offer(scan[i].row, FUZZY * score / 100.0, "fuzzy")
            loose = self._loose.get(m, [])
            hits = process.extract(
                simplify(text),
                self._loose_choices.get(m, []),
                scorer=fuzz.ratio,
                score_cutoff=_PREFIX_FUZZY_CUTOFF,
                limit=limit,
            )
            for _, score, i in hits:
                offer(loose[i].row, FUZZY * score / 100.0, "fuzzy")
        return self._ranked(best, limit)

    def exact_match(self, query: str, *, metal: str | None = None) -> SmelterMatch | None:
        """`search(query, metal=metal, limit=1)`'s result when it scores `EXACT` (the CID, an
        alias or a standard name as typed, case aside), else None; without search's costlier
        passes, which can only find lower scores."""
        text = query.strip()
        if not text:
            return None
        best: dict[tuple[str, str], SmelterMatch] = {}
        self._offer_exact(text, _offerer(best, _metal_key(metal)))
        ranked = self._ranked(best, 1)
        return ranked[0] if ranked else None

    def _offer_exact(self, text: str, offer: _Offer) -> str | None:
        """Offers the rows `text` names exactly (a CID, an alias, a standard name); returns
        the CID `text` is, if it is one."""
        cid = parse_cid(text)
        for row in self._by_cid.get(cid or "", []):
            offer(row, EXACT, "cid")
        for k in self._exact.get(fold(text), []):
            offer(k.row, EXACT, k.kind)
        return cid

    def _scan_substrings(self, norm: str, metal: str | None, offer: _Offer) -> None:
        spaced = " " + norm
        for k in self._scan.get(metal, []):
            s = k.text
            if s.startswith(norm):
                offer(k.row, PREFIX + 9.0 * len(norm) / len(s), k.kind)
            elif spaced in s:
                offer(k.row, WORD + 9.0 * len(norm) / len(s), k.kind)
            elif len(norm) >= 3 and norm in s:
                offer(k.row, INFIX + 9.0 * len(norm) / len(s), k.kind)

    @staticmethod
    def _fuzzy(norm: str, choices: list[str], limit: int) -> Iterable[tuple[int, float]]:
        """Typo matches as {choice index: 0–100}: the whole name (a typo anywhere), the name's
        start (a typo while still typing), and the words in any order. rapidfuzz's WRatio
        would do all three, ten times slower."""
        found: dict[int, float] = {}
        prefixes = [c[: len(norm)] for c in choices]
        for scorer, cands, cutoff in (
            (fuzz.ratio, choices, _FUZZY_CUTOFF),
            (fuzz.ratio, prefixes, _PREFIX_FUZZY_CUTOFF),
            (fuzz.token_sort_ratio, choices, _PREFIX_FUZZY_CUTOFF),
        ):
            for _, score, i in process.extract(
                norm, cands, scorer=scorer, score_cutoff=cutoff, limit=limit
            ):
                found[i] = max(found.get(i, 0.0), score)
        return found.items()

    @staticmethod
    def _ranked(best: dict[tuple[str, str], SmelterMatch], limit: int) -> list[SmelterMatch]:
        ordered = sorted(
            best.values(),
            key=lambda x: (-x.score, (x.row.standard_name or x.row.alias).casefold(), x.row.metal),
        )
        return ordered[:limit]

    def by_cid(self, cid: str) -> list[LookupRow]:
        """Every look-up row (alias) of the smelter `cid` ("CID002763", "cid2763" or "2763"),
        the standard-name row first."""
        return list(self._by_cid.get(parse_cid(cid) or "", []))

    def is_known_cid(self, cid: str) -> bool:
        return (parse_cid(cid) or "") in self._by_cid

    def suggest_cid(self, name: str, country: str | None, metal: str | None) -> SmelterMatch | None:
        """The listed smelter a "Smelter not listed" row most likely is: its normalised name
        equals an alias or standard name (or differs by a typo), in the same country and metal.
        None when nothing, or more than one smelter, fits."""
        norm = normalise_name(name)
        if not norm:
            return None
        m = _metal_key(metal)
        want_country = normalise_country(country) if country else None

        def fits(row: LookupRow) -> bool:
            if m is not None and fold(row.metal) != m:
                return False
            return want_country is None or normalise_country(row.country) == want_country

        exact = [k for k in self._normal.get(norm, []) if fits(k.row)]
        if exact:
            if len({(fold(k.row.metal), k.row.cid) for k in exact}) != 1:
                return None
            return SmelterMatch(exact[0].row, NORMALISED, exact[0].kind)
        scan = self._scan.get(m, [])
        hits = process.extract(
            norm, self._choices.get(m, []), scorer=fuzz.ratio, score_cutoff=_SUGGEST_CUTOFF
        )
        fitting = [(score, scan[i].row) for _, score, i in hits if fits(scan[i].row)]
        if not fitting:
            return None
        top = max(score for score, _ in fitting)
        rows = [row for score, row in fitting if score == top]
        if len({(fold(r.metal), r.cid) for r in rows}) != 1:
            return None
        return SmelterMatch(rows[0], FUZZY * top / 100.0, "fuzzy")

    def __len__(self) -> int:
        """The number of listed smelters (distinct metal and CID)."""
        return len({(fold(r.metal), r.cid) for r in self._rows})
