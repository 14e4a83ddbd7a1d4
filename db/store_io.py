"""The store and files: importing a workbook, exporting a declaration, the template library."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

from db import library
from db.records import TemplateInfo
from db.store_base import aware, now
from db.store_edits import EditsMixin
from forms.declaration import Declaration


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

    def import_workbook(self, path: Path) -> int:
        """Store the workbook at `path` as a new declaration, remembering the file's name and
        SHA-256 (the file itself is only read). `UnreadableWorkbook` says why it cannot be."""
        from forms.workbook.reader import read_file

        path = Path(path)
        with self._guard():
            digest = sha256_of(path)
        result = read_file(path)
        return self.create(result.declaration, source_file=path.name, source_sha256=digest)

    def export(self, decl_id: int, output: Path, *, template: Path | None = None) -> Any:
        """Write the declaration into `template` (else the library's workbook for its version,
        else the compatible layout); returns the writer's `ExportResult`."""
        from forms.workbook.writer import export_layout, export_official

        decl = self._load_declaration(decl_id)
        if template is None:
            found = self.find_template(decl.family, decl.version)
            template = found.path if found else None
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
        return TemplateInfo(t.sha256, t.family, t.version, t.file_name, aware(t.added_at), path)

    def add_template(self, path: Path) -> TemplateInfo:
        """Keep a copy of an official RMI workbook (by hash) and its reference data."""
        from forms.workbook.reader import read_file

        path = Path(path)
        tpl = read_file(path).template
        with self._guard():
            digest = sha256_of(path)
            folder = library.templates_dir(self.data_dir)
            folder.mkdir(parents=True, exist_ok=True)
            copy = folder / f"{digest}.xlsx"
            if not copy.exists():
                partial = copy.with_suffix(".partial")
                shutil.copyfile(path, partial)
                os.replace(partial, copy)
        lookup, countries = library.read_reference(copy)
        with self._unit() as s:
            rec = library.save_template(s, digest, tpl.family, tpl.version, path.name, now())
            library.save_reference(s, digest, lookup, countries)
            return self._info(rec)

    def templates(self) -> list[TemplateInfo]:
        with self._unit() as s:
            return [self._info(t) for t in library.all_templates(s)]

    def find_template(self, family: str, version: str) -> TemplateInfo | None:
        with self._unit() as s:
            t = library.find(s, family, version)
            return self._info(t) if t else None
