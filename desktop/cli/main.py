"""`mrtdesk`: without a command it starts the app; with one it runs that command headless."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import desktop.cli as cli_pkg

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2


def app_version() -> str:
    try:
        return version("mrtdesk")
    except PackageNotFoundError:
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mrtdesk",
        description="Fill, check and export RMI responsible-minerals declarations, offline.",
    )
    parser.add_argument("--version", action="version", version=f"mrtdesk {app_version()}")
    parser.add_argument(
        "--data-dir", help="folder for MRT Desk's data (default: $MRTDESK_DATA_DIR or per-user)"
    )
    parser.add_argument("--database", metavar="URL", help=DATABASE_HELP)
    parser.add_argument(
        "--verbose", action="store_true", help="also write the log (debug level) to stderr"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(cli_pkg.__path__), key=lambda m: m.name):
        if info.name.endswith("_cmd"):
            importlib.import_module(f"desktop.cli.{info.name}").register(sub)
    _database_after_command(parser)
    return parser


DATABASE_HELP = (
    "the team database, postgresql://LOGIN@HOST[:PORT]/DATABASE[?sslmode=require] (default: "
    "$MRTDESK_DATABASE_URL, else the local store); no password in it"
)


def _database_after_command(parser: argparse.ArgumentParser) -> None:
    """`--database` is accepted after any command too (`mrtdesk list --database URL`)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if not any("--database" in a.option_strings for a in child._actions):
                    child.add_argument(
                        "--database", metavar="URL", default=argparse.SUPPRESS, help=DATABASE_HELP
                    )
                _database_after_command(child)


def _file_to_open(argv: list[str], commands: set[str]) -> tuple[list[str], str | None]:
    """`mrtdesk FILE.xlsx` (how "Open with" starts the app): take the workbook out of argv."""
    for i, arg in enumerate(argv):
        if arg in commands:
            return argv, None
        if not arg.startswith("-") and (i == 0 or argv[i - 1] not in {"--data-dir", "--database"}):
            if Path(arg).suffix.lower() in {".xlsx", ".xlsm", ".xls"} and Path(arg).is_file():
                return argv[:i] + argv[i + 1 :], arg
            return argv, None
    return argv, None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = set(_subcommands(parser))
    argv, open_path = _file_to_open(argv, commands)
    args = parser.parse_args(argv)
    if args.command is None:
        # The GUI is loaded by name so that this module (and the CLI) never imports Qt.
        app = importlib.import_module("desktop.app")
        return int(app.run(data_dir=args.data_dir, open_path=open_path, verbose=args.verbose))
    from desktop import applog
    from forms import datadir

    applog.setup(datadir.resolve(getattr(args, "data_dir", None)), verbose=args.verbose)
    applog.log.debug("mrtdesk %s: %s", app_version(), args.command)
    return int(args.func(args))


def _subcommands(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
