"""Why a file cannot be read as a workbook: the one exception the reader raises."""

from __future__ import annotations


class UnreadableWorkbook(Exception):
    """The file cannot be read as a workbook; `kind` says why, the message what to do."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
