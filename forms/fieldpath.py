"""Declaration field paths ("company.name", "answers.Tin.2.answer", "smelters[3].country"):
the one way the store, the undo stack and the findings panel name a field."""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from forms.declaration import Answer, Declaration, Mine, Product, Smelter

_ROW = re.compile(r"^(smelters|products|mines)\[(\d+)\]\.(\w+)$")
ROW_TYPES: dict[str, type[Any]] = {"smelters": Smelter, "products": Product, "mines": Mine}


class FieldPathError(ValueError):
    """The path does not name a field of this declaration."""


def _answer(decl: Declaration, parts: list[str]) -> tuple[Answer, str]:
    head, attr = parts[:-1], parts[-1]
    if attr not in ("answer", "comment"):
        raise FieldPathError(".".join(parts))
    try:
        if head[0] == "answers" and len(head) == 3:
            return decl.answers[head[1]][head[2]], attr
        if head[0] == "company_answers" and len(head) == 2:
            return decl.company_answers[head[1]], attr
        if head[0] == "mineral_reasons" and len(head) == 2 and attr == "answer":
            return decl.mineral_reasons[head[1]], attr
        if head[0] == "company_answers_by_mineral" and len(head) == 3:
            return decl.company_answers_by_mineral[head[1]][head[2]], attr
    except KeyError:
        pass
    raise FieldPathError(".".join(parts))


def _target(decl: Declaration, path: str) -> tuple[Any, str]:
    m = _ROW.match(path)
    if m:
        rows = getattr(decl, m[1])
        index, attr = int(m[2]), m[3]
        if index >= len(rows) or attr not in {f.name for f in fields(ROW_TYPES[m[1]])}:
            raise FieldPathError(path)
        return rows[index], attr
    parts = path.split(".")
    if parts[0] == "company" and len(parts) == 2:
        if parts[1] not in {f.name for f in fields(decl.company)}:
            raise FieldPathError(path)
        return decl.company, parts[1]
    return _answer(decl, parts)


def get_value(decl: Declaration, path: str) -> str | None:
    """The current value at `path`."""
    obj, attr = _target(decl, path)
    value: str | None = getattr(obj, attr)
    return value


def set_value(decl: Declaration, path: str, value: str | None) -> str | None:
    """Set the value at `path` (stripped; empty → None) and return the previous value."""
    obj, attr = _target(decl, path)
    old: str | None = getattr(obj, attr)
    setattr(obj, attr, (value.strip() or None) if isinstance(value, str) else None)
    return old
