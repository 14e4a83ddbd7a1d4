"""Red flags on the company block: "same" authorizer, implausible dates, malformed e-mails."""

from __future__ import annotations

from datetime import date

from forms.declaration import Declaration
from forms.fieldpath import FieldPath
from forms.rules.finding import Finding
from forms.rules.rf_text import is_email, iso_date, means_same, non_english
from forms.templates import cells
from forms.templates.model import TemplateDef

EARLIEST = date(2007, 1, 1)
"""RMI's date validation starts at 31-Dec-2006; anything earlier cannot be a current answer."""


def _warn(code: str, tpl: TemplateDef, key: str, message: str, hint: str) -> Finding:
    cell = tpl.company_field(key).cell
    return Finding(
        code, "warning", str(FieldPath.company(key)), message, hint, cells.DECLARATION, cell
    )


def _effective_date(decl: Declaration, tpl: TemplateDef, today: date) -> list[Finding]:
    raw = decl.company.effective_date
    if raw is None:
        return []  # the Checker already counts a missing date
    key = "effective_date"
    when = iso_date(raw)
    if when is None:
        return [
            _warn(
                "RF-DATE-NOT-A-DATE",
                tpl,
                key,
                f'The effective date "{raw}" is not a date.',
                "Enter the date the form was completed, e.g. 31-Aug-2026.",
            )
        ]
    out = []
    if when > today:
        out.append(
            _warn(
                "RF-DATE-FUTURE",
                tpl,
                key,
                f"The effective date {when:%d-%b-%Y} is in the future.",
                "Use the date the form was completed, not a planned date.",
            )
        )
    if when < EARLIEST:
        out.append(
            _warn(
                "RF-DATE-TOO-EARLY",
                tpl,
                key,
                f"The effective date {when:%d-%b-%Y} is before 2007.",
                "Check the year: the declaration should be dated when it was completed.",
            )
        )
    elif when < tpl.date_first or (tpl.date_last is not None and when > tpl.date_last):
        last = f"{tpl.date_last:%d-%b-%Y}" if tpl.date_last else "no end"
        out.append(
            _warn(
                "RF-DATE-OUTSIDE-TEMPLATE",
                tpl,
                key,
                f"{tpl.family} {tpl.version} accepts dates from {tpl.date_first:%d-%b-%Y} to "
                f"{last}; {when:%d-%b-%Y} fails the workbook's date check.",
                f"Use a newer {tpl.family} version, or a date the template accepts.",
            )
        )
    return out


def company_flags(decl: Declaration, tpl: TemplateDef, today: date) -> list[Finding]:
    """Red flags of the company information block (review-rules B)."""
    c = decl.company
    out = []
    if means_same(c.authorizer_name):
        out.append(
            _warn(
                "RF-AUTHORIZER-SAME",
                tpl,
                "authorizer_name",
                f'The authorizer is given as "{c.authorizer_name}" instead of a name.',
                "Enter the authorizer's own name, even when it is the contact person.",
            )
        )
    out += _effective_date(decl, tpl, today)
    for f in tpl.company_fields:
        value = getattr(c, f.key)
        label = f.label.replace(" (*)", "").rstrip(":")
        if f.kind == "email" and value is not None and "@" in value and not is_email(value):
            out.append(
                _warn(
                    "RF-EMAIL-INVALID",
                    tpl,
                    f.key,
                    f'{label} "{value}" is not a valid e-mail address.',
                    "Enter a single address such as name@company.com.",
                )
            )
        if f.kind != "scope" and non_english(value):
            out.append(
                _warn(
                    "RF-NOT-ENGLISH",
                    tpl,
                    f.key,
                    f"{label} is not in English.",
                    "RMI templates must be answered in English.",
                )
            )
    return out
