"""Review statuses: every allowed transition, the refused ones, and edits after approval."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise

import pytest

from forms.review.status import (
    Status,
    Transition,
    TransitionError,
    allowed_targets,
    can_transition,
    edit_transition,
    edit_warning,
    status_after_edit,
    transition,
)

AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
S = Status

ALLOWED = {
    (S.DRAFT, S.IN_REVIEW),
    (S.IN_REVIEW, S.CHANGES_REQUESTED),
    (S.IN_REVIEW, S.APPROVED),
    (S.CHANGES_REQUESTED, S.IN_REVIEW),
    (S.APPROVED, S.SENT),
    (S.APPROVED, S.DRAFT),
    (S.SENT, S.DRAFT),
}


@pytest.mark.parametrize("current", list(S))
@pytest.mark.parametrize("target", list(S))
def test_transition_table(current: Status, target: Status) -> None:
    if (current, target) in ALLOWED:
        t = transition(current, target, by=" Chen Jing ", at=AT, note=" ok ")
        assert t == Transition(current, target, "Chen Jing", AT, "ok")
    else:
        assert not can_transition(current, target)
        with pytest.raises(TransitionError):
            transition(current, target, by="Chen Jing", at=AT)


def test_only_approved_can_be_sent() -> None:
    assert [s for s in S if can_transition(s, S.SENT)] == [S.APPROVED]


def test_full_review_path() -> None:
    path = [S.DRAFT, S.IN_REVIEW, S.CHANGES_REQUESTED, S.IN_REVIEW, S.APPROVED, S.SENT]
    history = [transition(a, b, by="x", at=AT) for a, b in pairwise(path)]
    assert [t.to_status for t in history] == path[1:]


def test_allowed_targets_never_offer_draft() -> None:
    assert allowed_targets(S.DRAFT) == (S.IN_REVIEW,)
    assert allowed_targets(S.IN_REVIEW) == (S.CHANGES_REQUESTED, S.APPROVED)
    assert allowed_targets(S.CHANGES_REQUESTED) == (S.IN_REVIEW,)
    assert allowed_targets(S.APPROVED) == (S.SENT,)
    assert allowed_targets(S.SENT) == ()


def test_who_and_when_are_required() -> None:
    with pytest.raises(ValueError, match="who"):
        transition(S.DRAFT, S.IN_REVIEW, by="  ", at=AT)
    with pytest.raises(ValueError, match="timezone"):
        transition(S.DRAFT, S.IN_REVIEW, by="x", at=datetime(2026, 1, 1))


@pytest.mark.parametrize("status", [S.DRAFT, S.IN_REVIEW, S.CHANGES_REQUESTED])
def test_editing_keeps_working_statuses(status: Status) -> None:
    assert edit_warning(status) is None
    assert status_after_edit(status) is status
    assert edit_transition(status, by="x", at=AT) is None


@pytest.mark.parametrize("status", [S.APPROVED, S.SENT])
def test_editing_approved_or_sent_goes_back_to_draft_with_a_warning(status: Status) -> None:
    warning = edit_warning(status)
    assert warning and "draft" in warning
    t = edit_transition(status, by="Li Wei", at=AT)
    assert t is not None
    assert (t.from_status, t.to_status, t.by) == (status, S.DRAFT, "Li Wei")
    assert t.note.startswith("edited after")


def test_transition_json_round_trip() -> None:
    t = transition(S.IN_REVIEW, S.APPROVED, by="陈静", at=AT, note="looks good")
    data = t.to_json()
    assert data == {
        "from": "in_review",
        "to": "approved",
        "by": "陈静",
        "at": "2026-11-20T09:00:00+00:00",
        "note": "looks good",
    }
    assert Transition.from_json(data) == t


def test_labels() -> None:
    assert S.CHANGES_REQUESTED.label == "changes requested"
    assert S("in_review") is S.IN_REVIEW
