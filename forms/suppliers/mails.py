"""Draft e-mails to one's own suppliers (`.eml`, opened by the mail program for sending): the
request with the blank official templates attached, the reminder saying what is still missing,
and the feedback on a file that was not accepted, listing every problem with its sheet, cell
and what to do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

from forms.review.mail import XLSX_TYPE, rmi_date
from forms.rules.finding import Finding
from forms.suppliers.model import Campaign, Supplier
from forms.suppliers.verdict import Verdict


@dataclass(frozen=True)
class Sender:
    company: str
    name: str = ""
    email: str = ""


def _message(
    supplier: Supplier, sender: Sender, subject: str, when: datetime | None
) -> EmailMessage:
    msg = EmailMessage()
    to = [formataddr((c.name or supplier.name, c.email)) for c in supplier.contacts if c.email]
    if to:
        msg["To"] = ", ".join(to)
    if sender.email:
        msg["From"] = formataddr((sender.name or sender.company, sender.email))
    msg["Subject"] = subject
    if when is not None:
        msg["Date"] = format_datetime(when)
    msg["X-Unsent"] = "1"
    return msg


def _greeting(supplier: Supplier) -> str:
    names = [c.name for c in supplier.contacts if c.name]
    return f"Dear {names[0]}," if names else f"Dear {supplier.name} team,"


def _signature(sender: Sender) -> str:
    return f"Kind regards,\n{sender.name + chr(10) if sender.name else ''}{sender.company}\n"


def _due(d: date) -> str:
    return rmi_date(d.isoformat()) or d.isoformat()


def request_eml(
    supplier: Supplier,
    campaign: Campaign,
    templates: Sequence[tuple[str, Path]],
    sender: Sender,
    *,
    when: datetime | None = None,
) -> bytes:
    """The request: what to fill in, by when, with each blank official template attached
    (`templates`: the file name to show and the file to attach)."""
    labels = ", ".join(t.label for t in campaign.templates)
    msg = _message(
        supplier, sender, f"{sender.company}: responsible minerals declaration ({labels}) "
        f"for {campaign.period}, due {_due(campaign.due_date)}", when
    )  # fmt: skip
    steps = [
        f"please fill in the attached RMI template(s) ({labels}) for {campaign.period} and send "
        f"them back by {_due(campaign.due_date)}.",
        "",
        "How to fill them in:",
        "1. Use the attached files as they are (do not copy the questions into another file).",
        "2. Answer every question marked (*) on the Declaration sheet, in English.",
        "3. List every smelter or refiner in the Smelter List, with its Smelter ID where RMI "
        "lists it; choose “Smelter not listed” only when it is really not on the list.",
        "4. Check the Checker sheet: it should show no missing required fields.",
    ]
    if campaign.instructions.strip():
        steps += ["", campaign.instructions.strip()]
    body = "\n".join([_greeting(supplier), "", *steps, "", _signature(sender)])
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    for name, path in templates:
        msg.add_attachment(
            path.read_bytes(), maintype=XLSX_TYPE[0], subtype=XLSX_TYPE[1], filename=name
        )
    return msg.as_bytes()


def reminder_eml(
    supplier: Supplier,
    campaign: Campaign,
    missing: Sequence[str],
    sender: Sender,
    *,
    when: datetime | None = None,
) -> bytes:
    """A reminder that says what is still missing (the templates not yet received)."""
    msg = _message(
        supplier,
        sender,
        f"Reminder: responsible minerals declaration for {campaign.period}, due "
        f"{_due(campaign.due_date)}",
        when,
    )
    lines = [
        _greeting(supplier),
        "",
        f"we have not yet received your responsible minerals declaration for {campaign.period} "
        f"(due {_due(campaign.due_date)}). Still missing:",
        *(f"  • {m}" for m in missing),
        "",
        "The blank templates were attached to our first e-mail; please send the filled files "
        "back as soon as you can.",
        "",
        _signature(sender),
    ]
    msg.set_content("\n".join(lines), charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


def _where(f: Finding) -> str:
    if f.sheet and f.cell:
        return f"{f.sheet} sheet, cell {f.cell}"
    return f"{f.sheet} sheet" if f.sheet else "the file"


def feedback_lines(verdict: Verdict) -> list[str]:
    """Every problem of a file, one line each: where, what, what to do."""
    listed = {"INTAKE-CHECKER", "INTAKE-RED-FLAGS", "INTAKE-NOT-CONFORMANT"}  # as findings below
    lines = [f"• {r.text}" for r in verdict.reasons if r.code not in listed]
    for f in verdict.findings:
        kind = "Required" if f.severity == "error" else "Please check"
        todo = f" What to do: {f.hint}" if f.hint else ""
        lines.append(f"• {kind} — {_where(f)}: {f.message}{todo}")
    return lines


def feedback_eml(
    supplier: Supplier,
    file_name: str,
    verdict: Verdict,
    sender: Sender,
    *,
    campaign: Campaign | None = None,
    when: datetime | None = None,
) -> bytes:
    """The message for a file that was not accepted: what is wrong, where, what to do."""
    period = f" for {campaign.period}" if campaign else ""
    msg = _message(
        supplier, sender, f"Please correct your responsible minerals declaration{period}", when
    )
    lines = [
        _greeting(supplier),
        "",
        f"thank you for your declaration ({file_name}, {verdict.family} {verdict.version}). "
        "We cannot accept it yet. Please correct the following and send the file again"
        + (f" by {_due(campaign.due_date)}" if campaign else "")
        + ":",
        "",
        *feedback_lines(verdict),
        "",
        _signature(sender),
    ]
    msg.set_content("\n".join(lines), charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()
