"""`mrtdesk`: without a command it starts the app; with one it runs that command headless.

Start-up is kept cheap: only the module of the command given is imported (`COMMANDS` names
it), so `mrtdesk --version` or `inspect` never load SQLAlchemy or Qt. A new sub-command is a
`register(subparsers)` in a `*_cmd` module plus one line in `COMMANDS` (a test checks both agree).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2

COMMANDS: dict[str, tuple[str, str]] = {
    "backup": ("store_cmd", "make a backup copy of the database now (--list: the backups)"),
    "check": ("check_cmd", "list every finding (errors and red flags)"),
    "export": ("export_cmd", "write a declaration into the official RMI workbook"),
    "facilities": ("facilities_cmd", "RMI's facility list (conformant / active smelters)"),
    "import": ("store_cmd", "store a workbook as a declaration (the file is only read)"),
    "inspect": ("inspect_cmd", "print the declaration a CMRT/CRT/EMRT/AMRT workbook holds"),
    "intake": ("intake_cmd", "judge files received from suppliers (red/amber/green)"),
    "list": ("store_cmd", "list the stored declarations"),
    "restore": ("restore_cmd", "put a backup in place of the database (the replaced file is kept)"),
    "rollup": ("rollup_cmd", "consolidate the smelters of many received workbooks into one list"),
    "store": ("storecopy_cmd", "copy the whole store into a team database or a folder"),
    "suppliers": ("intake_cmd", "your own suppliers"),
    "team": ("team_cmd", "set up and run a team database on PostgreSQL"),
    "templates": ("templates_cmd", "the library of official blank RMI templates"),
}
"""Sub-command → (module in `desktop.cli` that registers it, its one-line help)."""

_VALUE_OPTIONS = {"--data-dir", "--database"}
DATABASE_HELP = (
    "the team database, postgresql://LOGIN@HOST[:PORT]/DATABASE[?sslmode=require] (default: "
    "$MRTDESK_DATABASE_URL, else the local store); no password in it"
)
"""Global options that take a value (so that the value is not taken for a command)."""


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mrtdesk")
    except PackageNotFoundError:
        return "0+unknown"


class _VersionAction(argparse.Action):
    """`--version`, looking the version up only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        kwargs.update(nargs=0, default=argparse.SUPPRESS)
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        print(f"mrtdesk {app_version()}")
        parser.exit()


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The options every command takes, before or after its name. Below the top level they
    default to SUPPRESS so that a value given before the command is not overwritten."""
    known = {s for a in parser._actions for s in a.option_strings}
    if "--version" not in known:
        parser.add_argument("--version", action=_VersionAction, help="print the version")
    if "--data-dir" not in known:
        parser.add_argument(
            "--data-dir",
            default=None if top else argparse.SUPPRESS,
            help="folder for MRT Desk's data (default: $MRTDESK_DATA_DIR or per-user)",
        )
    if "--database" not in known:
        parser.add_argument(
            "--database",
            metavar="URL",
            default=None if top else argparse.SUPPRESS,
            help=DATABASE_HELP,
        )
    if "--verbose" not in known:
        parser.add_argument(
            "--verbose",
            action="store_true",
            default=False if top else argparse.SUPPRESS,
            help="also write the log (debug level) to stderr",
        )


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[Any] | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def _add_global_options_below(parser: argparse.ArgumentParser) -> None:
    sub = _subparsers(parser)
    for child in sub.choices.values() if sub else ():
        _add_global_options(child, top=False)
        _add_global_options_below(child)


def build_parser(*load: str) -> argparse.ArgumentParser:
    """The parser, with the real options of the commands in `load` (all with "*"); every
    other command is a placeholder that only names it (enough for `--help`)."""
    parser = argparse.ArgumentParser(
        prog="mrtdesk",
        description="Fill, check and export RMI responsible-minerals declarations, offline.",
    )
    _add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = sorted({COMMANDS[c][0] for c in COMMANDS if "*" in load or c in load})
    for module in modules:
        importlib.import_module(f"desktop.cli.{module}").register(sub)
    for name, (_, help_text) in sorted(COMMANDS.items()):
        if name not in sub.choices:
            placeholder = sub.add_parser(name, help=help_text, add_help=False)
            placeholder.add_argument("rest", nargs=argparse.REMAINDER)
            placeholder.set_defaults(func=None)
    _add_global_options_below(parser)
    return parser


def _command_in(argv: list[str]) -> str | None:
    """The sub-command named in `argv` (the first word that is not an option or its value)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def _file_to_open(argv: list[str], commands: set[str]) -> tuple[list[str], str | None]:
    """`mrtdesk FILE.xlsx` (how "Open with" starts the app): take the workbook out of argv."""
    for i, arg in enumerate(argv):
        if arg in commands:
            return argv, None
        if not arg.startswith("-") and (i == 0 or argv[i - 1] not in _VALUE_OPTIONS):
            if Path(arg).suffix.lower() in {".xlsx", ".xlsm", ".xls"} and Path(arg).is_file():
                return argv[:i] + argv[i + 1 :], arg
            return argv, None
    return argv, None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argv, open_path = _file_to_open(argv, set(COMMANDS))
    command = _command_in(argv)
    args = build_parser(*([command] if command else [])).parse_args(argv)
    if args.command is not None and args.func is None:  # the command was not where expected
        args = build_parser(args.command).parse_args(argv)
    if args.command is None:
        from desktop.qt_libraries import missing_message

        problem = missing_message()
        if problem is not None:
            print(problem, file=sys.stderr)
            return EXIT_UNUSABLE
        # The GUI is loaded by name so that this module (and the CLI) never imports Qt.
        app = importlib.import_module("desktop.app")
        return int(app.run(data_dir=args.data_dir, open_path=open_path, verbose=args.verbose))
    from desktop import applog

    def data_dir() -> Path:
        from forms import datadir

        return datadir.resolve(getattr(args, "data_dir", None))

    applog.setup_on_first_record(data_dir, verbose=args.verbose)
    if args.verbose:  # the version costs a metadata look-up: only when it is printed
        applog.log.debug("mrtdesk %s: %s", app_version(), args.command)
    return int(args.func(args))


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
