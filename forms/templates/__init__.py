"""Every supported RMI template version as data, and look-up by family and version."""

from __future__ import annotations

from forms.templates import amrt, cmrt, crt, emrt
from forms.templates.model import (
    CompanyField,
    CompanyQuestion,
    Family,
    ListSheet,
    MineralQuestion,
    MineralSlot,
    TemplateDef,
)

ALL: tuple[TemplateDef, ...] = (*cmrt.VERSIONS, *crt.VERSIONS, *emrt.VERSIONS, *amrt.VERSIONS)
_BY_KEY = {t.key: t for t in ALL}
FAMILIES: tuple[Family, ...] = ("CMRT", "CRT", "EMRT", "AMRT")


class UnknownTemplateError(LookupError):
    """No definition exists for the family and version asked for."""


def get(family: str, version: str) -> TemplateDef:
    """The definition of `family` `version` (e.g. "CMRT", "6.5")."""
    try:
        return _BY_KEY[f"{family.upper()}-{version}"]
    except KeyError:
        raise UnknownTemplateError(f"{family} {version} is not a supported template") from None


def latest(family: str) -> TemplateDef:
    """The newest supported version of a family."""
    # A re-release (AMRT 1.31.1) shares its base's date: the longer version number wins the tie.
    return max(
        (t for t in ALL if t.family == family.upper()),
        key=lambda t: (t.release_date, len(t.version.split("."))),
    )


def versions(family: str) -> tuple[TemplateDef, ...]:
    return tuple(t for t in ALL if t.family == family.upper())


__all__ = [
    "ALL",
    "FAMILIES",
    "CompanyField",
    "CompanyQuestion",
    "ListSheet",
    "MineralQuestion",
    "MineralSlot",
    "TemplateDef",
    "UnknownTemplateError",
    "get",
    "latest",
    "versions",
]
