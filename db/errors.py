"""The store's exceptions: problems of the environment, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """The store cannot do what was asked because of the computer, not the user's data."""


class DeclarationNotFound(LookupError):
    """No declaration has this id (deleted meanwhile, or a stale reference). Its own type, so
    that a KeyError from a bug is never mistaken for it."""

    def __init__(self, decl_id: int) -> None:
        super().__init__(f"no declaration {decl_id}")
        self.decl_id = decl_id


class StoreLockedError(StoreError):
    """Another MRT Desk instance has this data folder open."""


class StoreDamagedError(StoreError):
    """The database file failed its integrity check.

    Attributes:
        backups: backup copies that can be restored, newest first.
    """

    def __init__(self, message: str, backups: list[Path]) -> None:
        super().__init__(message)
        self.backups = backups
