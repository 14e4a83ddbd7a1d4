"""The store and files: importing a workbook, exporting a declaration, the template library."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import library
from db.records import TemplateInfo
from db.store_base import aware, now
from db.store_edits import EditsMixin
from forms.declaration import Declaration

if TYPE_CHECKING:
    from forms.workbook.library import CheckedTemplate


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class IoMixin(EditsMixin):
    def _load_declaration(self, decl_id: int) -> Declaration:
        with self._unit() as s:
            return self._read(s, self._record(s, decl_id))

    def import_workbook(self, path: Path, declaration: Declaration | None = None) -> int:
        """Store the workbook at `path` as a new declaration, remembering the file's name and
        SHA-256 (the file itself is only read). `declaration`: what the caller already read
        from the file (so one user action parses it once); else it is read here.
        `UnreadableWorkbook` says why it cannot be."""
        path = Path(path)
        if declaration is None:
            from forms.workbook.reader import read_file

            declaration = read_file(path).declaration
        digest = sha256_of(path)
        return self.create(declaration, source_file=path.name, source_sha256=digest)

    def export(self, decl_id: int, output: Path, *, template: Path | None = None) -> Any:
        """Write the declaration into `template` (else the library's workbook for its version,
        else the compatible layout); returns the writer's `ExportResult`."""
        from forms.workbook.writer import export_layout, export_official

        decl = self._load_declaration(decl_id)
        if template is None:
            found = self.find_template(decl.family, decl.version)
            template = found.path if found else None
            if found is not None and found.layout_version:  # verified when it was added
                from forms.workbook.verify import remember_proof

                remember_proof(found.sha256, found.family, found.layout_version)
        result = (
            export_official(decl, Path(template), Path(output))
            if template is not None
            else export_layout(decl, Path(output))
        )
        with self._unit() as s:
            rec = self._record(s, decl_id)
            if template is not None:
                rec.template_sha256 = sha256_of(Path(template))
            self._log(s, rec, "exported", None, str(output))
        return result

    # --- template library ---------------------------------------------------------------------

    def _info(self, t: Any) -> TemplateInfo:
        path = library.templates_dir(self.data_dir) / f"{t.sha256}.xlsx"
        added = aware(t.added_at)
        return TemplateInfo(
            t.sha256, t.family, t.version, t.file_name, added, path, t.layout_version
        )

    def add_template(self, path: Path) -> TemplateInfo:
        """Add an official blank RMI workbook to the library (a copy kept by hash) with its
        reference data; `UnreadableWorkbook` says why a file is refused."""
        from forms.workbook.library import TemplateLibrary

        lib = TemplateLibrary(self.data_dir)
        with self._guard():
            checked = lib.check(Path(path))
        return self.add_checked_template(checked)

    def add_checked_template(self, checked: CheckedTemplate) -> TemplateInfo:
        """Keep a template `TemplateLibrary.check` accepted (the app checks in a worker thread
        and stores here, so a cancelled check adds nothing)."""
        from forms.workbook.library import TemplateLibrary

        lib = TemplateLibrary(self.data_dir)
        with self._guard():
            entry = lib.store(checked)
        return self._absorb(lib, entry)

    def _absorb(self, lib: Any, entry: Any) -> TemplateInfo:
        ref = lib.reference(entry)
        texts = [(lang, key, text) for key, per in ref.labels.items() for lang, text in per.items()]
        with self._unit() as s:
            rec = library.save_template(
                s, entry.sha256, entry.family, entry.version, entry.original_name, now()
            )
            rec.layout_version = entry.layout_version
            library.save_reference(s, entry.sha256, ref.lookup, ref.countries, texts)
            return self._info(rec)

    def sync_templates(self) -> None:
        """Take in workbooks added to the library outside the store (`mrtdesk templates add`)."""
        from forms.workbook.library import TemplateLibrary
        from forms.workbook.package import UnreadableWorkbook

        lib = TemplateLibrary(self.data_dir)
        known = {t.sha256 for t in self.templates()}
        for entry in lib.entries():
            if entry.sha256 not in known:
                try:
                    self._absorb(lib, entry)
                except (OSError, ValueError, KeyError, UnreadableWorkbook):
                    continue  # a broken library entry must not keep the store from opening

    def templates(self) -> list[TemplateInfo]:
        with self._unit() as s:
            return [self._info(t) for t in library.all_templates(s)]

    def template_labels(self, family: str, version: str) -> dict[str, dict[str, str]]:
        """RMI's texts of the added `family` `version` template (its `L` sheet): key such as
        "DeclarationB25" → language column name → text; empty without such a template."""
        with self._unit() as s:
            return library.labels(s, family, version)

    def find_template(self, family: str, version: str) -> TemplateInfo | None:
        with self._unit() as s:
            t = library.find(s, family, version)
            return self._info(t) if t else None
