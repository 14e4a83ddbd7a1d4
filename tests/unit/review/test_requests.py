"""Customer requests: due-date arithmetic (month ends, leap years), due status, Lenovo preset."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms import templates
from forms.review.requests import (
    Customer,
    DueStatus,
    Request,
    RequestedTemplate,
    add_months,
    due_status,
    half_year_label,
    lenovo_preset,
    next_half_year_due,
    next_request,
)

LENOVO = Customer("Lenovo", "supplier.compliance@lenovo.example")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 15), 1, date(2026, 2, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # clamped
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 11, 30), 6, date(2027, 5, 31)),  # month end stays month end
        (date(2027, 5, 31), 6, date(2027, 11, 30)),
        (date(2028, 2, 29), 6, date(2028, 8, 31)),
        (date(2027, 2, 28), 12, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 8, 29), 6, date(2027, 2, 28)),  # 29th clamped in a common year
        (date(2027, 8, 29), 6, date(2028, 2, 29)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),  # year boundary
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 10), -13, date(2024, 12, 10)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)), st.integers(-60, 60))
def test_add_months_lands_in_the_right_month(start: date, months: int) -> None:
    moved = add_months(start, months)
    assert (moved.year * 12 + moved.month) - (start.year * 12 + start.month) == months
    assert moved.day <= start.day or (moved + timedelta(days=1)).day == 1


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (date(2026, 1, 1), date(2026, 5, 31)),
        (date(2026, 5, 31), date(2026, 5, 31)),  # the due date itself
        (date(2026, 6, 1), date(2026, 11, 30)),
        (date(2026, 11, 30), date(2026, 11, 30)),
        (date(2026, 12, 1), date(2027, 5, 31)),
        (date(2028, 2, 29), date(2028, 5, 31)),
    ],
)
def test_next_half_year_due(today: date, due: date) -> None:
    assert next_half_year_due(today) == due


def test_half_year_labels() -> None:
    assert half_year_label(date(2026, 5, 31)) == "2026 H1"
    assert half_year_label(date(2026, 11, 30)) == "2026 H2"


def _request(due: date, sent_on: date | None = None) -> Request:
    tpl = (RequestedTemplate("CMRT", "6.5"),)
    return Request(LENOVO, tpl, due_date=due, period="2026 H2", sent_on=sent_on)


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (date(2026, 10, 30), DueStatus.OK),  # 31 days before
        (date(2026, 10, 31), DueStatus.DUE_SOON),  # 30 days before
        (date(2026, 11, 30), DueStatus.DUE_SOON),  # the due date
        (date(2026, 12, 1), DueStatus.OVERDUE),
        (date(2027, 6, 1), DueStatus.OVERDUE),
    ],
)
def test_due_status(today: date, status: DueStatus) -> None:
    assert due_status(_request(date(2026, 11, 30)), today) is status


def test_due_status_over_february_in_a_leap_year() -> None:
    req = _request(date(2028, 3, 1))
    assert due_status(req, date(2028, 1, 31)) is DueStatus.DUE_SOON  # 30 days with 29 Feb
    assert due_status(req, date(2028, 1, 30)) is DueStatus.OK
    assert due_status(_request(date(2027, 3, 1)), date(2027, 1, 30)) is DueStatus.DUE_SOON


def test_sent_request_is_done_even_when_late() -> None:
    req = _request(date(2026, 11, 30), sent_on=date(2026, 12, 5))
    assert due_status(req, date(2027, 1, 1)) is DueStatus.DONE
    assert DueStatus.DUE_SOON == "due soon"


def test_next_request_keeps_the_half_year_cycle() -> None:
    req = _request(date(2026, 11, 30), sent_on=date(2026, 11, 25))
    nxt = next_request(req)
    assert nxt is not None
    assert (nxt.due_date, nxt.period, nxt.sent_on) == (date(2027, 5, 31), "2027 H1", None)
    assert nxt.customer == LENOVO and nxt.templates == req.templates
    assert next_request(replace(req, cycle_months=0)) is None
    yearly = next_request(replace(req, cycle_months=12))
    assert yearly is not None and yearly.due_date == date(2027, 11, 30)


def test_lenovo_preset_with_emrt() -> None:
    req = lenovo_preset(LENOVO, date(2026, 7, 1))
    cmrt, emrt = templates.latest("CMRT"), templates.latest("EMRT")
    assert req.templates == (
        RequestedTemplate("CMRT", cmrt.version),
        RequestedTemplate("EMRT", emrt.version, ("Cobalt",)),
    )
    assert (req.due_date, req.period, req.cycle_months) == (date(2026, 11, 30), "2026 H2", 6)
    assert req.scope == "A. Company"
    assert req.templates[1].label == f"EMRT {emrt.version}"


def test_lenovo_preset_with_crt_when_emrt_is_not_accepted() -> None:
    req = lenovo_preset(LENOVO, date(2026, 12, 24), accepts_emrt=False)
    assert [t.label for t in req.templates] == [
        f"CMRT {templates.latest('CMRT').version}",
        "CRT 2.21",  # the newest CRT since issue 14 (was "CRT 2.2")
    ]
    assert req.templates[1].minerals == ("Cobalt",)
    assert (req.due_date, req.period) == (date(2027, 5, 31), "2027 H1")


def test_preset_templates_exist() -> None:
    for accepts in (True, False):
        for t in lenovo_preset(LENOVO, date(2026, 1, 1), accepts_emrt=accepts).templates:
            tpl = templates.get(t.family, t.version)
            assert set(t.minerals) <= set(tpl.minerals)
