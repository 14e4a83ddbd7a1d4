"""`mrtdesk check`: every finding for a declaration JSON file or a workbook."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli import console
from desktop.cli.main import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE
from forms import declaration_json
from forms.rules import check
from forms.rules.finding import Finding, errors


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="list every finding (errors and red flags)")
    p.add_argument("file", nargs="?", help="a CMRT/CRT/EMRT/AMRT workbook")
    p.add_argument("--input", help="a declaration JSON file instead of a workbook")
    p.add_argument("--json", action="store_true", help="print findings as JSON")
    p.set_defaults(func=run)


def _print(findings: list[Finding], remaining: int, as_json: bool) -> None:
    if as_json:
        doc = {
            "checker_remaining": remaining,
            "errors": len(errors(findings)),
            "warnings": len(findings) - len(errors(findings)),
            "findings": [f.to_json() for f in findings],
        }
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    for f in findings:
        where = f" [{f.sheet}!{f.cell}]" if f.cell else ""
        print(f"{f.severity.upper():7} {f.code}{where}: {f.message}")
        if f.hint:
            print(f"        → {f.hint}")
    print(f"{len(errors(findings))} error(s), {len(findings) - len(errors(findings))} "
          f"warning(s); the template's Checker would show {remaining}.")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    console.install()
    if bool(args.input) == bool(args.file):
        print("mrtdesk check: give a workbook FILE or --input DECL.json", file=sys.stderr)
        return EXIT_UNUSABLE
    extra: list[Finding] = []
    if args.input:
        decl, problems = declaration_json.load(Path(args.input), strict_options=False)
        if decl is None or any(p.path.startswith(("template", "$", "format")) for p in problems):
            for p in problems:
                print(f"mrtdesk check: {args.input}: {p}", file=sys.stderr)
            return EXIT_UNUSABLE
        type_errors = [p for p in problems if "expected" in p.message or "unknown key" in p.message]
        if type_errors:
            for p in type_errors:
                print(f"mrtdesk check: {args.input}: {p}", file=sys.stderr)
            return EXIT_UNUSABLE
    else:
        from forms.workbook import reader

        try:
            result = reader.read_file(Path(args.file))
        except reader.UnreadableWorkbook as exc:
            print(f"mrtdesk check: {exc}", file=sys.stderr)
            return EXIT_UNUSABLE
        decl, extra = result.declaration, result.findings
    findings = [*extra, *check(decl)]
    remaining = sum(1 for f in findings if f.severity == "error" and f.code.startswith("CHK-"))
    _print(findings, remaining, args.json)
    return EXIT_FINDINGS if errors(findings) else EXIT_OK
