"""Reading declaration JSON: every problem reported with its JSON path, never a traceback."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

from forms import templates
from forms.declaration import (
    FORMAT,
    Answer,
    Company,
    Declaration,
    Mine,
    Product,
    Smelter,
    default_minerals,
)
from forms.templates import TemplateDef

T = TypeVar("T")
MAX_JSON_BYTES = 64 * 1024 * 1024
"""A declaration JSON file is a few hundred kB; anything near this is not one."""
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


@dataclass(frozen=True)
class JsonError:
    """One problem in a declaration JSON document."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class _Reader:
    def __init__(self, strict_options: bool) -> None:
        self.errors: list[JsonError] = []
        self.strict_options = strict_options

    def err(self, path: str, message: str) -> None:
        self.errors.append(JsonError(path, message))

    def text(self, value: Any, path: str) -> str | None:
        """A string field: stripped, empty → None; numbers are accepted as their text."""
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.err(path, f"expected a string or null, found {type(value).__name__}")
            return None
        if isinstance(value, str):
            text = value
        elif isinstance(value, int):
            text = str(value)
        elif not math.isfinite(value):
            self.err(path, f"{value} is not a value a declaration can hold")
            return None
        else:
            text = str(int(value)) if value.is_integer() else str(value)
        if _UNSTORABLE.search(text):
            self.err(
                path,
                "contains a broken character code (a lone surrogate such as \\ud800) or NUL, "
                "which no workbook or report can hold",
            )
            return None
        return text.strip() or None

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.err(path, f"expected an object, found {type(value).__name__}")
            return {}
        return value

    def record(self, cls: type[T], value: Any, path: str) -> T:
        data = self.obj(value, path)
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        for key in data:
            if key not in names:
                self.err(f"{path}.{key}", "unknown key")
        return cls(**{n: self.text(data.get(n), f"{path}.{n}") for n in names})

    def rows(self, cls: type[T], value: Any, path: str) -> list[T]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.err(path, f"expected an array, found {type(value).__name__}")
            return []
        return [self.record(cls, item, f"{path}[{i}]") for i, item in enumerate(value)]

    def option(self, value: str | None, options: tuple[str, ...], path: str) -> None:
        if self.strict_options and value is not None and value not in options:
            choices = ", ".join(f'"{o}"' for o in options)
            self.err(path, f'"{value}" is not one of the template\'s options: {choices}')


def _template(r: _Reader, data: dict[str, Any]) -> TemplateDef | None:
    t = r.obj(data.get("template"), "template")
    family, version = r.text(t.get("family"), "template.family"), t.get("version")
    version = r.text(version, "template.version")
    if not family or not version:
        r.err("template", "family and version are required")
        return None
    try:
        return templates.get(family, version)
    except templates.UnknownTemplateError as exc:
        r.err("template", str(exc))
        return None


def _minerals(r: _Reader, data: dict[str, Any], tpl: TemplateDef) -> list[str]:
    raw = data.get("minerals_in_scope")
    if raw is None:
        return default_minerals(tpl)
    if not isinstance(raw, list):
        r.err("minerals_in_scope", "expected an array of mineral names")
        return default_minerals(tpl)
    minerals = []
    for i, m in enumerate(raw):
        if not isinstance(m, str) or not tpl.accepts_mineral(m):
            r.err(f"minerals_in_scope[{i}]", f'"{m}" is not a mineral of {tpl.family}')
        elif m not in minerals:
            minerals.append(m)
    if not tpl.dynamic_minerals and minerals != list(tpl.minerals):
        r.err("minerals_in_scope", f"{tpl.key} always covers {', '.join(tpl.minerals)}")
        return list(tpl.minerals)
    if tpl.mineral_choice is not None:  # AMRT: any names, as given, each once (any case)
        named: dict[str, str] = {}
        for m in minerals:
            named.setdefault(m.strip().casefold(), m.strip())
        return list(named.values())
    return sorted(minerals) if tpl.dynamic_minerals else minerals


