"""Stable row ids (issue 15, point 2): review comments on list rows follow the row itself, not
its position; a comment on a removed row is resolved by the removal; migration 0003 gives
existing rows ids and anchors existing row comments."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from db.store import DB_NAME, Store
from db.store_review import matched_row_ids
from forms.declaration import Declaration, Smelter

FIXTURE = Path(__file__).resolve().parents[2] / "data" / "db" / "schema1.sqlite"


def _smelters(names: list[str]) -> list[Smelter]:
    return [Smelter(metal="Gold", lookup_name=n, smelter_id=f"CID{i:06d}") for i, n in
            enumerate(names)]  # fmt: skip


def test_matching_keeps_ids_of_moved_edited_and_kept_rows() -> None:
    before = [("a",), ("b",), ("c",), ("d",)]
    ids, gone = matched_row_ids(before, ["1", "2", "3", "4"], [("a",), ("c",), ("x",), ("d",)])
    assert ids == ["1", "3", None, "4"] and gone == {"2"}
    ids, gone = matched_row_ids(before, ["1", "2", "3", "4"], [("a",), ("B",), ("c",), ("d",)])
    assert ids == ["1", "2", "3", "4"] and gone == set()


def test_a_comment_follows_its_row_through_a_removal_with_another_edit(
    store: Store, cmrt: Declaration
) -> None:
    names = ["Asahi", "Heraeus", "Metalor", "Nihon", "PAMP", "Perth Mint", "Valcambi"]
    cmrt.smelters = _smelters(names)
    decl_id = store.create(cmrt)
    on_pamp = store.add_review_comment(decl_id, "smelters[4]", "Remove PAMP, not ours")
    on_valcambi = store.add_review_comment(decl_id, "smelters[6].country", "Country?")
    rows = _smelters(names)
    rows[0].contact_name = "Jane"  # edited in the same step: no longer a pure deletion
    del rows[4]
    store.replace_rows(decl_id, "smelters", rows)
    notes = {n.id: n for n in store.review_comments(decl_id)}
    assert notes[on_pamp].resolved and notes[on_pamp].row_removed
    assert notes[on_pamp].resolved_by == "tester"
    assert notes[on_valcambi].path == "smelters[5].country" and not notes[on_valcambi].resolved
    # Perth Mint (now row 4) carries no comment.
    assert not [n for n in notes.values() if n.path.startswith("smelters[4]") and not n.resolved]


def test_a_comment_follows_a_row_moved_by_an_insertion(store: Store, cmrt: Declaration) -> None:
    cmrt.smelters = _smelters(["A", "B", "C"])
    decl_id = store.create(cmrt)
    note = store.add_review_comment(decl_id, "smelters[1]", "B?")
    rows = _smelters(["A", "B", "C"])
    rows.insert(0, Smelter(metal="Gold", lookup_name="New"))
    store.replace_rows(decl_id, "smelters", rows)
    [n] = [n for n in store.review_comments(decl_id) if n.id == note]
    assert n.path == "smelters[2]" and not n.resolved


def test_migration_gives_rows_ids_and_anchors_row_comments(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / DB_NAME)
    with sqlite3.connect(folder / DB_NAME) as db:
        db.execute(
            "INSERT INTO review_comments (declaration_id, path, text, author, created_at, "
            "resolved) VALUES (1, 'smelters[0].country', 'Which country?', 'reviewer', "
            "'2026-01-03 00:00:00.000000', 0)"
        )
    with Store.open(folder) as s:
        decl_id = next(d.id for d in s.list_declarations())
        note = next(n for n in s.review_comments(decl_id) if n.path.startswith("smelters"))
        s.replace_rows(decl_id, "smelters", [Smelter(metal="Tin", name="First"),
                                            *s.load(decl_id).declaration.smelters])  # fmt: skip
        moved = next(n for n in s.review_comments(decl_id) if n.id == note.id)
        assert moved.path == "smelters[1].country"
    with sqlite3.connect(folder / DB_NAME) as db:
        assert db.execute("SELECT count(*) FROM smelters WHERE row_id IS NULL").fetchone() == (0,)
