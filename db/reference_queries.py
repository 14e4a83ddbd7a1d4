"""Read queries on the template library's reference data: the Smelter Look-up and country
list of the official workbook a declaration uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from db import library
from forms.reference_data import Country, LookupRow

if TYPE_CHECKING:
    from db.store import Store


@dataclass(frozen=True)
class TemplateReference:
    """The reference data of one official workbook in the library."""

    family: str
    version: str
    sha256: str
    lookup: list[LookupRow]
    countries: list[Country]


def template_reference(store: Store, family: str, version: str) -> TemplateReference | None:
    """The look-up rows and countries of the library's `family` `version` workbook (the most
    recently added one); None when the library has no such template."""
    with store._unit() as s:
        tpl = library.find(s, family, version)
        if tpl is None:
            return None
        return TemplateReference(
            tpl.family,
            tpl.version,
            tpl.sha256,
            library.lookup_rows(s, tpl.sha256),
            library.countries(s, tpl.sha256),
        )


def any_countries(store: Store) -> list[Country]:
    """The RMI country list of any template in the library ([] when it holds none): every
    template carries the same list, and a "not listed" smelter needs one even when the
    declaration's own version was not added."""
    with store._unit() as s:
        for tpl in reversed(library.all_templates(s)):
            found = library.countries(s, tpl.sha256)
            if found:
                return found
    return []
