"""The template library: blank official workbooks kept by SHA-256 in the data folder, with
their reference data cached as JSON beside them (until the SQLite store takes this over)."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forms.workbook import detect, verify
from forms.workbook.package import Package, UnreadableWorkbook, open_file
from forms.workbook.reader import ReadResult, company_is_empty, read_package
from forms.workbook.reference import TemplateReference, extract

INDEX = "index.json"


@dataclass(frozen=True)
class LibraryEntry:
    sha256: str
    family: str
    version: str
    release_date: str | None
    languages: tuple[str, ...]
    smelter_count: int
    original_name: str
    path: Path
    layout_version: str | None = None
    """For a revision newer than every definition: the known layout it was verified to match."""

    @property
    def label(self) -> str:
        """ "CMRT 6.5", or "CMRT 6.7 — layout of CMRT 6.6, verified"."""
        if self.layout_version in (None, self.version):
            return f"{self.family} {self.version}"
        layout = f"{self.family} {self.layout_version}"
        return f"{self.family} {self.version} — layout of {layout}, verified"

    def to_json(self) -> dict[str, Any]:
        doc = self.__dict__ | {"path": self.path.name, "languages": list(self.languages)}
        return doc

    @classmethod
    def from_json(cls, doc: dict[str, Any], folder: Path) -> LibraryEntry:
        return cls(
            sha256=doc["sha256"],
            family=doc["family"],
            version=doc["version"],
            release_date=doc.get("release_date"),
            languages=tuple(doc.get("languages", ())),
            smelter_count=int(doc.get("smelter_count", 0)),
            original_name=doc.get("original_name", ""),
            path=folder / doc["path"],
            layout_version=doc.get("layout_version"),
        )


def refusal_reason(result: ReadResult) -> str | None:
    """Why a read workbook is not a blank template, or None.

    Blank means: no company details (the scope drop-down aside) and empty Smelter, Product and
    Mine lists. Answers are ignored: RMI's own distributed copies carry leftover test answers
    (CMRT 6.31, CRT "2.21"), and a filled declaration always names its company.
    """
    decl = result.declaration
    if not company_is_empty(decl):
        who = decl.company.name or "company details filled in"
        return f"it is a filled declaration ({who}), not a blank template"
    if decl.smelters or decl.products or decl.mines:
        return "it has rows in its Smelter, Product or Mine List, so it is not a blank template"
    return None


def _write_json(path: Path, doc: Any) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False)
    os.replace(tmp, path)


class TemplateLibrary:
    """Official blank templates the user added, in `data_dir/templates/`."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / "templates"

    def _index(self) -> list[LibraryEntry]:
        path = self.folder / INDEX
        if not path.is_file():
            return []
        doc = json.loads(path.read_text(encoding="utf-8"))
        return [LibraryEntry.from_json(e, self.folder) for e in doc.get("entries", [])]

    def entries(self) -> list[LibraryEntry]:
        return sorted(self._index(), key=lambda e: (e.family, detect.version_key(e.version)))

    def find(self, family: str, version: str) -> LibraryEntry | None:
        """The workbook of `family` `version`; else one of a newer revision verified to have
        that version's layout."""
        entries = [e for e in self._index() if e.family == family.upper()]
        hits = [e for e in entries if e.version == version]
        hits = hits or [e for e in entries if e.layout_version == version]
        return hits[-1] if hits else None

    def add(self, path: Path) -> LibraryEntry:
        """Copy a blank official template in and cache its reference data; refuse anything
        else with `UnreadableWorkbook` (kind "not-blank" for a filled declaration)."""
        path = Path(path)
        data = open_file(path)
        sha = hashlib.sha256(data).hexdigest()
        for entry in self._index():
            if entry.sha256 == sha:
                return entry
        result, pkg = read_package(data, path.name)
        reason = refusal_reason(result)
        if reason:
            raise UnreadableWorkbook(
                "not-blank",
                f"{path.name}: {reason}: add the blank template as downloaded from RMI",
            )
        verified = verify.require_template(pkg, result.template, result.version_in_file, path.name)
        reference = extract(pkg)
        released = detect.stamp_date(reference.revision_stamp)
        if released is None and result.template.version == result.version_in_file:
            released = result.template.release_date
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{sha}.xlsx"
        target.write_bytes(data)
        _write_json(self.folder / f"{sha}.json", reference.to_json())
        entry = LibraryEntry(
            sha256=sha,
            family=verified.family,
            version=result.version_in_file,
            release_date=released.isoformat() if released else None,
            languages=tuple(reference.languages),
            smelter_count=len(reference.lookup),
            original_name=path.name,
            path=target,
            layout_version=verified.template.version,
        )
        entries = [*self._index(), entry]
        _write_json(self.folder / INDEX, {"entries": [e.to_json() for e in entries]})
        return entry

    def reference(self, entry: LibraryEntry) -> TemplateReference:
        cache = self.folder / f"{entry.sha256}.json"
        if cache.is_file():
            return TemplateReference.from_json(json.loads(cache.read_text(encoding="utf-8")))
        reference = extract(Package(entry.path.read_bytes()))
        _write_json(cache, reference.to_json())
        return reference
