"""The app's own files — translations (.qm) and icons — shipped as package data in
`desktop/resources/` and found through `importlib.resources`, so a wheel install, an editable
install, the source tree and the frozen bundle all find them the same way."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ICON = "mrtdesk-256.png"


def folder(name: str) -> Path:
    """A folder of `desktop/resources` ("translations", "icons") on disk. Qt loads files by
    path, and every way MRT Desk is installed keeps the package as files."""
    return Path(str(resources.files("desktop") / "resources" / name))


def icon_path() -> Path:
    return folder("icons") / ICON
