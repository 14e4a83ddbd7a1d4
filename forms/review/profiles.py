"""Customer profiles: what each customer accepts (template families and minimum versions, with
alternatives such as "EMRT 2.11 with cobalt, or CRT 2.21"), when they want it, who to write to,
and notes. The Lenovo profile is a starting point the user edits, not a fixed rule.

A request is made from a profile by picking, for each thing the customer needs, the newest
official template in the library that the customer accepts (`request_from_profile`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from forms import templates
from forms.review.requests import (
    Customer,
    Request,
    RequestedTemplate,
    add_months,
    half_year_label,
)
from forms.templates.common import SCOPE_COMPANY
from forms.templates.versioning import version_key

_ACCEPTED = re.compile(
    r"^\s*(CMRT|CRT|EMRT|AMRT)\s*(?:(?:≥|>=|from)\s*)?([\d.]+)?\s*(?:\(([^)]*)\))?\s*$", re.I
)
_DUE = re.compile(r"^\s*(\d{1,2})[-\s/.]?([A-Za-z]{3})[a-z]*\s*$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class Accepted:
    """A template the customer accepts: `family` at `minimum_version` or newer, optionally only
    some minerals in scope (the EMRT with cobalt only)."""

    family: str
    minimum_version: str
    minerals: tuple[str, ...] = ()

    def accepts(self, family: str, version: str) -> bool:
        if family.upper() != self.family:
            return False
        return version_key(version) >= version_key(self.minimum_version)

    @property
    def text(self) -> str:
        minerals = f" ({', '.join(self.minerals)})" if self.minerals else ""
        return f"{self.family} ≥ {self.minimum_version}{minerals}"


Need = tuple[Accepted, ...]
"""One declaration the customer needs, as alternatives (any one of them will do)."""


@dataclass(frozen=True)
class CustomerProfile:
    """What one customer accepts and expects.

    Attributes:
        customer: name and contact e-mail.
        needs: each declaration the customer needs, as alternatives, in the order asked for.
        due_dates: (month, day) of each yearly due date, e.g. ((5, 31), (11, 30)).
        contact_name: the person at the customer.
        notes: free text (portal, file naming, what they complained about last time).
        scope: the declaration scope they want.
        starting_point: set on a preset profile ("Lenovo") until the user saves their own edit.
    """

    customer: Customer
    needs: tuple[Need, ...]
    due_dates: tuple[tuple[int, int], ...] = ((5, 31), (11, 30))
    contact_name: str = ""
    notes: str = ""
    scope: str | None = SCOPE_COMPANY
    starting_point: str = ""

    def accepts(self, family: str, version: str) -> bool:
        """The customer accepts a `family` `version` declaration for one of their needs."""
        return any(a.accepts(family, version) for need in self.needs for a in need)

    @property
    def cycle_months(self) -> int:
        return 12 // len(self.due_dates) if self.due_dates else 0

    def next_due(self, today: date) -> date | None:
        """The first due date on or after `today`."""
        days = sorted(
            date(year, month, day)
            for year in (today.year, today.year + 1)
            for month, day in self.due_dates
        )
        return next((d for d in days if d >= today), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "customer": {"name": self.customer.name, "email": self.customer.contact_email},
            "needs": [
                [[a.family, a.minimum_version, list(a.minerals)] for a in need]
                for need in self.needs
            ],
            "due_dates": [list(d) for d in self.due_dates],
            "contact_name": self.contact_name,
            "notes": self.notes,
            "scope": self.scope,
            "starting_point": self.starting_point,
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> CustomerProfile:
        c = doc.get("customer", {})
        return cls(
            customer=Customer(str(c.get("name", "")), str(c.get("email", ""))),
            needs=tuple(
                tuple(Accepted(str(f), str(v), tuple(m)) for f, v, m in need)
                for need in doc.get("needs", [])
            ),
            due_dates=tuple((int(m), int(d)) for m, d in doc.get("due_dates", [])),
            contact_name=str(doc.get("contact_name", "")),
            notes=str(doc.get("notes", "")),
            scope=doc.get("scope"),
            starting_point=str(doc.get("starting_point", "")),
        )


def lenovo_profile(customer: Customer | None = None) -> CustomerProfile:
    """Lenovo's starting profile: twice a year (31 May, 30 November), RMI's CMRT and its cobalt
    template — today CMRT 6.6, and EMRT 2.11 with cobalt only or CRT 2.21. Editable."""
    return CustomerProfile(
        customer=customer or Customer("Lenovo", ""),
        needs=(
            (Accepted("CMRT", "6.6"),),
            (Accepted("EMRT", "2.11", ("Cobalt",)), Accepted("CRT", "2.21")),
        ),
        due_dates=((5, 31), (11, 30)),
        notes="Starting profile: check it against your latest request from Lenovo and edit it.",
        starting_point="Lenovo",
    )


# --- the text forms the profile editor shows and reads --------------------------------------


def needs_text(needs: Iterable[Need]) -> str:
    """ "CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21"."""
    return "; ".join(" or ".join(a.text for a in need) for need in needs)


def parse_needs(text: str) -> tuple[Need, ...]:
    """The needs typed as `needs_text` writes them; `ValueError` names the part not understood
    (an unknown family, a version older than MRT Desk knows, or a mineral the family lacks)."""
    out = []
    for part in (p for p in text.split(";") if p.strip()):
        alternatives = []
        for alt in re.split(r"\bor\b|\|", part):
            m = _ACCEPTED.match(alt)
            if not m or not templates.versions(m[1].upper()):
                raise ValueError(alt.strip())
            family = m[1].upper()
            known = templates.newest_first(family)
            version = m[2] or known[-1].version
            minerals = tuple(x.strip().capitalize() for x in (m[3] or "").split(",") if x.strip())
            if set(minerals) - set(known[0].minerals):
                raise ValueError(alt.strip())
            alternatives.append(Accepted(family, version, minerals))
        out.append(tuple(alternatives))
    return tuple(out)


def due_dates_text(due_dates: Iterable[tuple[int, int]]) -> str:
    return ", ".join(f"{day} {_MONTHS[month - 1].capitalize()}" for month, day in due_dates)


def parse_due_dates(text: str) -> tuple[tuple[int, int], ...]:
    """ "31 May, 30 Nov" → ((5, 31), (11, 30)); `ValueError` names a date not understood."""
    out = []
    for part in (p for p in text.split(",") if p.strip()):
        m = _DUE.match(part)
        month = _MONTHS.index(m[2].lower()) + 1 if m and m[2].lower() in _MONTHS else 0
        if not m or not month or not 1 <= int(m[1]) <= 31:
            raise ValueError(part.strip())
        out.append((month, int(m[1])))
    return tuple(sorted(out))


# --- a request from a profile ------------------------------------------------------------------


@dataclass(frozen=True)
class LibraryChoice:
    """A template a request can name: an official workbook in the library (`in_library`), or a
    built-in definition when the library has none of that family."""

    family: str
    version: str
    in_library: bool
    label: str = ""

    @property
    def text(self) -> str:
        return self.label or f"{self.family} {self.version}"


def library_choices(entries: Sequence[Any]) -> list[LibraryChoice]:
    """What a request can pick: every library workbook (by family, newest first) and, for a
    family with none, its newest built-in version."""
    out: list[LibraryChoice] = []
    for family in templates.FAMILIES:
        mine = [e for e in entries if e.family == family]
        mine.sort(key=lambda e: version_key(e.version), reverse=True)
        for e in mine:
            layout = getattr(e, "layout_version", None) or e.version
            label = getattr(e, "label", "") or f"{family} {e.version}"
            out.append(LibraryChoice(family, layout, True, label))
        if not mine:
            out.append(LibraryChoice(family, templates.latest(family).version, False))
    return out


@dataclass
class ProfileRequest:
    """A request made from a profile, and what the library lacked for it."""

    request: Request
    missing: list[str] = field(default_factory=list)


def request_from_profile(
    profile: CustomerProfile, choices: Sequence[LibraryChoice], today: date, period: str = ""
) -> ProfileRequest:
    """For each need, the newest library template the customer accepts (alternatives in the
    profile's order); a need the library cannot meet takes the newest accepted built-in
    version and is named in `missing` (add that official template before exporting)."""
    picked: list[RequestedTemplate] = []
    missing: list[str] = []
    for need in profile.needs:
        choice = None
        for accepted in need:
            fits = [c for c in choices if c.in_library and accepted.accepts(c.family, c.version)]
            if fits:
                choice = (accepted, fits[0])
                break
        if choice is None:
            accepted = need[0]
            newest = templates.latest(accepted.family)
            missing.append(" or ".join(a.text for a in need))
            choice = (accepted, LibraryChoice(accepted.family, newest.version, False))
        accepted, found = choice
        picked.append(RequestedTemplate(found.family, found.version, accepted.minerals))
    due = profile.next_due(today) or add_months(today, 1)
    request = Request(
        customer=profile.customer,
        templates=tuple(picked),
        due_date=due,
        period=period or half_year_label(due),
        scope=profile.scope,
        cycle_months=profile.cycle_months,
    )
    return ProfileRequest(request, missing)
