"""`mrtdesk templates`: add official blank templates to the library (verified first), list them,
and list the supported versions newest first with what each older one lacks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import console
from desktop.cli.main import EXIT_OK, EXIT_UNUSABLE
from forms import datadir, templates
from forms.templates.lacks import lacks
from forms.workbook.library import TemplateLibrary
from forms.workbook.package import UnreadableWorkbook


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("templates", help="the library of official blank RMI templates")
    tsub = p.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    add = tsub.add_parser("add", help="add a blank official template (keeps a copy)")
    add.add_argument("file", help="a blank CMRT/CRT/EMRT/AMRT workbook as published by RMI")
    add.set_defaults(func=run_add)
    lst = tsub.add_parser("list", help="list the templates in the library")
    lst.set_defaults(func=run_list)
    ver = tsub.add_parser(
        "versions", help="the supported versions, newest (the default) first, and what older lack"
    )
    ver.add_argument("family", nargs="?", help="CMRT, CRT or EMRT (default: all)")
    ver.set_defaults(func=run_versions)


def _library(args: argparse.Namespace) -> TemplateLibrary:
    return TemplateLibrary(datadir.resolve(getattr(args, "data_dir", None)))


def run_add(args: argparse.Namespace) -> int:
    console.install()
    try:
        entry = _library(args).add(Path(args.file))
    except UnreadableWorkbook as exc:
        print(f"mrtdesk templates add: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except OSError as exc:
        print(f"mrtdesk templates add: cannot write the library: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(
        f"Added {entry.label} ({entry.release_date or 'date unknown'}): "
        f"{entry.smelter_count} smelter look-up rows, {len(entry.languages)} languages."
    )
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    console.install()
    entries = _library(args).entries()
    if not entries:
        print("The template library is empty: add one with `mrtdesk templates add FILE`.")
        return EXIT_OK
    print(f"{'Family':<7}{'Version':<9}{'Released':<12}{'Smelters':>9}  Languages")
    for e in entries:
        print(
            f"{e.family:<7}{e.version:<9}{e.release_date or '—':<12}{e.smelter_count:>9}  "
            f"{', '.join(e.languages)}"
        )
        if e.label != f"{e.family} {e.version}":
            print(f"       {e.label}")
    return EXIT_OK


def run_versions(args: argparse.Namespace) -> int:
    families = [args.family.upper()] if args.family else list(templates.FAMILIES)
    unknown = [f for f in families if f not in templates.FAMILIES]
    if unknown:
        print(f"mrtdesk templates versions: no family {unknown[0]}", file=sys.stderr)
        return EXIT_UNUSABLE
    for family in families:
        for i, tpl in enumerate(templates.newest_first(family)):
            missing = lacks(tpl)
            note = "newest (the default)" if i == 0 else "; ".join(missing) or "same structure"
            print(f"{family} {tpl.version:<8} {tpl.release_date.isoformat()}  {note}")
    return EXIT_OK
