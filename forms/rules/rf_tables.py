"""Which question plays which part in the red flags, per template family, as data."""

from __future__ import annotations

from dataclasses import dataclass

from forms.templates.emrt import NOT_APPLICABLE


@dataclass(frozen=True)
class Roles:
    """Question numbers (per mineral) and letters (company level) by what they ask."""

    used: str
    remains: str | None
    """Q2 "remains in the product"; CRT has no such question (its Q2 asks about CAHRA)."""
    high_risk: tuple[str, ...]
    """Covered countries / conflict-affected and high-risk areas: "Yes" is a review trigger."""
    sourcing_claim: str
    """The "No, we do not source from risky areas" answer that needs full survey coverage."""
    recycled: str
    survey: str
    identified: str
    reported: str
    weak_when_no: tuple[tuple[str, str, str], ...]
    """Company questions whose "No" is a red flag: (letter, code suffix, what is missing)."""


_POLICY = ("A", "POLICY", "no responsible minerals sourcing policy")

ROLES: dict[str, Roles] = {
    "CMRT": Roles(
        used="1", remains="2", high_risk=("3", "4"), sourcing_claim="3", recycled="5",
        survey="6", identified="7", reported="8",
        weak_when_no=(
            _POLICY,
            ("C", "AUDITED-SMELTERS", "direct suppliers are not required to use audited smelters"),
            ("D", "DUE-DILIGENCE", "no due diligence measures are implemented"),
            ("F", "REVIEW", "supplier due diligence information is not reviewed"),
            ("G", "CORRECTIVE-ACTION", "the review process has no corrective action management"),
        ),
    ),
    "CRT": Roles(
        used="1", remains=None, high_risk=("2",), sourcing_claim="2", recycled="3",
        survey="4", identified="5", reported="6",
        weak_when_no=(
            ("A", "POLICY", "no publicly available cobalt sourcing policy"),
            ("B", "POLICY-COVERAGE", "the policy does not cover the OECD Annex II risks"),
            ("C", "DUE-DILIGENCE", "no due diligence measures are implemented"),
            ("D", "SUPPLIER-DUE-DILIGENCE", "suppliers are not required to exercise due diligence"),
            ("E", "AUDITED-SMELTERS", "direct suppliers are not required to use audited smelters"),
            ("F", "SUPPLIER-RISK-COVERAGE", "supplier due diligence need not cover Annex II risks"),
            ("H", "REVIEW", "supplier due diligence information is not reviewed"),
            ("I", "CORRECTIVE-ACTION", "the review process has no corrective action management"),
        ),
    ),
    "EMRT": Roles(
        used="1", remains="2", high_risk=("3",), sourcing_claim="3", recycled="4",
        survey="5", identified="6", reported="7",
        weak_when_no=(
            _POLICY,
            ("C", "AUDITED-SMELTERS", "direct suppliers are not required to use audited smelters"),
            ("D", "DUE-DILIGENCE", "no due diligence measures are implemented"),
            ("F", "REVIEW", "supplier due diligence information is not reviewed"),
            ("G", "CORRECTIVE-ACTION", "the review process has no corrective action management"),
        ),
    ),
    # The AMRT asks only whether each mineral is used (1) and the survey response (2).
    "AMRT": Roles(
        used="1", remains=None, high_risk=(), sourcing_claim="", recycled="",
        survey="2", identified="", reported="", weak_when_no=(),
    ),
}  # fmt: skip

NOT_USED = ("No", "Not declaring", NOT_APPLICABLE)
"""Q1/Q2 answers that take a mineral out of the declaration."""
FULL_SURVEY = "100%"
LOW_SURVEY = ("50% or less", "None", "Did not survey")
RECYCLED_SCRAP_OPTIONS = ("Yes", "No", "Unknown")
