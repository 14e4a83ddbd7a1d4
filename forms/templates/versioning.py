"""The order of RMI revision numbers: 6.01 < 6.1 < 6.22 < 6.5 < 6.6 < 6.6.1 < 6.7."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def version_key(version: str) -> tuple[Decimal, int]:
    """A sort key for a revision number; an unreadable one sorts first. A letter suffix
    ("2.03a") is a revision of the same version."""
    parts = version.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ").split(".")
    try:
        head = Decimal(".".join(parts[:2]))
        tail = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
    except (InvalidOperation, ValueError):
        return Decimal(0), 0
    return head, tail


def revision_label(family: str, version: str, layout_version: str | None = None) -> str:
    """ "CMRT 6.5", or "CMRT 6.7 — layout of CMRT 6.6, verified" for a newer revision read
    with a known layout."""
    if layout_version in (None, version):
        return f"{family} {version}"
    return f"{family} {version} — layout of {family} {layout_version}, verified"
