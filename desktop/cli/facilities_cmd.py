"""`mrtdesk facilities import FILE` and `facilities list [--json]`: RMI's facility list (the
Conformant / Active smelters and refiners the user downloaded from RMI's website)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.main import EXIT_OK, EXIT_UNUSABLE

if TYPE_CHECKING:
    from db.store import Store
    from forms.facilities import FacilityList
    from forms.facilities.diff import FacilityListDiff


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fac = sub.add_parser("facilities", help="RMI's facility list (conformant / active smelters)")
    verbs = fac.add_subparsers(dest="facilities_command", metavar="ACTION", required=True)
    imp = verbs.add_parser("import", help="import the list downloaded from RMI's website")
    imp.add_argument("file", help="the list: Excel 2003 XML Spreadsheet, CSV or XLSX")
    imp.add_argument("--as-of", help="the list's date (YYYY-MM-DD) when the file does not say")
    imp.add_argument(
        "--status",
        choices=("conformant", "active"),
        help="the state of every row, for a file without a status column",
    )
    imp.add_argument("--json", action="store_true", help="print what changed as JSON")
    imp.set_defaults(func=run_import)
    lst = verbs.add_parser("list", help="print the imported list")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(func=run_list)


def _fail(message: str) -> int:
    print(f"mrtdesk facilities: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def _open_store(args: argparse.Namespace) -> Store:
    from db.store import Store
    from forms import datadir

    return Store.open(datadir.resolve(getattr(args, "data_dir", None)))


def run_import(args: argparse.Namespace) -> int:
    from db.errors import StoreError
    from forms.facilities import FacilityListError, FacilityState
    from forms.facilities.importer import import_file

    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else None
    except ValueError:
        return _fail(f"--as-of {args.as_of!r} is not a date like 2026-11-30.")
    state = FacilityState(args.status) if args.status else None
    try:
        facilities = import_file(Path(args.file), as_of=as_of, default_state=state)
    except FacilityListError as exc:
        return _fail(str(exc))
    try:
        with _open_store(args) as store:
            diff = store.import_facility_list(facilities)
    except StoreError as exc:
        return _fail(str(exc))
    if args.json:
        print(json.dumps(_import_json(facilities, diff), ensure_ascii=False, indent=2))
    else:
        print(_import_text(facilities, diff))
    return EXIT_OK


def _import_json(facilities: FacilityList, diff: FacilityListDiff) -> dict[str, object]:
    return {
        "source": facilities.source_name,
        "as_of": facilities.as_of.isoformat(),
        "facilities": len(facilities.facilities),
        "columns": facilities.columns,
        "missing_columns": list(facilities.missing),
        "added": [f.cid for f in diff.added],
        "dropped": [f.cid for f in diff.dropped],
        "status_changed": [
            {"cid": c.cid, "metal": c.metal, "before": c.before, "after": c.after}
            for c in diff.changed
        ],
    }


def _import_text(facilities: FacilityList, diff: FacilityListDiff) -> str:
    found = ", ".join(f"{k} ← “{v}”" for k, v in facilities.columns.items())
    lines = [
        f"Imported {len(facilities.facilities)} facilities from {facilities.source_name} "
        f"(list of {facilities.as_of.isoformat()}).",
        f"Columns found: {found}.",
    ]
    if facilities.missing:
        lines.append(f"Columns not found: {', '.join(facilities.missing)}.")
    lines.append(
        f"Changes: {len(diff.added)} new, {len(diff.dropped)} dropped, "
        f"{len(diff.changed)} with a new status."
    )
    lines += [f"  {c.cid} {c.name} ({c.metal}): {c.before} → {c.after}" for c in diff.changed]
    return "\n".join(lines)


def run_list(args: argparse.Namespace) -> int:
    from db.errors import StoreError

    try:
        with _open_store(args) as store:
            facilities = store.facility_list()
    except StoreError as exc:
        return _fail(str(exc))
    if facilities is None:
        if args.json:
            print("null")
        else:
            print(
                "No facility list imported. Download RMI's Conformant and Active lists "
                "from responsiblemineralsinitiative.org and run: mrtdesk facilities import FILE"
            )
        return EXIT_OK
    if args.json:
        print(json.dumps(_list_json(facilities), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{facilities.source_name}, list of {facilities.as_of.isoformat()}:")
    for f in facilities.facilities:
        due = f.next_assessment.isoformat() if f.next_assessment else ""
        print(f"{f.cid}\t{f.metal}\t{f.state.value}\t{due}\t{f.name}")
    return EXIT_OK


def _list_json(facilities: FacilityList) -> dict[str, object]:
    return {
        "source": facilities.source_name,
        "as_of": facilities.as_of.isoformat(),
        "columns": facilities.columns,
        "missing_columns": list(facilities.missing),
        "facilities": [
            {
                "cid": f.cid,
                "name": f.name,
                "metal": f.metal,
                "country": f.country,
                "state": f.state.value,
                "status": f.status_text,
                "last_assessment": f.last_assessment.isoformat() if f.last_assessment else None,
                "cycle_years": f.cycle_years,
                "next_assessment": f.next_assessment.isoformat() if f.next_assessment else None,
                "programme": f.programme,
            }
            for f in facilities.facilities
        ],
    }
