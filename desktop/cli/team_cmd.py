"""`mrtdesk team`: the administrator's commands for a team database — `init` (schema and the
preparer/reviewer roles), `upgrade` (a `pg_dump` backup first), `add-user`, `self-approval`."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.cli.main import EXIT_OK, EXIT_UNUSABLE
from forms import datadir

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine


def ask_password(prompt: str) -> str | None:
    """A password typed at the terminal (None when there is no terminal to ask at)."""
    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"{prompt}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("team", help="set up and look after a team database (administrator)")
    tsub = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = tsub.add_parser("init", help="create the schema and the preparer/reviewer roles")
    init.add_argument("url", nargs="?", help="the team database (else --database)")
    init.set_defaults(func=run_init)
    up = tsub.add_parser("upgrade", help="upgrade the schema to this version (backup first)")
    up.add_argument("url", nargs="?", help="the team database (else --database)")
    up.set_defaults(func=run_upgrade)
    add = tsub.add_parser("add-user", help="create a login (or change its role)")
    add.add_argument("login")
    add.add_argument("--role", choices=["preparer", "reviewer"], required=True)
    how = add.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true",
                     help="read the new login's first password from standard input")  # fmt: skip
    how.add_argument("--no-password", action="store_true",
                     help="set no password (the server authenticates otherwise)")  # fmt: skip
    add.set_defaults(func=run_add_user)
    selfa = tsub.add_parser("self-approval", help="may a reviewer approve their own last edit?")
    selfa.add_argument("allowed", choices=["yes", "no"])
    selfa.set_defaults(func=run_self_approval)


def _fail(action: str, message: str) -> int:
    print(f"mrtdesk team {action}: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def _admin(action: str, args: argparse.Namespace, work: Callable[[URL, Engine], int]) -> int:
    from db.connect import chosen_url
    from db.errors import StoreError
    from db.team_connection import connect_engine, team_url

    text = getattr(args, "url", None) or chosen_url(getattr(args, "database", None))
    if not text:
        return _fail(action, "name the team database: mrtdesk team ACTION postgresql://…")
    try:
        url = team_url(text)
        engine, note = connect_engine(url, ask_password=ask_password)
    except StoreError as exc:
        return _fail(action, str(exc))
    if note:
        print(note, file=sys.stderr)
    try:
        return work(url, engine)
    except StoreError as exc:
        return _fail(action, str(exc))
    except Exception as exc:  # the server's refusal (no privilege …) in its own words
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return _fail(action, f"the server refused: {reason}")
    finally:
        engine.dispose()


def run_init(args: argparse.Namespace) -> int:
    from db import team_schema

    def work(url: URL, engine: Engine) -> int:
        done = team_schema.init(engine)
        print(f"{url.database}: {done}; roles mrtdesk_preparer and mrtdesk_reviewer are ready. "
              "Add people with: mrtdesk team add-user LOGIN --role preparer|reviewer")  # fmt: skip
        return EXIT_OK

    return _admin("init", args, work)


def run_upgrade(args: argparse.Namespace) -> int:
    from db import team_schema
    from db.backups import backups_dir

    def work(url: URL, engine: Engine) -> int:
        with engine.connect() as conn:
            before = team_schema.current(conn)
        if before is None:
            return _fail("upgrade", "this database has no MRT Desk schema yet; use team init")
        folder = backups_dir(datadir.resolve(getattr(args, "data_dir", None)))
        dump = team_schema.backup(url, folder)
        if dump is None:
            print("pg_dump is not installed here: no backup was made first (make one on the "
                  "server: docs/team.md).", file=sys.stderr)  # fmt: skip
        else:
            print(f"backup: {dump}")
        old, new = team_schema.upgrade(engine)
        print(f"{url.database}: schema {old} → {new}" if old != new else
              f"{url.database}: already at {new}; roles and grants refreshed")  # fmt: skip
        return EXIT_OK

    return _admin("upgrade", args, work)


def run_add_user(args: argparse.Namespace) -> int:
    from db import team_schema

    password: str | None = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n") or None
    elif not args.no_password:
        if not sys.stdin.isatty():
            return _fail("add-user", "give the password with --password-stdin, or --no-password")
        password = getpass.getpass(f"First password for {args.login}: ") or None

    def work(url: URL, engine: Engine) -> int:
        print(team_schema.add_user(engine, args.login, args.role, password))
        return EXIT_OK

    return _admin("add-user", args, work)


def run_self_approval(args: argparse.Namespace) -> int:
    from sqlalchemy import text

    def work(url: URL, engine: Engine) -> int:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM team_settings WHERE key = 'allow_self_approval'"))
            conn.execute(
                text("INSERT INTO team_settings VALUES ('allow_self_approval', :v)"),
                {"v": args.allowed},
            )
        print(f"self-approval {'allowed' if args.allowed == 'yes' else 'not allowed'}")
        return EXIT_OK

    return _admin("self-approval", args, work)
