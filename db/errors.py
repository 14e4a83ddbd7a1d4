"""The store's exceptions: problems of the environment, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """The store cannot do what was asked because of the computer, not the user's data."""


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