def _answers(r: _Reader, data: dict[str, Any], decl: Declaration, tpl: TemplateDef) -> None:
    raw = r.obj(data.get("answers") or {}, "answers")
    for mineral, per in raw.items():
        if mineral not in decl.minerals_in_scope:
            r.err(f"answers.{mineral}", "mineral is not in scope")
            continue
        for number, value in r.obj(per, f"answers.{mineral}").items():
            path = f"answers.{mineral}.{number}"
            try:
                q = tpl.question(number)
            except KeyError:
                r.err(path, f"{tpl.key} has no question {number}")
                continue
            if not q.applies_to(mineral):
                r.err(path, f"question {number} is not asked for {mineral}")
                continue
            ans = r.record(Answer, value, path)
            r.option(ans.answer, q.options_for(mineral), f"{path}.answer")
            decl.answers[mineral][number] = ans
    raw_c = r.obj(data.get("company_answers") or {}, "company_answers")
    for letter, value in raw_c.items():
        path = f"company_answers.{letter}"
        try:
            cq = tpl.company_question(letter)
        except KeyError:
            r.err(path, f"{tpl.key} has no company question {letter}")
            continue
        if cq.per_mineral:
            r.err(path, f"question {letter} is answered per mineral (company_answers_by_mineral)")
            continue
        ans = r.record(Answer, value, path)
        r.option(ans.answer, cq.options, f"{path}.answer")
        decl.company_answers[letter] = ans
    raw_m = r.obj(data.get("company_answers_by_mineral") or {}, "company_answers_by_mineral")
    for letter, per in raw_m.items():
        path = f"company_answers_by_mineral.{letter}"
        try:
            cq = tpl.company_question(letter)
        except KeyError:
            r.err(path, f"{tpl.key} has no company question {letter}")
            continue
        if not cq.per_mineral:
            r.err(path, f"question {letter} is not answered per mineral")
            continue
        for mineral, value in r.obj(per, path).items():
            if mineral not in decl.minerals_in_scope:
                r.err(f"{path}.{mineral}", "mineral is not in scope")
                continue
            ans = r.record(Answer, value, f"{path}.{mineral}")
            r.option(ans.answer, cq.options_for(mineral), f"{path}.{mineral}.answer")
            decl.company_answers_by_mineral[letter][mineral] = ans


def from_json(
    data: Any, *, strict_options: bool = True
) -> tuple[Declaration | None, list[JsonError]]:
    """Build a declaration from parsed JSON. Returns the declaration (None when the document is
    unusable) and every error found; a declaration with errors is not safe to export."""
    r = _Reader(strict_options)
    if not isinstance(data, dict):
        return None, [JsonError("$", "expected a JSON object")]
    if data.get("format") not in (None, FORMAT):
        r.err("format", f'expected "{FORMAT}"')
    tpl = _template(r, data)
    if tpl is None:
        return None, r.errors
    decl = Declaration(family=tpl.family, version=tpl.version)
    decl.company = r.record(Company, data.get("company") or {}, "company")
    r.option(decl.company.scope, tpl.scope_options, "company.scope")
    decl.minerals_in_scope = _minerals(r, data, tpl)
    decl.ensure_shape()
    _answers(r, data, decl, tpl)
    decl.smelters = r.rows(Smelter, data.get("smelters"), "smelters")
    decl.mines = r.rows(Mine, data.get("mines"), "mines")
    decl.products = r.rows(Product, data.get("products"), "products")
    _reasons(r, data, decl)
    return decl, r.errors


def _reasons(r: _Reader, data: dict[str, Any], decl: Declaration) -> None:
    """AMRT "mineral_reasons": mineral → why it is in the declaration (text or null)."""
    raw = r.obj(data.get("mineral_reasons") or {}, "mineral_reasons")
    for mineral, value in raw.items():
        path = f"mineral_reasons.{mineral}"
        if mineral not in decl.mineral_reasons:
            r.err(path, "no Minerals Scope reason can be given for this mineral here")
            continue
        decl.mineral_reasons[mineral] = Answer(r.text(value, path))


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not a value a declaration can hold")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large to be a number")
    return value


def loads(text: str) -> tuple[Any, list[JsonError]]:
    """Parse JSON text: NaN, Infinity, numbers beyond a float and nesting deeper than Python
    can follow are errors with a message, never a traceback."""
    try:
        return json.loads(text, parse_constant=_constant, parse_float=_finite), []
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        return None, [JsonError("$", f"not valid JSON ({where}: {exc.msg})")]
    except RecursionError:
        return None, [JsonError("$", "the JSON is nested too deeply to be a declaration")]
    except ValueError as exc:  # NaN, Infinity, a 5,000-digit number
        return None, [JsonError("$", f"not a usable declaration: {exc}")]


def load(path: Path, *, strict_options: bool = True) -> tuple[Declaration | None, list[JsonError]]:
    """Read a declaration JSON file (a regular file of bounded size); unreadable or invalid
    JSON is reported as an error."""
    from forms.workbook.package import Limits, UnreadableWorkbook, open_file

    try:
        raw = open_file(Path(path), Limits(max_total_bytes=MAX_JSON_BYTES))
        text = raw.decode("utf-8")
    except UnreadableWorkbook as exc:
        reason = str(exc).removeprefix(f"{path}:").removeprefix(str(path)).strip()
        return None, [JsonError("$", f"cannot read {path}: {reason}")]
    except UnicodeDecodeError:
        return None, [JsonError("$", f"{path} is not UTF-8 text")]
    data, errors = loads(text.removeprefix("\ufeff"))
    if errors:
        return None, errors
    return from_json(data, strict_options=strict_options)


def dumps(decl: Declaration) -> str:
    from forms.declaration import to_json

    text = json.dumps(to_json(decl), ensure_ascii=False, indent=2)
    # A lone surrogate cannot be encoded: the file must still be writable.
    return _UNSTORABLE.sub("\ufffd", text) if _UNSTORABLE.search(text) else text
