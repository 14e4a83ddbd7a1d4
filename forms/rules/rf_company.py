"""Red flags on the company block: "same" authorizer, implausible dates, malformed e-mails."""

from __future__ import annotations

from datetime import date
from typing import Any

from forms.declaration import Declaration
from forms.fieldpath import FieldPath
from forms.rules.finding import Finding
from forms.rules.rf_text import is_email_list, iso_date, means_same, non_english
from forms.templates import cells
from forms.templates.lacks import version_to_ask_for
from forms.templates.model import TemplateDef

EARLIEST = date(2007, 1, 1)
"""RMI's date validation starts at 31-Dec-2006; anything earlier cannot be a current answer."""


def _warn(message_id: str, tpl: TemplateDef, key: str, **params: Any) -> Finding:
    cell = tpl.company_field(key).cell
    path = FieldPath.company(key)
    return Finding.of(message_id, "warning", path, cells.DECLARATION, cell, **params)


def _effective_date(decl: Declaration, tpl: TemplateDef, today: date) -> list[Finding]:
    raw = decl.company.effective_date
    if raw is None:
        return []  # the Checker already counts a missing date
    key = "effective_date"
    when = iso_date(raw)
    if when is None:
        return [_warn("RF-DATE-NOT-A-DATE", tpl, key, value=raw)]
    out = []
    if when > today:
        out.append(_warn("RF-DATE-FUTURE", tpl, key, date=f"{when:%d-%b-%Y}"))
    if when < EARLIEST:
        out.append(_warn("RF-DATE-TOO-EARLY", tpl, key, date=f"{when:%d-%b-%Y}"))
    elif when < tpl.date_first or (tpl.date_last is not None and when > tpl.date_last):
        last = f"{tpl.date_last:%d-%b-%Y}" if tpl.date_last else ""
        better = version_to_ask_for(tpl, when)
        variant = ("" if last else "/open") if better is not None else (
            "/no-newer" if last else "/open-no-newer"
        )  # fmt: skip
        out.append(
            _warn(
                "RF-DATE-OUTSIDE-TEMPLATE" + variant,
                tpl,
                key,
                template=f"{tpl.family} {tpl.version}",
                family=tpl.family,
                first=f"{tpl.date_first:%d-%b-%Y}",
                last=last,
                date=f"{when:%d-%b-%Y}",
                better=f"{better.family} {better.version}" if better is not None else "",
            )
        )
    return out


def company_flags(decl: Declaration, tpl: TemplateDef, today: date) -> list[Finding]:
    """Red flags of the company information block (review-rules B)."""
    c = decl.company
    out = []
    if means_same(c.authorizer_name):
        out.append(_warn("RF-AUTHORIZER-SAME", tpl, "authorizer_name", value=c.authorizer_name))
    out += _effective_date(decl, tpl, today)
    for f in tpl.company_fields:
        value = getattr(c, f.key)
        label = f.label.replace(" (*)", "").rstrip(":")
        if f.kind == "email" and value is not None and "@" in value and not is_email_list(value):
            out.append(_warn("RF-EMAIL-INVALID/company", tpl, f.key, field=label, value=value))
        if f.kind != "scope" and non_english(value):
            out.append(_warn("RF-NOT-ENGLISH/company", tpl, f.key, field=label))
    return out
