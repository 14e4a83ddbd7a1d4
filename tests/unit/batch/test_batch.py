"""`forms.batch`: many files on every core, results in input order, one bad file never stops
the batch (not even one that kills its worker process)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from forms import declaration_json
from forms.batch import FileResult, map_files, read_workbooks
from forms.workbook.writer import export_layout

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three readable workbooks, a missing file and a text file named .xlsx, mixed."""
    folder = tmp_path_factory.mktemp("inbox")
    paths = []
    for i, name in enumerate(("cmrt-6.5", "emrt-2.1", "crt-2.2")):
        decl, problems = declaration_json.load(DATA / f"{name}-complete.json")
        assert decl is not None, problems
        decl.company.name = f"Supplier {i}"
        export_layout(decl, folder / f"{i}-{name}.xlsx")
        paths.append(folder / f"{i}-{name}.xlsx")
    (folder / "notes.xlsx").write_text("not a workbook")
    return [paths[0], folder / "gone.xlsx", paths[1], folder / "notes.xlsx", paths[2]]


def _outline(results: list[FileResult[object]]) -> list[tuple[str, bool]]:
    return [(r.path.name, r.ok) for r in results]


def test_results_in_input_order_with_errors_per_file(inbox: list[Path]) -> None:
    results = list(read_workbooks(inbox, workers=2))
    assert _outline(results) == [
        ("0-cmrt-6.5.xlsx", True), ("gone.xlsx", False), ("1-emrt-2.1.xlsx", True),
        ("notes.xlsx", False), ("2-crt-2.2.xlsx", True),
    ]  # fmt: skip
    assert [r.value.declaration.company.name for r in results if r.value] == [
        "Supplier 0", "Supplier 1", "Supplier 2"
    ]  # fmt: skip
    assert all(r.error for r in results if not r.ok)
    # The same in this process (one worker), error messages included.
    alone = list(read_workbooks(inbox, workers=1))
    assert [(r.path, r.error) for r in alone] == [(r.path, r.error) for r in results]


def crash_on_notes(path: Path) -> str:
    """A worker that dies (as on a reader crash) on one file."""
    if path.name == "notes.xlsx":
        os._exit(3)
    return path.name


def test_a_worker_that_dies_costs_only_its_file(inbox: list[Path]) -> None:
    results = list(map_files(crash_on_notes, inbox, workers=2))
    assert [(r.path.name, r.value) for r in results if r.ok] == [
        (p.name, p.name) for p in inbox if p.name != "notes.xlsx"
    ]
    [crashed] = [r for r in results if not r.ok]
    assert crashed.path.name == "notes.xlsx" and "crashed" in str(crashed.error)
    assert crashed.failure == "the reader crashed"


def fail_on_notes(path: Path) -> str:
    """Work that fails (a bug, not a refusal) on one file."""
    if path.name == "notes.xlsx":
        raise KeyError("cell")
    return path.name


def test_a_failure_is_told_apart_from_a_refusal(inbox: list[Path]) -> None:
    """A reader's refusal says why in `error`; work that failed on a file says what failed in
    `failure` too (what the app words in the user's language), one process or several."""
    for workers in (1, 2):
        results = {r.path.name: r for r in map_files(fail_on_notes, inbox, workers=workers)}
        assert results["notes.xlsx"].failure == "KeyError: 'cell'"
        assert results["notes.xlsx"].error == "could not be read (KeyError: 'cell')"
        refused = {r.path.name: r for r in read_workbooks(inbox, workers=workers)}
        assert refused["gone.xlsx"].error and refused["gone.xlsx"].failure is None


def test_leaving_early_stops_the_batch(inbox: list[Path]) -> None:
    results = read_workbooks(inbox * 4, workers=2)
    first = next(results)
    results.close()
    assert first.ok and first.path == inbox[0]


def wait_for_the_others(path: Path) -> bool:
    """The first file waits until the ten others are done (each leaves a mark); the others
    mark and return. True when the first saw the others finish while it was still running."""
    if path.name == "slow":
        for _ in range(600):
            if len(list(path.parent.glob("*.done"))) == 10:
                return True
            time.sleep(0.05)
        return False
    (path.parent / f"{path.name}.done").touch()
    return True


def test_a_slow_file_does_not_leave_the_other_workers_idle(tmp_path: Path) -> None:
    """Results come in input order, but a slow first file (a big workbook) does not stop the
    other worker from going on with the files after it."""
    paths = [tmp_path / "slow", *(tmp_path / f"file-{i}" for i in range(10))]
    results = list(map_files(wait_for_the_others, paths, workers=2))
    assert [r.path for r in results] == paths
    assert [r.value for r in results] == [True] * 11
