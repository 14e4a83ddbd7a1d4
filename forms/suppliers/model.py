"""Suppliers and campaigns as plain values: who they are, what a campaign asks for, and where
each asked supplier stands."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from forms.workbook.detect import version_key


@dataclass(frozen=True)
class Contact:
    name: str = ""
    email: str = ""


@dataclass(frozen=True)
class Supplier:
    """One of the user's own suppliers. `metals`: what it supplies (metal names as the
    templates spell them); `parts`: part numbers or product lines; `language`: the language to
    write to it in (an interface language code, "" for English)."""

    name: str
    contacts: tuple[Contact, ...] = ()
    metals: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    language: str = ""
    notes: str = ""

    @property
    def email_domains(self) -> frozenset[str]:
        return frozenset(
            c.email.rsplit("@", 1)[1].strip().casefold() for c in self.contacts if "@" in c.email
        )

    @property
    def first_email(self) -> str:
        return next((c.email for c in self.contacts if c.email), "")


@dataclass(frozen=True)
class RequestedTemplate:
    """A template a campaign asks for, and the oldest version of its family it accepts."""

    family: str
    version: str
    accepted_from: str = ""

    def accepts(self, family: str, version: str) -> bool:
        if family.upper() != self.family.upper():
            return False
        oldest = self.accepted_from or self.version
        return version_key(version) >= version_key(oldest)

    @property
    def label(self) -> str:
        return f"{self.family} {self.version}"


class SupplierState(StrEnum):
    """Where one asked supplier stands in a campaign."""

    NOT_ASKED = "not_asked"
    ASKED = "asked"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    SENT_BACK = "sent_back"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Campaign:
    """One period's round of requests to suppliers."""

    name: str
    period: str
    due_date: date
    templates: tuple[RequestedTemplate, ...]
    instructions: str = ""

    def accepts(self, family: str, version: str) -> bool:
        return any(t.accepts(family, version) for t in self.templates)


@dataclass
class CampaignEntry:
    """One supplier in a campaign: what was done and when (`state` as stored; `shown_state`
    adds "overdue")."""

    supplier: Supplier
    state: SupplierState = SupplierState.NOT_ASKED
    asked_on: date | None = None
    reminded_on: date | None = None
    received_on: date | None = None
    file_name: str = ""
    verdict: str = ""
    reasons: list[str] = field(default_factory=list)

    def shown_state(self, due: date, today: date) -> SupplierState:
        if self.state in (SupplierState.ASKED, SupplierState.SENT_BACK) and today > due:
            return SupplierState.OVERDUE
        return self.state


def default_accepted_from(family: str, version: str, on: date) -> str:
    """The oldest version of `family` (not newer than `version`) still usable for declarations
    effective on `on` — versions whose effective-date limit has passed are not accepted."""
    from forms import templates

    wanted = version_key(version)
    usable = [
        t.version
        for t in templates.versions(family)
        if version_key(t.version) <= wanted and (t.date_last is None or t.date_last >= on)
    ]
    return min(usable, key=version_key, default=version)
