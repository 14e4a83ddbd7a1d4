"""The intake verdict on one received file: red (send it back or it cannot be read), amber
(accepted, with things worth a look) or green, each reason in plain words.

Red: the file cannot be read; RMI's Checker counts missing required fields; the campaign does
not accept this template version; the version can no longer be used (its effective-date limit
has passed). Amber: red flags, smelter IDs that RMI's Smelter Look-up does not know, smelters
that are neither conformant nor active on an imported facility list. Green: none of these."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from forms.declaration import Declaration
from forms.facilities import FacilityList
from forms.rules import check
from forms.rules.finding import Finding
from forms.rules.rf_facilities import facility_flags
from forms.smelters.normalise import parse_cid
from forms.suppliers.model import Campaign


class Light(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class Reason:
    light: Light
    code: str
    text: str


@dataclass(frozen=True)
class Verdict:
    """What intake concluded about one file. `findings`: every Checker error and red flag of
    the declaration (for the feedback e-mail); empty for an unreadable file."""

    light: Light
    reasons: tuple[Reason, ...]
    family: str = ""
    version: str = ""
    company: str = ""
    contact_emails: tuple[str, ...] = ()
    checker_remaining: int = 0
    red_flags: int = 0
    findings: tuple[Finding, ...] = field(default=(), repr=False)

    @property
    def accepted(self) -> bool:
        return self.light is not Light.RED

    @property
    def readable(self) -> bool:
        return not any(r.code == UNREADABLE for r in self.reasons)


UNREADABLE = "INTAKE-UNREADABLE"


def unreadable(message: str) -> Verdict:
    return Verdict(Light.RED, (Reason(Light.RED, UNREADABLE, message),))


def _fmt_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def judge(
    decl: Declaration,
    campaign: Campaign | None = None,
    *,
    reference_cids: Collection[str] | None = None,
    facilities: FacilityList | None = None,
    today: date | None = None,
) -> Verdict:
    """The verdict on `decl` for `campaign` (None: no campaign, any version accepted)."""
    today = today or date.today()
    findings = check(decl)
    errors = [f for f in findings if f.severity == "error"]
    flags = [f for f in findings if f.severity == "warning"]
    reasons: list[Reason] = []
    label = f"{decl.family} {decl.version}"
    if errors:
        reasons.append(
            Reason(
                Light.RED,
                "INTAKE-CHECKER",
                f"{len(errors)} required field(s) missing (RMI's Checker counts them).",
            )
        )
    if campaign is not None and not campaign.accepts(decl.family, decl.version):
        wanted = ", ".join(t.label for t in campaign.templates)
        reasons.append(
            Reason(
                Light.RED,
                "INTAKE-VERSION",
                f"{label} is not accepted in this campaign: it asks for {wanted}.",
            )
        )
    last = decl.template.date_last
    if last is not None and today > last:
        reasons.append(
            Reason(
                Light.RED,
                "INTAKE-EXPIRED",
                f"{label} can only be used for declarations effective until {_fmt_date(last)}: "
                "the current version is needed.",
            )
        )
    if flags:
        reasons.append(
            Reason(Light.AMBER, "INTAKE-RED-FLAGS", f"{len(flags)} red flag(s) worth a look.")
        )
    if reference_cids is not None:
        known = set(reference_cids)
        unknown = sorted(
            {
                cid
                for s in decl.smelters
                if (cid := parse_cid(s.smelter_id or "")) is not None and cid not in known
            }
        )
        if unknown:
            shown = ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")
            reasons.append(
                Reason(
                    Light.AMBER,
                    "INTAKE-UNKNOWN-SMELTERS",
                    f"{len(unknown)} smelter ID(s) not on RMI's Smelter Look-up: {shown}.",
                )
            )
    standing = facility_flags(decl, facilities, today) if facilities is not None else []
    not_conformant = [f for f in standing if f.code == "RF-FACILITY-NOT-CONFORMANT"]
    if not_conformant:
        reasons.append(
            Reason(
                Light.AMBER,
                "INTAKE-NOT-CONFORMANT",
                f"{len(not_conformant)} smelter row(s) neither conformant nor active on RMI's "
                "facility list.",
            )
        )
    light = min((r.light for r in reasons), key=_ORDER.__getitem__, default=Light.GREEN)
    emails = tuple(
        e for e in (decl.company.contact_email, decl.company.authorizer_email) if e and "@" in e
    )
    return Verdict(
        light,
        tuple(reasons),
        decl.family,
        decl.version,
        decl.company.name or "",
        emails,
        len(errors),
        len(flags),
        tuple([*errors, *flags, *standing]),
    )


_ORDER = {Light.RED: 0, Light.AMBER: 1, Light.GREEN: 2}
