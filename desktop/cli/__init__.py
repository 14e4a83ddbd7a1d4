"""The `mrtdesk` command line. Imports no Qt: every command runs on `forms` and `db` only.

Each `*_cmd` module in this package contributes sub-commands through `register(subparsers)`.
"""
