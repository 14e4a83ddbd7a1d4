"""Declarations for the benchmarks: a complete CMRT 6.5 with as many smelters as asked.

The base is `tests/data/cmrt-6.5-complete.json`; smelters are drawn from the Smelter Look-up of
RMI's CMRT 6.5 in `../shared` (plus a few unlisted ones spelled differently), so that the checks
and the look-up have real work to do.
"""

from __future__ import annotations

import copy
import os
import random
from functools import cache
from pathlib import Path

from forms import declaration_json
from forms.declaration import Declaration, Smelter
from forms.reference_data import LookupRow
from forms.smelters import is_special
from forms.workbook.package import Package, open_file
from forms.workbook.reference import extract

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MRTDESK_SHARED", ROOT.parent / "shared"))
TEMPLATE_65 = SHARED / "rmi-templates" / "RMI_CMRT_6.5.xlsx"
UNLISTED = [
    ("Acme Foundry Co., Ltd.", "CHINA"),
    ("Borealis Tin Smelter S.A.", "BOLIVIA"),
    ("Crescent Refining GmbH", "GERMANY"),
]


def have_shared() -> bool:
    return TEMPLATE_65.is_file()


@cache
def base_declaration() -> Declaration:
    decl, problems = declaration_json.load(ROOT / "tests" / "data" / "cmrt-6.5-complete.json")
    assert decl is not None, problems
    return decl


@cache
def lookup_rows() -> tuple[LookupRow, ...]:
    rows = extract(Package(open_file(TEMPLATE_65))).lookup
    return tuple(r for r in rows if not is_special(r))


def smelter(row: LookupRow) -> Smelter:
    return Smelter(
        metal=row.metal, lookup_name=row.alias, country=row.country, smelter_id=row.cid,
        id_source=row.source, street=row.street, city=row.city, state=row.state,
    )  # fmt: skip


def declaration(smelters: int, rnd: random.Random, company: str | None = None) -> Declaration:
    """A complete CMRT 6.5 with `smelters` rows (a few of them not in the look-up)."""
    decl = copy.deepcopy(base_declaration())
    if company is not None:
        decl.company.name = company
    rows = lookup_rows()
    picked = [smelter(r) for r in rnd.sample(rows, min(smelters, len(rows)))]
    while len(picked) < smelters:
        picked.append(smelter(rnd.choice(rows)))
    for i in range(min(len(UNLISTED), smelters // 50)):
        name, country = UNLISTED[i]
        picked[-1 - i] = Smelter(
            metal="Tin", lookup_name="Smelter not listed", name=name, country=country
        )
    decl.smelters = picked
    return decl
