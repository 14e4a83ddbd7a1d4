"""Name and CID normalisation: the comparable form of a smelter name, a country or a CID."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Legal-form and filler words that differ between the aliases of one smelter ("Co., Ltd." vs
# "Limited", "S.A." vs "SA"): dropped so that the rest of the name decides.
# fmt: off
_LEGAL_WORDS = frozenset({
    "ab", "ag", "ao", "as", "asa", "bhd", "bv", "cjsc", "co", "company", "corp", "corporation",
    "cv", "gmbh", "inc", "incorporated", "jsc", "kg", "kk", "llc", "llp", "lp", "ltd", "ltda",
    "limited", "mbh", "nv", "oao", "ojsc", "ooo", "oy", "oyj", "pjsc", "plc", "pt", "pte", "pty",
    "pvt", "sa", "sarl", "sas", "sdn", "spa", "srl", "tbk", "zao", "and", "the",
})
# fmt: on
# Word sequences that are a legal form only together ("S A" typed with spaces, "Joint Stock").
_LEGAL_PHRASES = tuple(
    tuple(p.split())
    for p in (
        "public joint stock",
        "joint stock",
        "limited liability",
        "public limited",
        "public company",
        "private limited",
        "de cv",
        "s p a",
        "s r l",
        "s a s",
        "s a",
        "a s",
        "k k",
    )
)
# By first word, in the order above (the first that matches wins): most words start none.
_PHRASES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in _LEGAL_PHRASES:
    _PHRASES_BY_FIRST[_phrase[0]] = (*_PHRASES_BY_FIRST.get(_phrase[0], ()), _phrase)
_INNER_MARK = re.compile(r"(?<=\w)[.'’`](?=\w)")
_NON_WORD = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")
_CID = re.compile(r"^\s*(?:cid)?\s*[-#:]?\s*0*(\d{1,6})\s*$", re.IGNORECASE)


def fold(text: str) -> str:
    """`text` case-folded with runs of white space collapsed (exact-match key)."""
    return _SPACES.sub(" ", text).strip().casefold()


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def simplify(text: str) -> str:
    """`text` without case, accents and punctuation, legal-form words kept ("S.p.A." → "spa")."""
    t = _INNER_MARK.sub("", strip_accents(text).casefold())  # "Xi’en" → "xien"
    return " ".join(_NON_WORD.sub(" ", t).split())


def _drop_phrases(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in _PHRASES_BY_FIRST.get(tokens[i], ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


# Names and countries repeat across rows and files (a roll-up compares the same few hundred
# smelters thousands of times): their comparable forms are kept.
@lru_cache(maxsize=8192)
def normalise_name(text: str) -> str:
    """The comparable form of a smelter name: case, accents, punctuation and legal-form words
    (Co., Ltd., S.A., GmbH, Inc., Corp., LLC, PT, JSC, …) removed; "" for a name of nothing else.

    A name made only of legal-form words keeps them, so that it still matches itself.
    """
    tokens = simplify(text).split()
    kept = [w for w in _drop_phrases(tokens) if w not in _LEGAL_WORDS]
    return " ".join(kept or tokens)


@lru_cache(maxsize=1024)
def normalise_country(text: str | None) -> str:
    """The comparable form of a country name ("" for none)."""
    return " ".join(_NON_WORD.sub(" ", strip_accents(text or "").casefold()).split())


def parse_cid(text: str) -> str | None:
    """`CID002763` for "CID002763", "cid2763", "2763" or "CID-2763"; None when `text` is no CID."""
    m = _CID.match(text)
    return f"CID{int(m.group(1)):06d}" if m else None
