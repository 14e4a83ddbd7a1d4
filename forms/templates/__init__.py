"""Every supported RMI template version as data, and look-up by family and version."""

from __future__ import annotations

from forms.templates import cmrt, crt, emrt
from forms.templates.model import (
    CompanyField,
    CompanyQuestion,
    Family,
    ListSheet,
    MineralQuestion,
    MineralSlot,
    TemplateDef,
)

ALL: tuple[TemplateDef, ...] = (*cmrt.VERSIONS, *crt.VERSIONS, *emrt.VERSIONS)
_BY_KEY = {t.key: t for t in ALL}
FAMILIES: tuple[Family, ...] = ("CMRT", "CRT", "EMRT")


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
    return max((t for t in ALL if t.family == family.upper()), key=lambda t: t.release_date)


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
