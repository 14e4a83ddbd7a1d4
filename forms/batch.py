"""Many files on every core: a pool of processes, one result per file, in input order.

    from forms.batch import read_workbooks

    for item in read_workbooks(paths):
        if item.error is not None:
            print(item.path, "cannot be read:", item.error)
        else:
            use(item.value)  # the reader's `ReadResult`

Results stream: each is yielded as soon as it and every earlier file are done, and only a few
files per worker are read ahead, so memory holds a bounded number of results, not the batch. One bad
file never stops the batch: its `error` says why (also when the reading process crashed on it).
Leaving the loop early (or `close()` on the iterator) stops the pool; files not started are
not read. `map_files` runs any picklable function of a path the same way (the roll-up reads
and checks each file in the workers). Workers are started with "spawn", which is safe in a
process that runs Qt's threads and the same on every platform.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from forms.workbook.reader import ReadResult

T = TypeVar("T")
READ_AHEAD = 2
"""Unfinished files per worker: enough to keep every worker busy."""
KEPT_AHEAD = 16
"""Results per worker held until every earlier file is done: a slow file (a big workbook) does
not stop the others, and memory holds a bounded number of results."""


@dataclass(frozen=True)
class FileResult(Generic[T]):
    """The outcome for one file: `value` when it could be processed, else `error` (why not)."""

    path: Path
    value: T | None = None
    error: str | None = None
    failure: str | None = None
    """When the work failed on the file rather than refused it: what failed ("KeyError: 'x'",
    "the reader crashed"); `error` then reads "could not be read (…)"."""

    @property
    def ok(self) -> bool:
        return self.error is None


def _failed(path: Path, failure: str) -> FileResult[Any]:
    return FileResult(path, error=f"could not be read ({failure})", failure=failure)


Results = Generator[FileResult[T], None, None]
"""What `map_files` yields; `close()` stops the batch."""


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_one(work: Callable[[Path], T], path: Path) -> FileResult[T]:
    """`work(path)` with any failure turned into the file's error (also used in the workers)."""
    from forms.workbook.package import UnreadableWorkbook

    try:
        return FileResult(path, work(path))
    except UnreadableWorkbook as exc:
        return FileResult(path, error=str(exc) or "not a readable CMRT, CRT, EMRT or AMRT workbook")
    except Exception as exc:  # one broken file must never stop the batch
        logging.getLogger(__name__).exception("%s could not be read", path)
        return _failed(path, f"{type(exc).__name__}: {exc}")


def map_files(
    work: Callable[[Path], T], paths: Iterable[Path | str], *, workers: int | None = None
) -> Results[T]:
    """`work(path)` for every path, on `workers` processes (default: every core), yielded in
    input order. `work` must be a module-level function (it is sent to the workers by name).
    With one worker, or one file, everything runs in this process."""
    files = [Path(p) for p in paths]
    count = min(workers or default_workers(), len(files))
    if count <= 1:
        for path in files:
            yield run_one(work, path)
        return
    yield from _pooled(work, files, count)


def _pooled(work: Callable[[Path], T], files: list[Path], count: int) -> Results[T]:
    context = multiprocessing.get_context("spawn")
    todo = deque(files)
    pending: deque[tuple[Path, Future[FileResult[T]]]] = deque()
    """Submitted files in input order: running, queued, or done and waiting for an earlier one."""
    suspects: set[Path] = set()
    """Files in flight when a worker died: each is read again alone, to find the one at fault."""
    pool = ProcessPoolExecutor(count, mp_context=context)
    try:
        while todo or pending:
            _top_up(pool, work, todo, pending, suspects, count)
            path, future = pending[0]
            if not future.done():  # wait for it, or for any other file: a slot frees up
                wait([f for _, f in pending if not f.done()], return_when=FIRST_COMPLETED)
                continue
            pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:  # a worker died: a crash, or the system killed it
                pool.shutdown(wait=True, cancel_futures=True)
                pool = ProcessPoolExecutor(count, mp_context=context)
                if path in suspects and not pending:  # it ran alone: it is the one
                    result = _failed(path, "the reader crashed")
                else:
                    again = [path, *(p for p, _ in pending)]
                    suspects.update(again)
                    todo.extendleft(reversed(again))
                    pending.clear()
                    continue
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _top_up(
    pool: ProcessPoolExecutor,
    work: Callable[[Path], T],
    todo: deque[Path],
    pending: deque[tuple[Path, Future[FileResult[T]]]],
    suspects: set[Path],
    count: int,
) -> None:
    """Submits files until `READ_AHEAD` per worker are unfinished (a slow file does not leave
    the other workers idle) and at most `KEPT_AHEAD` per worker wait to be yielded. A suspect
    (see `_pooled`) runs alone."""
    unfinished = sum(1 for _, f in pending if not f.done())
    while todo and unfinished < count * READ_AHEAD and len(pending) < count * KEPT_AHEAD:
        if todo[0] in suspects and pending:
            return
        path = todo.popleft()
        pending.append((path, pool.submit(run_one, work, path)))
        unfinished += 1
        if path in suspects:
            return


def read_workbook(path: Path) -> ReadResult:
    from forms.workbook.reader import read_file

    return read_file(path)


def read_with_digest(path: Path) -> tuple[ReadResult, str]:
    """The workbook at `path` read, and the SHA-256 of its bytes (what an import stores)."""
    import hashlib

    from forms.workbook.package import open_file
    from forms.workbook.reader import read_bytes

    data = open_file(path)
    return read_bytes(data, path.name), hashlib.sha256(data).hexdigest()


def read_workbooks(
    paths: Iterable[Path | str], *, workers: int | None = None
) -> Results[ReadResult]:
    """Every workbook in `paths` read (`forms.workbook.reader.read_file`) on every core; one
    `FileResult` per path, in input order, its `value` the `ReadResult`."""
    return map_files(read_workbook, paths, workers=workers)
