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
from forms.templates.versioning import version_key

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
    return newest_first(family)[0]


def versions(family: str) -> tuple[TemplateDef, ...]:
    return tuple(t for t in ALL if t.family == family.upper())


def newest_first(family: str) -> tuple[TemplateDef, ...]:
    """A family's versions, newest first (by release date, then revision: 6.6.1 after 6.6)."""
    key = lambda t: (t.release_date, version_key(t.version))  # noqa: E731
    return tuple(sorted(versions(family), key=key, reverse=True))


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
    "newest_first",
    "versions",
]
