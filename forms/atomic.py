"""Atomic file writing: a temporary file beside the target, synced, then renamed over it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def atomic_write(output: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write `output` through a temporary file in the same folder, synced, then renamed, so
    readers see the old file or the new one, never half of it."""
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private; what we write is an ordinary document.
        os.chmod(tmp, output.stat().st_mode & 0o777 if output.exists() else 0o644)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """`atomic_write` of a byte string; returns the path written."""
    target = Path(path)
    atomic_write(target, lambda fh: fh.write(data))
    return target
