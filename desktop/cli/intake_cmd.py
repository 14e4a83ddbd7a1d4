"""`mrtdesk intake FILES… [--campaign ID] [--json]`: judge the files suppliers sent back (red /
amber / green with reasons), matched to the supplier list; `mrtdesk suppliers import FILE` and
`suppliers list [--json]`: the supplier list.

Exit codes of intake: 0 every file accepted, 1 any file not accepted, 2 no file could be read."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.main import EXIT_OK, EXIT_UNUSABLE

if TYPE_CHECKING:
    from db.store import Store
    from forms.suppliers.intake import IntakeResult

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _plain(text: str) -> str:
    """Text from a received file, safe to print on a terminal (control characters escaped)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("intake", help="judge files received from suppliers (red/amber/green)")
    cmd.add_argument("files", nargs="+", help="received workbooks, or folders of them")
    cmd.add_argument("--campaign", type=int, help="the campaign the files answer (records them)")
    cmd.add_argument("--json", action="store_true", help="print a JSON array, one item per file")
    cmd.set_defaults(func=run_intake)
    sup = sub.add_parser("suppliers", help="your own suppliers")
    verbs = sup.add_subparsers(dest="suppliers_command", metavar="ACTION", required=True)
    imp = verbs.add_parser("import", help="add or update suppliers from a CSV or Excel list")
    imp.add_argument("file")
    imp.set_defaults(func=run_suppliers_import)
    lst = verbs.add_parser("list", help="print the supplier list")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=run_suppliers_list)


def _open_store(args: argparse.Namespace) -> Store:
    from db.store import Store
    from forms import datadir

    return Store.open(datadir.resolve(getattr(args, "data_dir", None)))


def _fail(command: str, message: str) -> int:
    print(f"mrtdesk {command}: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def _expand(names: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            out += sorted(
                p for p in path.rglob("*") if p.suffix.lower() in {".xlsx", ".xlsm", ".xls"}
            )
        else:
            out.append(path)
    return out


def run_intake(args: argparse.Namespace) -> int:
    from db.errors import StoreError
    from forms.suppliers.intake import exit_code, intake

    files = _expand(args.files)
    if not files:
        return _fail("intake", "no workbook found in what was given.")
    today = date.today()
    try:
        with _open_store(args) as store:
            stored = store.suppliers()
            campaign = store.campaign(args.campaign) if args.campaign is not None else None
            facilities = store.facility_list()
            results = list(
                intake(
                    files, [s.supplier for s in stored], campaign=campaign,
                    facilities=facilities, today=today,
                )
            )  # fmt: skip
            if args.campaign is not None:
                ids = {s.supplier: s.id for s in stored}
                for r in results:
                    if r.match.supplier is not None and r.match.sure and r.verdict.readable:
                        store.record_intake(
                            args.campaign, ids[r.match.supplier], r.path.resolve(), r.verdict, today
                        )
    except KeyError:
        return _fail("intake", f"there is no campaign {args.campaign}.")
    except StoreError as exc:
        return _fail("intake", str(exc))
    if args.json:
        print(json.dumps([_result_json(r) for r in results], ensure_ascii=False, indent=2))
    else:
        for r in results:
            print(_result_line(r))
    return exit_code(results)


def _result_json(r: IntakeResult) -> dict[str, object]:
    v, m = r.verdict, r.match
    return {
        "file": r.path.name,
        "verdict": v.light.value,
        "accepted": v.accepted,
        "readable": v.readable,
        "reasons": [{"code": x.code, "light": x.light.value, "text": x.text} for x in v.reasons],
        "family": v.family or None,
        "version": v.version or None,
        "company": v.company or None,
        "checker_remaining": v.checker_remaining if v.readable else None,
        "red_flags": v.red_flags if v.readable else None,
        "supplier": m.supplier.name if m.supplier else None,
        "supplier_sure": m.sure,
        "matched_by": m.how or None,
    }


def _result_line(r: IntakeResult) -> str:
    v = r.verdict
    who = r.match.supplier.name if r.match.supplier else (v.company or "?")
    if r.match.supplier is not None and not r.match.sure:
        who += " (unsure)"
    what = f"{v.family} {v.version}" if v.readable else "unreadable"
    reasons = "; ".join(x.text for x in v.reasons) or "nothing to report"
    return _plain(f"{v.light.value.upper():5}  {r.path.name}  {what}  {who}  {reasons}")


def run_suppliers_import(args: argparse.Namespace) -> int:
    from db.errors import StoreError
    from forms.suppliers.directory import SupplierListError, read_suppliers

    try:
        suppliers = read_suppliers(Path(args.file))
        with _open_store(args) as store:
            added, updated = store.import_suppliers(suppliers)
    except SupplierListError as exc:
        return _fail("suppliers", str(exc))
    except StoreError as exc:
        return _fail("suppliers", str(exc))
    print(f"{added} supplier(s) added, {updated} updated.")
    return EXIT_OK


def run_suppliers_list(args: argparse.Namespace) -> int:
    from db.errors import StoreError

    try:
        with _open_store(args) as store:
            stored = store.suppliers()
    except StoreError as exc:
        return _fail("suppliers", str(exc))
    if args.json:
        rows = [
            {
                "id": s.id,
                "name": s.supplier.name,
                "contacts": [{"name": c.name, "email": c.email} for c in s.supplier.contacts],
                "metals": list(s.supplier.metals),
                "parts": list(s.supplier.parts),
                "language": s.supplier.language,
            }
            for s in stored
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for s in stored:
            print(_plain(f"{s.id}\t{s.supplier.name}\t{s.supplier.first_email}"))
    return EXIT_OK
