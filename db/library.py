"""The template library's records: official workbooks added by the user and their reference data."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import CountryRecord, LookupRowRecord, Template, TranslationRecord
from forms.reference_data import Country, LookupRow
from forms.workbook.detect import version_key


def templates_dir(data_dir: Path) -> Path:
    return data_dir / "templates"


def find(s: Session, family: str, version: str) -> Template | None:
    """The most recently added workbook of `family` `version`; else the newest one of a newer
    revision verified to have that version's layout."""
    query = (
        select(Template)
        .filter_by(family=family.upper(), version=version)
        .order_by(Template.added_at.desc())
    )
    found = s.scalars(query).first()
    if found is None:
        newer = select(Template).filter_by(family=family.upper(), layout_version=version)
        found = s.scalars(newer.order_by(Template.added_at.desc())).first()
    return found


def all_templates(s: Session) -> list[Template]:
    rows = list(s.scalars(select(Template)))
    return sorted(rows, key=lambda t: (t.family, version_key(t.version)))


def reference_cids(s: Session, family: str, version: str) -> set[str] | None:
    """Smelter IDs of the template's Smelter Look-up, or None when no such template was added
    (or its look-up could not be read)."""
    tpl = find(s, family, version)
    if tpl is None:
        return None
    query = select(LookupRowRecord.cid).where(LookupRowRecord.template_sha256 == tpl.sha256)
    cids = {c for c in s.scalars(query) if c}
    return cids or None


def save_template(
    s: Session, sha256: str, family: str, version: str, file_name: str, added_at: datetime
) -> Template:
    rec = s.get(Template, sha256)
    if rec is None:
        rec = Template(sha256=sha256, family=family, version=version)
        s.add(rec)
    rec.file_name, rec.added_at = file_name, added_at
    return rec


def save_reference(
    s: Session,
    sha256: str,
    lookup: Iterable[LookupRow],
    countries: Iterable[Country],
    translations: Iterable[tuple[str, str, str]] = (),
) -> None:
    """Replace the reference data of one template (translations: language, key, text)."""
    for model in (LookupRowRecord, CountryRecord, TranslationRecord):
        s.execute(delete(model).where(model.template_sha256 == sha256))
    s.add_all(
        LookupRowRecord(
            template_sha256=sha256,
            metal=r.metal,
            alias=r.alias,
            standard_name=r.standard_name,
            country=r.country,
            cid=r.cid,
            source=r.source,
            street=r.street,
            city=r.city,
            state=r.state,
        )
        for r in lookup
    )
    s.add_all(CountryRecord(template_sha256=sha256, code=c.code, name=c.name) for c in countries)
    s.add_all(
        TranslationRecord(template_sha256=sha256, language=lang, key=key, text=text)
        for lang, key, text in translations
    )


def lookup_rows(s: Session, sha256: str) -> list[LookupRow]:
    # Plain rows, not ORM objects: a look-up has about a thousand rows, read on every opening.
    columns = (
        LookupRowRecord.metal,
        LookupRowRecord.alias,
        LookupRowRecord.standard_name,
        LookupRowRecord.country,
        LookupRowRecord.cid,
        LookupRowRecord.source,
        LookupRowRecord.street,
        LookupRowRecord.city,
        LookupRowRecord.state,
    )
    query = select(*columns).where(LookupRowRecord.template_sha256 == sha256)
    return [LookupRow(*r) for r in s.execute(query.order_by(LookupRowRecord.id))]


def countries(s: Session, sha256: str) -> list[Country]:
    query = select(CountryRecord.code, CountryRecord.name).where(
        CountryRecord.template_sha256 == sha256
    )
    return [Country(code, name) for code, name in s.execute(query)]


def labels(s: Session, family: str, version: str) -> dict[str, dict[str, str]]:
    """The `L` sheet texts of the newest `family` `version` workbook: key → language → text
    (empty when no such template was added)."""
    tpl = find(s, family, version)
    if tpl is None:
        return {}
    out: dict[str, dict[str, str]] = {}
    query = select(TranslationRecord.key, TranslationRecord.language, TranslationRecord.text)
    for key, language, text in s.execute(
        query.where(TranslationRecord.template_sha256 == tpl.sha256)
    ):
        out.setdefault(key, {})[language] = text
    return out
