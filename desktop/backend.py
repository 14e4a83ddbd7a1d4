"""Opens the store for the app; a JSON-file stand-in is used until `db.store` exists."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from forms import fieldpath
from forms.declaration import Declaration, to_json
from forms.declaration_json import from_json
from forms.rules import check


def open_store(data_dir: Path) -> Any:
    try:
        from db.store import Store
    except ImportError:
        return _StandInStore(data_dir)
    return Store.open(data_dir)


@dataclass
class _Summary:
    id: int
    family: str
    version: str
    company_name: str | None
    customer: str | None
    period: str | None
    status: str
    errors: int
    warnings: int
    updated_at: datetime
    deleted: bool = False


@dataclass
class _Stored:
    declaration: Declaration
    customer: str | None
    period: str | None
    status: str = "draft"
    extra: dict[str, Any] = field(default_factory=dict)


class _StandInStore:
    """Temporary: keeps declarations as JSON files (removed once the SQLite store lands)."""

    def __init__(self, data_dir: Path) -> None:
        self.dir = data_dir / "standin"
        self.dir.mkdir(parents=True, exist_ok=True)

    def close(self) -> None:
        pass

    def _file(self, decl_id: int) -> Path:
        return self.dir / f"{decl_id}.json"

    def _write(self, decl_id: int, stored: _Stored) -> None:
        data = {"decl": to_json(stored.declaration), "customer": stored.customer,
                "period": stored.period, "status": stored.status}  # fmt: skip
        self._file(decl_id).write_text(json.dumps(data), encoding="utf-8")

    def load(self, decl_id: int) -> _Stored:
        data = json.loads(self._file(decl_id).read_text(encoding="utf-8"))
        decl, _ = from_json(data["decl"], strict_options=False)
        assert decl is not None
        return _Stored(decl, data["customer"], data["period"], data["status"])

    def list_declarations(self) -> list[_Summary]:
        out = []
        for f in sorted(self.dir.glob("*.json")):
            s = self.load(int(f.stem))
            findings = check(s.declaration)
            errors = sum(1 for x in findings if x.severity == "error")
            out.append(_Summary(int(f.stem), s.declaration.family, s.declaration.version,
                                s.declaration.company.name, s.customer, s.period, s.status,
                                errors, len(findings) - errors,
                                datetime.fromtimestamp(f.stat().st_mtime)))  # fmt: skip
        return out

    def create(
        self, decl: Declaration, customer: str | None = None, period: str | None = None
    ) -> int:
        ids = [int(f.stem) for f in self.dir.glob("*.json")]
        new_id = max(ids, default=0) + 1
        self._write(new_id, _Stored(decl, customer, period))
        return new_id

    def _update(self, decl_id: int, change: Any) -> None:
        s = self.load(decl_id)
        change(s.declaration)
        self._write(decl_id, s)

    def set_field(self, decl_id: int, path: str, value: str | None) -> None:
        self._update(decl_id, lambda d: fieldpath.set_value(d, path, value))

    def set_minerals(self, decl_id: int, minerals: list[str]) -> None:
        def change(d: Declaration) -> None:
            d.minerals_in_scope = list(minerals)
            d.ensure_shape()

        self._update(decl_id, change)

    def replace_rows(self, decl_id: int, kind: str, rows: list[Any]) -> None:
        self._update(decl_id, lambda d: setattr(d, kind, rows))

    def delete(self, decl_id: int) -> None:
        self._file(decl_id).unlink()

    def profile(self) -> None:
        return None

    def save_profile(self, company: Any) -> None:
        pass

    def export(self, decl_id: int, output: Path, template: Path | None = None) -> Any:
        from forms.workbook.writer import export_layout, export_official

        decl = self.load(decl_id).declaration
        if template is None:
            return export_layout(decl, output)
        return export_official(decl, template, output)
