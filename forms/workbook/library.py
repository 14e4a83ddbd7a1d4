"""The template library: blank official workbooks kept by SHA-256 in the data folder, with
their reference data cached as JSON beside them (until the SQLite store takes this over)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forms.atomic import atomic_write
from forms.filelock import locked
from forms.templates.versioning import revision_label
from forms.workbook import detect, package_audit, verify
from forms.workbook.package import Package, UnreadableWorkbook, open_file
from forms.workbook.reader import ReadResult, company_is_empty, read_package
from forms.workbook.reference import TemplateReference, extract

INDEX = "index.json"
LOCK = ".index.lock"
_SHA_NAME = re.compile(r"^[0-9a-f]{64}$")


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
        return revision_label(self.family, self.version, self.layout_version)

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


@dataclass(frozen=True)
class CheckedTemplate:
    """A workbook `TemplateLibrary.check` read and accepted, not yet stored; `known` is the
    entry when the library already holds the same bytes."""

    name: str
    data: bytes
    sha256: str
    result: ReadResult | None = None
    reference: TemplateReference | None = None
    verified: verify.Verified | None = None
    known: LibraryEntry | None = None


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
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    atomic_write(path, lambda fh: fh.write(data))


def _describe(data: bytes, sha: str, original_name: str, target: Path) -> LibraryEntry:
    """The library entry of a blank template's bytes (read again, for an index rebuild)."""
    result, pkg = read_package(data, original_name or target.name)
    reference = extract(pkg)
    verified = verify.require_template(pkg, result.template, result.version_in_file)
    return _entry(result, reference, sha, original_name, target, verified)


def _entry(
    result: ReadResult,
    reference: TemplateReference,
    sha: str,
    original_name: str,
    target: Path,
    verified: verify.Verified,
) -> LibraryEntry:
    released = detect.stamp_date(reference.revision_stamp)
    if released is None and result.template.version == result.version_in_file:
        released = result.template.release_date
    return LibraryEntry(
        sha256=sha,
        family=verified.family,
        version=result.version_in_file,
        release_date=released.isoformat() if released else None,
        languages=tuple(reference.languages),
        smelter_count=len(reference.lookup),
        original_name=original_name,
        path=target,
        layout_version=verified.template.version,
    )


class TemplateLibrary:
    """Official blank templates the user added, in `data_dir/templates/`.

    `index.json` lists them; it is written atomically under a lock shared by every process
    (two `templates add` at once both land), and rebuilt from the stored workbooks when it is
    damaged or missing, so a broken index never locks the user out.
    """

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / "templates"

    def _read_index(self) -> list[LibraryEntry] | None:
        """The entries of `index.json`; None when it is damaged, or missing while workbooks
        are stored (both call for a rebuild)."""
        path = self.folder / INDEX
        if not path.is_file():
            return None if any(self._stored()) else []
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            return [LibraryEntry.from_json(e, self.folder) for e in doc["entries"]]
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None

    def _stored(self) -> Iterator[Path]:
        if self.folder.is_dir():
            for p in sorted(self.folder.glob("*.xlsx")):
                if _SHA_NAME.match(p.stem):
                    yield p

    def _rebuild(self) -> list[LibraryEntry]:
        """The index made again from the stored workbooks (call with the lock held); the
        damaged file is kept beside it as `index.json.damaged`."""
        path = self.folder / INDEX
        entries: list[LibraryEntry] = []
        for stored in self._stored():
            try:
                data = stored.read_bytes()
                if hashlib.sha256(data).hexdigest() != stored.stem:
                    continue  # a half-written copy: its add never finished
                entries.append(_describe(data, stored.stem, "", stored))
            except (OSError, UnreadableWorkbook, ValueError, KeyError):
                continue
        with contextlib.suppress(OSError):  # a read-only folder: use the rebuilt list anyway
            if path.is_file():
                os.replace(path, path.with_name(INDEX + ".damaged"))
            _write_json(path, {"entries": [e.to_json() for e in entries]})
        return entries

    def _index(self) -> list[LibraryEntry]:
        entries = self._read_index()
        if entries is None:
            with locked(self.folder / LOCK):
                entries = self._read_index()
                if entries is None:
                    entries = self._rebuild()
        return entries

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
        else with `UnreadableWorkbook` (kind "not-blank" for a filled declaration,
        "unsafe-template" for one carrying macros, outside links or foreign parts)."""
        return self.store(self.check(path))

    def check(self, path: Path) -> CheckedTemplate:
        """Read and check `path` as `add` does, writing nothing (the slow half of `add`, which
        the app runs in a worker thread so that a cancel leaves the library untouched)."""
        path = Path(path)
        data = open_file(path)
        sha = hashlib.sha256(data).hexdigest()
        for entry in self._index():
            if entry.sha256 == sha:
                return CheckedTemplate(path.name, data, sha, known=entry)
        result, pkg = read_package(data, path.name)
        reason = refusal_reason(result)
        if reason:
            raise UnreadableWorkbook(
                "not-blank",
                f"{path.name}: {reason}: add the blank template as downloaded from RMI",
            )
        package_audit.refuse_unsafe(data, path.name)
        verified = verify.require_template(pkg, result.template, result.version_in_file, path.name)
        reference = extract(pkg)
        return CheckedTemplate(path.name, data, sha, result, reference, verified)

    def store(self, checked: CheckedTemplate) -> LibraryEntry:
        """Keep a template `check` accepted (the quick half of `add`)."""
        if checked.known is not None:
            return checked.known
        assert checked.result and checked.reference and checked.verified  # set unless known
        sha = checked.sha256
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{sha}.xlsx"
        atomic_write(target, lambda fh: fh.write(checked.data))
        _write_json(self.folder / f"{sha}.json", checked.reference.to_json())
        entry = _entry(
            checked.result, checked.reference, sha, checked.name, target, checked.verified
        )
        with locked(self.folder / LOCK):
            entries = self._read_index()
            if entries is None:  # the rebuild finds the copy just stored, without its name
                entries = [e for e in self._rebuild() if e.sha256 != sha]
            known = [e for e in entries if e.sha256 == sha]
            if known:
                return known[0]
            _write_json(self.folder / INDEX, {"entries": [e.to_json() for e in [*entries, entry]]})
        return entry

    def reference(self, entry: LibraryEntry) -> TemplateReference:
        cache = self.folder / f"{entry.sha256}.json"
        if cache.is_file():
            try:
                return TemplateReference.from_json(json.loads(cache.read_text(encoding="utf-8")))
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
                pass  # a damaged cache: read the workbook again
        reference = extract(Package(entry.path.read_bytes()))
        _write_json(cache, reference.to_json())
        return reference
