"""Where MRT Desk keeps its data: `--data-dir`, else `MRTDESK_DATA_DIR`, else the user folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV = "MRTDESK_DATA_DIR"


def resolve(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use (not created)."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    return Path(platformdirs.user_data_dir("MRT Desk", "MRT Desk"))
