"""`mrtdesk store copy --to URL|FOLDER`: move a store into a team database, or back into a
local data folder, checked by row counts and a digest of every declaration."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.main import EXIT_OK, EXIT_UNUSABLE
from forms import datadir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("store", help="the store as a whole: copy it to a team database and back")
    ssub = p.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    copy = ssub.add_parser(
        "copy",
        help="copy this store (local, or --database) into an empty team database or folder",
    )
    copy.add_argument("--to", required=True, metavar="URL|FOLDER",
                      help="postgresql://… of an initialised, empty team database, or a new "
                      "local data folder")  # fmt: skip
    copy.set_defaults(func=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    from db.connect import is_team, open_store
    from db.errors import StoreError
    from db.store_copy import copy_store
    from desktop.cli.team_cmd import ask_password

    here = datadir.resolve(getattr(args, "data_dir", None))
    try:
        source = open_store(here, getattr(args, "database", None), ask_password=ask_password)
    except StoreError as exc:
        print(f"mrtdesk store copy: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        if is_team(args.to):
            target = open_store(here, args.to, ask_password=ask_password)
        else:
            target = open_store(Path(args.to).expanduser(), None)
        try:
            report = copy_store(source, target)
        finally:
            target.close()
    except StoreError as exc:
        print(f"mrtdesk store copy: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        source.close()
    for table, (a, b) in report.counts.items():
        print(f"{table:<18}{a:>8} → {b:<8}{'' if a == b else '  DIFFERENT'}")
    differ = [i for i, (a, b) in report.digests.items() if a != b]
    print(f"{len(report.digests)} declarations, digest {report.summary()}"
          + (f"; DIFFERENT: {differ}" if differ else "; every declaration equal"))  # fmt: skip
    return EXIT_OK if report.equal else EXIT_UNUSABLE
