"""Reference data of an official workbook: Smelter Look-up rows, countries and label texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from forms.reference_data import Country, LookupRow
from forms.workbook import values
from forms.workbook.package import Package
from forms.workbook.sheetxml import Cells, SharedStrings, load_shared_strings, read_cells

LOOKUP_SHEET = "Smelter Look-up"
LOOKUP_FIRST_ROW = 5
_LOOKUP_COLS = "ABCDEFGHI"
_MAX_ROWS = 50_000


@dataclass
class TemplateReference:
    """`labels[key][language]`: key is sheet name + cell as in the `L` sheet (`"DeclarationB8"`)."""

    lookup: list[LookupRow] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    revision_stamp: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "lookup": [r.__dict__ for r in self.lookup],
            "countries": [c.__dict__ for c in self.countries],
            "languages": self.languages,
            "labels": self.labels,
            "revision_stamp": self.revision_stamp,
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> TemplateReference:
        return cls(
            lookup=[LookupRow(**r) for r in doc.get("lookup", [])],
            countries=[Country(**c) for c in doc.get("countries", [])],
            languages=list(doc.get("languages", [])),
            labels={k: dict(v) for k, v in doc.get("labels", {}).items()},
            revision_stamp=doc.get("revision_stamp"),
        )


def _rows(cells: Cells) -> dict[int, dict[str, str]]:
    rows: dict[int, dict[str, str]] = {}
    for (row, col), cell in cells.items():
        text = values.text(cell)
        if text is not None:
            rows.setdefault(row, {})[col] = text
    return rows


def _sheet(pkg: Package, sst: SharedStrings, sheet: str, want: Any) -> dict[int, dict[str, str]]:
    part = pkg.sheet_part(sheet)
    return _rows(read_cells(pkg, part, sst, want, _MAX_ROWS)) if part else {}


def lookup_rows(pkg: Package, sst: SharedStrings) -> list[LookupRow]:
    rows = _sheet(pkg, sst, LOOKUP_SHEET, lambda r, c: r >= LOOKUP_FIRST_ROW and c in _LOOKUP_COLS)
    out = []
    for r in sorted(rows):
        v = rows[r]
        if not v.get("A") or not v.get("B"):
            continue
        out.append(
            LookupRow(
                metal=v["A"],
                alias=v["B"],
                standard_name=v.get("C"),
                country=v.get("D"),
                cid=v.get("E"),
                source=v.get("F"),
                street=v.get("G"),
                city=v.get("H"),
                state=v.get("I"),
            )
        )
    return out


def countries(pkg: Package, sst: SharedStrings) -> list[Country]:
    rows = _sheet(pkg, sst, "C", lambda r, c: r >= 2 and c in "AB")
    return [
        Country(code=v["A"], name=v["B"]) for r, v in sorted(rows.items()) if "A" in v and "B" in v
    ]


def labels(pkg: Package, sst: SharedStrings) -> tuple[list[str], dict[str, dict[str, str]]]:
    """The `L` sheet: language names from row 1 (column D on), and per key one text each."""
    rows = _sheet(pkg, sst, "L", lambda r, c: len(c) <= 2)
    header = rows.get(1, {})
    lang_cols = sorted(
        ((c, name) for c, name in header.items() if (len(c), c) >= (1, "D")),
        key=lambda item: (len(item[0]), item[0]),
    )
    languages = [name for _, name in lang_cols]
    out: dict[str, dict[str, str]] = {}
    for r in sorted(rows):
        if r == 1:
            continue
        v = rows[r]
        if "B" not in v or "C" not in v:
            continue
        texts = {name: v[c] for c, name in lang_cols if c in v}
        if texts:
            out[v["B"] + v["C"]] = texts
    return languages, out


def extract(pkg: Package, sst: SharedStrings | None = None) -> TemplateReference:
    """Everything `TemplateReference` holds, from an opened official workbook."""
    sst = sst or load_shared_strings(pkg)
    languages, texts = labels(pkg, sst)
    stamp = None
    part = pkg.sheet_part("Declaration")
    if part:
        stamp = values.text(read_cells(pkg, part, sst, lambda r, c: c == "J", 3).get((3, "J")))
    return TemplateReference(
        lookup=lookup_rows(pkg, sst),
        countries=countries(pkg, sst),
        languages=languages,
        labels=texts,
        revision_stamp=stamp,
    )
