"""`mrtdesk import`, `list`, `backup` and `export --draft`: the command line on the local store."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from db.errors import StoreError
from db.store import Store
from desktop.cli.main import EXIT_OK, EXIT_UNUSABLE
from forms import datadir

_FAMILY_VERSION = re.compile(r"^(CMRT|CRT|EMRT)-(\d+(?:\.\d+)*)$", re.I)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser("import", help="store a workbook as a declaration (the file is only read)")
    imp.add_argument("file", help="a CMRT/CRT/EMRT workbook")
    imp.set_defaults(func=run_import)
    lst = sub.add_parser("list", help="list the stored declarations")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.add_argument("--all", action="store_true", help="include the recycle bin")
    lst.set_defaults(func=run_list)
    bak = sub.add_parser("backup", help="make a backup copy of the database now")
    bak.set_defaults(func=run_backup)


def _fail(command: str, message: str) -> int:
    print(f"mrtdesk {command}: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    store = Store.open(datadir.resolve(getattr(args, "data_dir", None)))
    try:
        yield store
    finally:
        store.close()


def _guarded(command: str, work: Callable[[Store], int], args: argparse.Namespace) -> int:
    try:
        with _store(args) as store:
            return work(store)
    except StoreError as exc:
        return _fail(command, str(exc))


def run_import(args: argparse.Namespace) -> int:
    from forms.workbook.reader import UnreadableWorkbook

    def work(store: Store) -> int:
        try:
            decl_id = store.import_workbook(Path(args.file))
        except (UnreadableWorkbook, FileNotFoundError) as exc:
            return _fail("import", str(exc))
        decl = store.load(decl_id).declaration
        name = decl.company.name or "no company name"
        print(f"{decl_id}\t{decl.family} {decl.version}\t{name}\t(from {Path(args.file).name})")
        return EXIT_OK

    return _guarded("import", work, args)


def run_list(args: argparse.Namespace) -> int:
    def work(store: Store) -> int:
        rows = store.list_declarations(include_deleted=args.all)
        if args.json:
            doc = [
                asdict(r)
                | {"updated_at": r.updated_at.isoformat()}
                | {"created_at": r.created_at.isoformat() if r.created_at else None}
                for r in rows
            ]
            print(json.dumps(doc, ensure_ascii=False, indent=2))
            return EXIT_OK
        for r in rows:
            where = " (recycle bin)" if r.deleted else ""
            print(f"{r.id}\t{r.family} {r.version}\t{r.company_name or '-'}\t{r.customer or '-'}"
                  f"\t{r.period or '-'}\t{r.status}{where}\t{r.errors} error(s)")  # fmt: skip
        if not rows:
            print("no declarations stored", file=sys.stderr)
        return EXIT_OK

    return _guarded("list", work, args)


def run_backup(args: argparse.Namespace) -> int:
    def work(store: Store) -> int:
        print(store.backup())
        return EXIT_OK

    return _guarded("backup", work, args)


def export_draft(args: argparse.Namespace) -> int:
    """`mrtdesk export --draft ID [--template FILE|FAMILY-VERSION] --output OUT`."""
    from forms.workbook.writer import ExportError

    def work(store: Store) -> int:
        template: Path | None = None
        if args.template:
            template = Path(args.template)
            m = _FAMILY_VERSION.match(args.template)
            if not template.exists() and m:
                found = store.find_template(m.group(1).upper(), m.group(2))
                if found is None:
                    return _fail("export", f"no {args.template} template in the library")
                template = found.path
        try:
            result = store.export(int(args.draft), Path(args.output), template=template)
        except KeyError:
            return _fail("export", f"no declaration {args.draft} in the store")
        except ExportError as exc:
            return _fail("export", str(exc))
        if not result.official:
            print(
                "mrtdesk export: no official template known for this version; wrote the "
                "compatible layout, which is NOT the official RMI template",
                file=sys.stderr,
            )
        kind = "official template" if result.official else "compatible layout"
        print(f"{result.path} ({kind}); the template's Checker will show "
              f"{result.checker_remaining}")  # fmt: skip
        return EXIT_OK

    return _guarded("export", work, args)
