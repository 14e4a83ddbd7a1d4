"""Which of the user's suppliers sent a received file: by company name, by the e-mail domain of
the declaration's contacts, by the file name — and whether that is sure enough to go without
asking the user."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from forms.smelters.normalise import normalise_name
from forms.suppliers.model import Supplier

# Domains many companies share: they say nothing about who sent a file.
SHARED_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
        "yahoo.co.jp", "qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "naver.com",
        "daum.net", "icloud.com", "example.com", "example.org", "example.net",
    }
)  # fmt: skip
NAME, FUZZY_NAME, DOMAIN, FILE_NAME = 1.0, 0.85, 0.8, 0.6
SURE, MARGIN = 0.8, 0.15
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SupplierMatch:
    """The best supplier (None when nothing fits), how it was found, and whether the user must
    confirm it (`sure` is False when the best is weak or a second one is close)."""

    supplier: Supplier | None
    score: float
    how: str
    sure: bool
    candidates: tuple[Supplier, ...] = ()


def _domain_owners(suppliers: Sequence[Supplier]) -> dict[str, list[Supplier]]:
    owners: dict[str, list[Supplier]] = {}
    for s in suppliers:
        for d in s.email_domains:
            owners.setdefault(d, []).append(s)
    return owners


def _score(
    s: Supplier, company: str, domains: set[str], file_words: str, owners: dict[str, list[Supplier]]
) -> tuple[float, str]:
    mine = normalise_name(s.name)
    best, how = 0.0, ""
    if mine and company:
        if mine == company:
            best, how = NAME, "company name"
        elif fuzz.token_set_ratio(mine, company) >= 90:
            best, how = FUZZY_NAME, "similar company name"
    for d in domains & s.email_domains:
        if d not in SHARED_DOMAINS and len(owners.get(d, ())) == 1 and best < DOMAIN:
            best, how = DOMAIN, f"e-mail domain {d}"
    if best < FILE_NAME and mine and all(w in file_words for w in mine.split()):
        best, how = FILE_NAME, "file name"
    return best, how


def match_supplier(
    suppliers: Sequence[Supplier],
    *,
    company: str = "",
    emails: Sequence[str] = (),
    file_name: str = "",
) -> SupplierMatch:
    """The supplier a file most likely came from."""
    name = normalise_name(company)
    domains = {e.rsplit("@", 1)[1].strip().casefold() for e in emails if "@" in e}
    words = " ".join(normalise_name(w) for w in _WORD.findall(Path(file_name).stem))
    owners = _domain_owners(suppliers)
    scored = sorted(
        ((*_score(s, name, domains, f" {words} ", owners), s) for s in suppliers),
        key=lambda t: -t[0],
    )
    scored = [t for t in scored if t[0] > 0]
    if not scored:
        return SupplierMatch(None, 0.0, "", False)
    top, how, best = scored[0]
    close = [s for score, _, s in scored if score >= top - MARGIN]
    sure = top >= SURE and len(close) == 1
    return SupplierMatch(best, top, how, sure, tuple(close))
