"""The app's access to the store: opening it, and the official templates it keeps."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from db.store import Store


def open_store(data_dir: Path) -> Store:
    # SQLAlchemy is the biggest import of the app: it loads here, after the window is painted.
    from db.store import Store

    return Store.open(data_dir)


def template_entries(
    store: Store, family: str | None = None, version: str | None = None
) -> list[Any]:
    """The official templates added to the library (optionally only one family and version)."""
    try:
        entries = list(store.templates())
    except Exception:  # a library that cannot be read is an empty one for the choices shown
        log.exception("the template library could not be listed")
        return []
    return [
        e
        for e in entries
        if (family is None or e.family == family) and (version is None or e.version == version)
    ]
