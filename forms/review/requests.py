"""Customer requests: who asked for which templates, for which period, by when; the Lenovo
preset; and the due-date arithmetic of a half-yearly reporting cycle."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from forms import templates
from forms.templates.common import SCOPE_COMPANY

DUE_SOON_DAYS = 30
# Half-yearly due dates: 31 May and 30 November. RMI publishes new template versions in late
# April and in October, so each due date falls a month after a release; 31 May is also the
# SEC Form SD deadline customers work back from.
HALF_YEAR_DUE = ((5, 31), (11, 30))


class DueStatus(StrEnum):
    OK = "ok"
    DUE_SOON = "due soon"
    OVERDUE = "overdue"
    DONE = "done"


@dataclass(frozen=True)
class Customer:
    name: str
    contact_email: str


@dataclass(frozen=True)
class RequestedTemplate:
    """One template a customer asked for; `minerals` restricts the minerals in scope (EMRT with
    only Cobalt), empty meaning the template's default (all of them)."""

    family: str
    version: str
    minerals: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.family} {self.version}"


@dataclass(frozen=True)
class Request:
    """What a customer asked for in one period.

    Attributes:
        period: the label of the reporting period ("2026 H1").
        scope: the declaration scope the customer wants (an option of the Scope drop-down).
        part_numbers: the customer's own part numbers, for the Product List requester columns.
        cycle_months: how often the customer asks again (6 = half-yearly, 0 = once).
        sent_on: when the declarations were sent, None until then.
    """

    customer: Customer
    templates: tuple[RequestedTemplate, ...]
    due_date: date
    period: str
    scope: str | None = SCOPE_COMPANY
    part_numbers: tuple[str, ...] = field(default_factory=tuple)
    cycle_months: int = 6
    sent_on: date | None = None


def add_months(d: date, months: int) -> date:
    """`d` moved by `months`, clamped to the month's length; a month's last day stays the last
    day (30 Nov + 6 → 31 May, 28 Feb 2027 + 12 → 29 Feb 2028)."""
    last_day = d.day == calendar.monthrange(d.year, d.month)[1]
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    length = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, length if last_day else min(d.day, length))


def half_year_label(due: date) -> str:
    """The period a half-yearly due date closes: "2026 H1" up to June, "2026 H2" after."""
    return f"{due.year} H{1 if due.month <= 6 else 2}"


def next_half_year_due(today: date) -> date:
    """The first half-yearly due date (`HALF_YEAR_DUE`) on or after `today`."""
    for year in (today.year, today.year + 1):
        for month, day in HALF_YEAR_DUE:
            if date(year, month, day) >= today:
                return date(year, month, day)
    raise AssertionError("unreachable: a due date falls within every twelve months")


def due_status(request: Request, today: date) -> DueStatus:
    """ "done" once sent; "overdue" after the due date; "due soon" within `DUE_SOON_DAYS` days
    of it (the due date itself included); otherwise "ok"."""
    if request.sent_on is not None:
        return DueStatus.DONE
    days_left = (request.due_date - today).days
    if days_left < 0:
        return DueStatus.OVERDUE
    if days_left <= DUE_SOON_DAYS:
        return DueStatus.DUE_SOON
    return DueStatus.OK


def next_request(request: Request) -> Request | None:
    """The same request for the following period (None for a one-off request)."""
    if request.cycle_months <= 0:
        return None
    due = add_months(request.due_date, request.cycle_months)
    period = half_year_label(due) if request.cycle_months == 6 else due.isoformat()
    return replace(request, due_date=due, period=period, sent_on=None)


def lenovo_preset(customer: Customer, today: date, *, accepts_emrt: bool = True) -> Request:
    """Lenovo's request: the latest CMRT and a cobalt declaration — the latest EMRT with only
    Cobalt in scope, or the latest CRT when the customer does not accept the EMRT — due on the next
    half-yearly due date."""
    cmrt = templates.latest("CMRT")
    cobalt_tpl = templates.latest("EMRT" if accepts_emrt else "CRT")
    due = next_half_year_due(today)
    return Request(
        customer=customer,
        templates=(
            RequestedTemplate(cmrt.family, cmrt.version),
            RequestedTemplate(cobalt_tpl.family, cobalt_tpl.version, ("Cobalt",)),
        ),
        due_date=due,
        period=half_year_label(due),
    )
