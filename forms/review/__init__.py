"""The review workflow as pure functions: statuses and transitions, review comments, what
changed since last period, customer requests and due dates, the review report PDF and the
e-mail draft.

The report (`forms.review.report`: `ReportInput`, `build_report`, `write_report`) is not
re-exported here: it loads reportlab, which the app should only pay for when a report is made."""

from __future__ import annotations

from forms.review.comments import (
    ReviewComment,
    after_row_removed,
    comments_for,
    new_comment,
    open_by_path,
    open_comments,
    resolve,
)
from forms.review.diff import AnswerChange, DeclarationDiff, diff
from forms.review.mail import ExportedDeclaration, build_eml, summary_text, write_eml
from forms.review.requests import (
    Customer,
    DueStatus,
    Request,
    RequestedTemplate,
    add_months,
    due_status,
    lenovo_preset,
    next_request,
)
from forms.review.smelter_stats import MetalStats, smelter_key, smelter_stats
from forms.review.status import (
    Status,
    Transition,
    TransitionError,
    allowed_targets,
    edit_transition,
    edit_warning,
    transition,
)

__all__ = [
    "AnswerChange",
    "Customer",
    "DeclarationDiff",
    "DueStatus",
    "ExportedDeclaration",
    "MetalStats",
    "Request",
    "RequestedTemplate",
    "ReviewComment",
    "Status",
    "Transition",
    "TransitionError",
    "add_months",
    "after_row_removed",
    "allowed_targets",
    "build_eml",
    "comments_for",
    "diff",
    "due_status",
    "edit_transition",
    "edit_warning",
    "lenovo_preset",
    "new_comment",
    "next_request",
    "open_by_path",
    "open_comments",
    "resolve",
    "smelter_key",
    "smelter_stats",
    "summary_text",
    "transition",
    "write_eml",
]
