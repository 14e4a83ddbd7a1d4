"""`mrtdesk inspect`: print the declaration a workbook holds (or its declaration JSON)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli import console
from desktop.cli.main import EXIT_OK, EXIT_UNUSABLE
from forms.declaration import Declaration, to_json
from forms.workbook import reader


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("inspect", help="print the declaration a CMRT/CRT/EMRT/AMRT workbook holds")
    p.add_argument("file", help="a CMRT/CRT/EMRT/AMRT workbook")
    p.add_argument("--json", action="store_true", help="print the declaration JSON")
    p.set_defaults(func=run)


def _show(value: str | None) -> str:
    return "—" if value is None else value.replace("\n", " ⏎ ")


def _print_human(result: reader.ReadResult) -> None:
    decl: Declaration = result.declaration
    tpl = result.template
    print(f"{tpl.title}, revision {result.version_in_file} (read as {tpl.family} {tpl.version})")
    print(f"Display language: {_show(result.language)}{'   (blank template)' * result.is_blank}")
    print("\nCompany")
    for f in tpl.company_fields:
        print(f"  {f.label:<36} {_show(getattr(decl.company, f.key))}")
    print(f"\nMinerals in scope: {', '.join(decl.minerals_in_scope) or '—'}")
    for q in tpl.questions:
        print(f"\n{q.number}) {q.text}")
        for mineral, per in decl.answers.items():
            if q.number in per:
                a = per[q.number]
                note = f"   [{_show(a.comment)}]" if a.comment else ""
                print(f"  {mineral:<10} {_show(a.answer)}{note}")
    print("\nCompany questions")
    for cq in tpl.company_questions:
        if cq.per_mineral:
            for mineral, a in decl.company_answers_by_mineral.get(cq.letter, {}).items():
                print(f"  {cq.letter} {mineral:<9} {_show(a.answer)}")
            continue
        a = decl.company_answer(cq.letter)
        note = f"   [{_show(a.comment)}]" if a.comment else ""
        print(f"  {cq.letter}. {_show(a.answer)}{note}")
    print(f"\nSmelters: {len(decl.smelters)}")
    for s in decl.smelters:
        print(f"  {_show(s.metal):<9} {_show(s.smelter_id):<10} {_show(s.name or s.lookup_name)}"
              f" ({_show(s.country)})")  # fmt: skip
    print(f"\nProducts: {len(decl.products)}")
    for p in decl.products:
        print(f"  {_show(p.number):<20} {_show(p.name)}")
    if tpl.mine_list is not None:
        print(f"\nMines: {len(decl.mines)}")
        for m in decl.mines:
            print(f"  {_show(m.metal):<9} {_show(m.mine_name)} ({_show(m.country)})")
    for finding in result.findings:
        print(f"\n{finding.severity.upper()} {finding.code}: {finding.message}")


def run(args: argparse.Namespace) -> int:
    console.install()
    try:
        result = reader.read_file(Path(args.file))
    except reader.UnreadableWorkbook as exc:
        print(f"mrtdesk inspect: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.json:
        print(json.dumps(to_json(result.declaration), ensure_ascii=False, indent=2))
    else:
        _print_human(result)
    return EXIT_OK
