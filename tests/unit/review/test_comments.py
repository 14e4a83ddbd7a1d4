"""Review comments: creation, resolving, grouping by field and by row, row deletion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from forms.review.comments import (
    ReviewComment,
    after_row_removed,
    applies_to,
    comments_for,
    new_comment,
    open_by_path,
    open_comments,
    reopen,
    resolve,
    row_path,
)

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_new_comment_is_open_and_stripped() -> None:
    c = new_comment(" company.name ", " Chen ", " Use the legal name. ", T0)
    assert (c.path, c.author, c.text, c.created_at) == (
        "company.name",
        "Chen",
        "Use the legal name.",
        T0,
    )
    assert c.is_open and c.resolved_by is None
    assert len(c.id) == 32 and c.id != new_comment("company.name", "Chen", "x", T0).id


@pytest.mark.parametrize("args", [("", "a", "t"), ("p", " ", "t"), ("p", "a", "\n")])
def test_new_comment_needs_path_author_text(args: tuple[str, str, str]) -> None:
    with pytest.raises(ValueError):
        new_comment(*args, T0)


def test_resolve_and_reopen() -> None:
    c = new_comment("company.name", "Chen", "x", T0)
    r = resolve(c, "Li", at(5))
    assert not r.is_open and (r.resolved_by, r.resolved_at) == ("Li", at(5))
    assert c.is_open  # the original is unchanged
    assert resolve(r, "Wang", at(9)) == r  # the first resolution stays
    assert reopen(r).is_open


def test_open_comments_grouped_by_path_oldest_first() -> None:
    a = new_comment("company.name", "Chen", "late", at(10))
    b = new_comment("company.name", "Chen", "early", at(1))
    c = new_comment("smelters[3]", "Chen", "row", at(2))
    d = resolve(new_comment("company.name", "Chen", "done", at(0)), "Li", at(3))
    assert open_comments([a, b, c, d]) == [b, c, a]
    assert open_by_path([a, b, c, d]) == {"company.name": [b, a], "smelters[3]": [c]}


def test_row_comments_show_beside_every_field_of_the_row() -> None:
    row = new_comment("smelters[3]", "Chen", "CID?", at(1))
    cell = new_comment("smelters[3].country", "Chen", "country?", at(2))
    other = new_comment("smelters[13].country", "Chen", "x", at(3))
    assert row_path("smelters[3].country") == "smelters[3]"
    assert row_path("company.name") is None
    assert applies_to(row, "smelters[3].name") and not applies_to(row, "smelters[13].name")
    assert comments_for([row, cell, other], "smelters[3].country") == [row, cell]
    assert comments_for([row, cell, other], "smelters[3].name") == [row]


def test_comments_for_can_include_resolved() -> None:
    r = resolve(new_comment("company.name", "Chen", "x", T0), "Li", at(1))
    assert comments_for([r], "company.name") == []
    assert comments_for([r], "company.name", include_resolved=True) == [r]


def test_after_row_removed_moves_later_rows_and_orphans_the_deleted_one() -> None:
    cs = [
        new_comment("smelters[1]", "C", "before", T0),
        new_comment("smelters[2].name", "C", "deleted", T0),
        new_comment("smelters[3].country", "C", "after", T0),
        new_comment("products[3]", "C", "other table", T0),
        new_comment("company.name", "C", "company", T0),
    ]
    kept, orphaned = after_row_removed(cs, "smelters", 2)
    assert [c.path for c in kept] == [
        "smelters[1]",
        "smelters[2].country",
        "products[3]",
        "company.name",
    ]
    assert [c.text for c in orphaned] == ["deleted"]


def test_json_round_trip() -> None:
    c = resolve(new_comment("answers.Tin.2.answer", "陈静", "请确认", T0), "Li", at(1))
    assert ReviewComment.from_json(c.to_json()) == c
    o = new_comment("company.name", "a", "b", T0)
    assert ReviewComment.from_json(o.to_json()) == o
