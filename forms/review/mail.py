"""The e-mail step: a draft `.eml` message to the customer with the exported workbooks
attached, and the plain-text summary behind the "Copy summary" button."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

from forms.atomic import write_atomic
from forms.declaration import Declaration
from forms.review.requests import Customer
from forms.review.smelter_stats import declared_minerals, smelter_stats
from forms.rules.checker import checker_remaining

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class ExportedDeclaration:
    """A declaration and the workbook it was exported to."""

    declaration: Declaration
    file: Path


def rmi_date(iso: str | None) -> str | None:
    """An ISO date as RMI's templates write it ("28-Nov-2026"); other text unchanged."""
    if not iso:
        return None
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day:02d}-{_MONTHS[d.month - 1]}-{d.year}"


def _label(decl: Declaration) -> str:
    return f"{decl.family} {decl.version}"


def subject(sender_company: str, declarations: Sequence[Declaration]) -> str:
    """ "Acme Components — CMRT 6.5, EMRT 2.1 (effective 28-Nov-2026)"; when the declarations
    have different effective dates, each template carries its own."""
    dates = {rmi_date(d.company.effective_date) for d in declarations}
    if len(dates) == 1:
        (one,) = dates
        parts = ", ".join(_label(d) for d in declarations)
        text = f"{parts} (effective {one})" if one else parts
    else:
        text = ", ".join(
            f"{_label(d)} (effective {rmi_date(d.company.effective_date) or 'no date'})"
            for d in declarations
        )
    return f"{sender_company} — {text}" if text else sender_company


def _declaration_summary(decl: Declaration, file_name: str | None) -> list[str]:
    remaining = checker_remaining(decl)
    completeness = "complete" if remaining == 0 else f"{remaining} required fields still empty"
    lines = [
        f"{_label(decl)} — {decl.company.name or '(no company name)'}",
        f"  Effective date: {rmi_date(decl.company.effective_date) or 'not given'}",
        f"  Minerals in scope: {', '.join(declared_minerals(decl)) or 'none'}",
        f"  Completeness (RMI Checker): {completeness}",
    ]
    stats = [s for s in smelter_stats(decl.smelters, declared_minerals(decl)) if s.total]
    if not stats:
        lines.append("  Smelters: none listed")
    for s in stats:
        extra = [f"{s.not_listed} not listed"] if s.not_listed else []
        if s.not_yet_identified:
            extra.append(f"{s.not_yet_identified} not yet identified")
        detail = f" ({', '.join(extra)})" if extra else ""
        lines.append(f"  {s.metal} smelters: {s.total - s.duplicates}{detail}")
    if file_name:
        lines.append(f"  File: {file_name}")
    return lines


def summary_text(declarations: Sequence[Declaration], file_names: Sequence[str] = ()) -> str:
    """The plain-text summary of the declarations (and the files they were exported to)."""
    blocks = []
    for i, decl in enumerate(declarations):
        name = file_names[i] if i < len(file_names) else None
        blocks.append("\n".join(_declaration_summary(decl, name)))
    return "\n\n".join(blocks) + "\n"


def _body(customer: Customer, sender_company: str, summary: str, sender_name: str | None) -> str:
    sign = f"{sender_name}\n{sender_company}" if sender_name else sender_company
    return (
        f"Dear {customer.name} team,\n\n"
        "Please find attached our responsible minerals declaration(s):\n\n"
        f"{summary}\n"
        "Kind regards,\n"
        f"{sign}\n"
    )


def build_eml(
    customer: Customer,
    exported: Sequence[ExportedDeclaration],
    sender_company: str,
    *,
    sender_email: str | None = None,
    sender_name: str | None = None,
    when: datetime | None = None,
) -> bytes:
    """A draft message (MIME, UTF-8, `X-Unsent: 1` so Outlook opens it for editing) to the
    customer's contact, with each exported workbook attached under its own file name
    (non-ASCII names as RFC 2231 `filename*`)."""
    msg = EmailMessage()
    msg["To"] = formataddr((customer.name, customer.contact_email))
    if sender_email:
        msg["From"] = formataddr((sender_name or sender_company, sender_email))
    msg["Subject"] = subject(sender_company, [e.declaration for e in exported])
    if when is not None:
        msg["Date"] = format_datetime(when)
    msg["X-Unsent"] = "1"
    summary = summary_text([e.declaration for e in exported], [e.file.name for e in exported])
    body = _body(customer, sender_company, summary, sender_name)
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    for e in exported:
        msg.add_attachment(
            e.file.read_bytes(), maintype=XLSX_TYPE[0], subtype=XLSX_TYPE[1], filename=e.file.name
        )
    return msg.as_bytes()


def plain_message(
    customer: Customer,
    exported: Sequence[ExportedDeclaration],
    sender_company: str,
    *,
    sender_name: str | None = None,
) -> str:
    """The message as text to paste into webmail: recipient, subject, body and the files to
    attach (full paths), for when no mail program opens the .eml."""
    summary = summary_text([e.declaration for e in exported], [e.file.name for e in exported])
    files = "\n".join(f"  {e.file}" for e in exported)
    return (
        f"To: {formataddr((customer.name, customer.contact_email))}\n"
        f"Subject: {subject(sender_company, [e.declaration for e in exported])}\n"
        f"Attach:\n{files}\n\n"
        f"{_body(customer, sender_company, summary, sender_name)}"
    )


def write_eml(path: str | os.PathLike[str], message: bytes) -> Path:
    """Write a message from `build_eml` atomically (the UI then opens it in the mail program)."""
    return write_atomic(path, message)
