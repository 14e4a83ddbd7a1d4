"""`mrtdesk rollup`: consolidate the smelter lists of many received workbooks into one file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import console
from desktop.cli.main import EXIT_OK, EXIT_UNUSABLE
from forms.rollup import Rollup, rollup, write_workbook
from forms.workbook.files import expand


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "rollup", help="consolidate the smelters of many received workbooks into one list"
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="received workbooks, or folders")
    p.add_argument("--output", "-o", help="write the consolidated workbook (.xlsx) here")
    p.set_defaults(func=run)


def print_summary(result: Rollup) -> None:
    for s in result.suppliers:
        if s.status == "ok":
            print(
                f"ok          {s.file}: {s.family} {s.version}, {s.company_name or '(no company)'}"
                f", {s.smelter_count} smelter(s), Checker {s.checker_remaining}"
                f", {s.red_flags} red flag(s)"
            )
        else:
            print(f"unreadable  {s.file}: {s.message}")
    bad = len(result.suppliers) - result.read_count
    print(
        f"{result.read_count} file(s) read, {bad} unreadable; "
        f"{len(result.smelters)} consolidated smelter(s)."
    )


def run(args: argparse.Namespace) -> int:
    console.install()
    files = expand(args.files)
    result = rollup(files)
    print_summary(result)
    if result.read_count == 0:
        print("mrtdesk rollup: no file could be read", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.output:
        try:
            write_workbook(result, Path(args.output))
        except OSError as exc:
            print(f"mrtdesk rollup: cannot write {args.output}: {exc}", file=sys.stderr)
            return EXIT_UNUSABLE
        print(f"Wrote {args.output}")
    return EXIT_OK
