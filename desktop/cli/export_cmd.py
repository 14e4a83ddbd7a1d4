"""`mrtdesk export`: a declaration JSON file written into the official template (or, without
one, into the compatible layout)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from desktop.cli import console
from desktop.cli.main import EXIT_OK, EXIT_UNUSABLE
from forms import datadir, declaration_json
from forms.workbook.writer import ExportError, export_layout, export_official

_FAMILY_VERSION = re.compile(r"^(CMRT|CRT|EMRT|AMRT)-(\d+(?:\.\d+)*)$", re.I)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="write a declaration into the official RMI workbook")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--input", help="the declaration JSON file")
    what.add_argument("--draft", type=int, metavar="ID", help="a declaration in the store (by id)")
    p.add_argument(
        "--template",
        help="the official RMI workbook, or FAMILY-VERSION (e.g. CMRT-6.5) from the template "
        "library; without it the compatible layout is written",
    )
    p.add_argument("--output", required=True, help="the workbook to write (.xlsx)")
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"mrtdesk export: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def _library_template(value: str, data_dir: str | None) -> Path | str:
    """The library's copy of FAMILY-VERSION, or an error message."""
    m = _FAMILY_VERSION.match(value)
    assert m is not None
    family, version = m.group(1).upper(), m.group(2)
    try:
        from forms.workbook.library import TemplateLibrary
    except ImportError:
        return "the template library is not available in this build"
    folder = datadir.resolve(data_dir)
    entry = TemplateLibrary(folder).find(family, version)
    if entry is None:
        return (
            f"no {family} {version} template in the library ({folder}); add it with "
            "`mrtdesk templates add FILE` or pass the workbook with --template"
        )
    return Path(entry.path)


def run(args: argparse.Namespace) -> int:
    console.install()
    if getattr(args, "draft", None) is not None:
        from desktop.cli.store_cmd import export_draft

        return export_draft(args)
    decl, problems = declaration_json.load(Path(args.input), strict_options=True)
    if decl is None or problems:
        first = problems[0] if problems else "not a declaration"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return _fail(f"{args.input}: {first}{more}")
    output = Path(args.output)
    try:
        if args.template is None:
            result = export_layout(decl, output)
            print(
                "mrtdesk export: no official template given; wrote the compatible layout, "
                "which is NOT the official RMI template",
                file=sys.stderr,
            )
        else:
            template: Path | str = Path(args.template)
            if not Path(args.template).exists() and _FAMILY_VERSION.match(args.template):
                template = _library_template(args.template, getattr(args, "data_dir", None))
            if isinstance(template, str):
                return _fail(template)
            result = export_official(decl, template, output)
    except ExportError as exc:
        return _fail(str(exc))
    kind = "official template" if result.official else "compatible layout"
    print(f"{result.path} ({kind}); the template's Checker will show {result.checker_remaining}")
    return EXIT_OK
