"""`mrtdesk restore BACKUP` and `mrtdesk backup --list`: the backups of the data folder, usable
when the database is damaged (neither opens the store)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db import backups
from db.errors import StoreError
from desktop.cli import console
from desktop.cli.main import EXIT_OK, EXIT_UNUSABLE
from forms import datadir

HINT = (
    "List the backups with `mrtdesk backup --list` and put one back with `mrtdesk restore BACKUP`."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "restore", help="put a backup in place of the database (the replaced file is kept)"
    )
    p.add_argument(
        "backup", metavar="BACKUP", help="a backup's number or name from `mrtdesk backup --list`"
    )
    p.set_defaults(func=run_restore)


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(datadir.resolve(getattr(args, "data_dir", None)))


def run_list(args: argparse.Namespace) -> int:
    """Print the backups, newest first, numbered as `restore` takes them."""
    console.install()
    folder = backups.backups_dir(_data_dir(args))
    found = [backups.describe(p) for p in backups.list_backups(folder)]
    if not found:
        print(f"no backups in {folder}", file=sys.stderr)
        return EXIT_OK
    print(f"Backups in {folder}, newest first:")
    for number, info in enumerate(found, 1):
        when = info.made_at.strftime("%Y-%m-%d %H:%M:%S") if info.made_at else "unknown time"
        held = "unreadable" if info.declarations is None else f"{info.declarations} declaration(s)"
        print(f"{number:>3}  {when}  {info.label:<14} {held:<20} {info.path.name}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from db.store import Store

    console.install()
    data_dir = _data_dir(args)
    folder = backups.backups_dir(data_dir)
    chosen = backups.find_backup(folder, args.backup)
    if chosen is None:
        print(
            f"mrtdesk restore: no backup {args.backup!r} in {folder}; see `mrtdesk backup --list`",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    if backups.declaration_count(chosen) is None:
        print(f"mrtdesk restore: {chosen.name} is not a readable backup", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        Store.restore_backup(data_dir, chosen)
    except StoreError as exc:
        print(f"mrtdesk restore: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"Restored {chosen.name}; the database it replaced is kept in {folder}.")
    return EXIT_OK
