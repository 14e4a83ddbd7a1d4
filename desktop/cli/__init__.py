"""The `mrtdesk` command line. Imports no Qt: every command runs on `forms` and `db` only.

Each `*_cmd` module in this package contributes sub-commands through `register(subparsers)`;
`main.COMMANDS` names the module of each sub-command, so that only that module is imported.
"""
