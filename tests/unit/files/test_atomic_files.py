"""Files MRT Desk writes for the user (exports, e-mails, reports): the user's umask decides who
may read them, and a temporary file left by a killed write is cleaned up by the next write."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from forms.atomic import remove_leftovers, write_atomic
from forms.review.mail import write_eml

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def private_umask() -> Iterator[None]:
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_follows_a_private_umask(tmp_path: Path, private_umask: None) -> None:
    out = write_atomic(tmp_path / "export.xlsx", b"data")
    eml = write_eml(tmp_path / "request.eml", b"Subject: x\r\n\r\nbody")
    assert _mode(out) == 0o600
    assert _mode(eml) == 0o600


def test_new_file_follows_the_usual_umask(tmp_path: Path) -> None:
    old = os.umask(0o002)
    try:
        out = write_atomic(tmp_path / "report.pdf", b"data")
    finally:
        os.umask(old)
    assert _mode(out) == 0o664


def test_a_killed_exports_temporary_file_is_removed_by_the_next_export(tmp_path: Path) -> None:
    # A child process starts writing and is killed mid-write (SIGKILL: no clean-up runs).
    script = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        from forms.atomic import atomic_write
        def write(fh):
            fh.write(b"half")
            fh.flush()
            print("writing", flush=True)
            sys.stdin.read()
        atomic_write(Path({str(tmp_path / "acme.xlsx")!r}), write)
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    live = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(live) == 1
    # While its writer lives, another export in the folder leaves the file alone.
    write_atomic(tmp_path / "other.xlsx", b"x")
    assert live[0].exists()
    child.kill()
    child.wait()
    assert live[0].exists()  # the kill left it
    write_atomic(tmp_path / "acme.xlsx", b"complete")
    assert not live[0].exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme.xlsx", "other.xlsx"]


def test_other_programs_temporary_files_are_kept(tmp_path: Path) -> None:
    keep = [tmp_path / ".notes.txt.abcdefgh.tmp", tmp_path / "~$acme.xlsx", tmp_path / "x.tmp"]
    for p in keep:
        p.write_bytes(b"")
    ours = tmp_path / ".acme.xlsx.k2j4h5g6.tmp"
    ours.write_bytes(b"")
    assert remove_leftovers(tmp_path) == [ours]
    assert all(p.exists() for p in keep)
